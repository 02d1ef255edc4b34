/// `According to Reyes, “…”` before the quote, or `“…,” according to court
/// records` after it (when no cue stands between the quote and the phrase).
struct AccordingToRule: PhraseRule {
    let id = RuleID.accordingTo
    /// Whether the rule reads the words before the quote (else after it).
    var before: Bool

    func propose(_ site: PhraseSite, in a: Attributor) -> Proposal? {
        let tokens = site.tokens
        guard let at = tokens.indices.first(where: { tokens[$0].lower == "according" && tokens[safe: $0 + 1]?.lower == "to" }) else { return nil }
        if !before {
            guard let i = Attributor.firstWordAfterQuote(tokens), i <= at, !tokens[i..<at].contains(where: Attributor.isCue) else { return nil }
        }
        let np = Array(tokens[(at + 2)...].prefix { $0.isWord }.prefix(AttributionLimits.accordingToWords))
        // "According to his aunt, Jane Starner, “…”": the name the apposition gives.
        if let named = a.apposedName(np, in: tokens, comma: at + 2 + np.count, p: site.paragraph, offset: site.offset) {
            return Proposal(speaker: named, cue: "according to", rule: id)
        }
        guard let speaker = a.resolve(np, p: site.paragraph, offset: site.offset) else { return nil }
        return Proposal(speaker: speaker, cue: "according to", rule: id)
    }
}
