/// What an attribution rule proposes for a quote: who spoke, the cue, and the
/// id of the pattern that matched (a rule may name a finer pattern of its
/// family, as ``CueBeforeRule`` does).
struct Proposal {
    var speaker: ResolvedSpeaker
    var cue: String
    var rule: RuleID
    /// Whether another cue stood before the one chosen in the sentence ("Reyes
    /// tweeted that Ortiz spoke “movingly”"): reported speech inside reported
    /// speech, where the nearer cue is less sure to own the quote.
    var nested = false
}

/// The words around a quote that a phrase rule reads: the unquoted tokens of
/// one side of the quote's sentence (or of a sentence near it), the paragraph
/// they stand in and the scalar offset names are resolved at.
struct PhraseSite {
    var tokens: [Token]
    var paragraph: Int
    var offset: Int
}

/// One attribution pattern that reads the words on one side of a quote
/// ("…,” said Smith"; "According to Smith, “…”") and proposes a speaker.
///
/// Rules are values with no state; they read the attributor without changing
/// it (``Attributor`` records what the chosen proposal found only once the
/// orchestrator has picked it), so a rule that proposes nothing, or loses,
/// leaves no trace.
protocol PhraseRule: Sendable {
    /// The rule's id (the family's, for a rule whose proposals name finer patterns).
    var id: RuleID { get }
    /// The speaker the words of `site` give, if this pattern matches them.
    func propose(_ site: PhraseSite, in attributor: Attributor) -> Proposal?
}

/// The read-only facts about one quoted span that the quote-level rules read.
struct QuoteSite {
    /// The span and the paragraph it stands in.
    var span: QuoteSpan
    var paragraph: Int
    /// The quoted words, folded.
    var text: String
    /// Direct or partial.
    var kind: QuoteKind
}

/// A quote-level attribution pattern: one that looks beyond the quote's own
/// sentence (the next sentence, the paragraph's subject, the last voice).
protocol QuoteRule: Sendable {
    /// The rule's id (the family's, for a rule whose proposals name finer patterns).
    var id: RuleID { get }
    /// The speaker this pattern gives the quote at `site`, if it matches.
    func propose(_ site: QuoteSite, in attributor: Attributor) -> Attributor.Found?
}
