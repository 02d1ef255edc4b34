/// How sure the attribution of a quote is, from named features.
///
/// The score is a product of factors, each read from a table below, so that
/// a reviewer can say why a quote scored low:
/// - ``ruleBase``: the pattern that found the speaker (an explicit cue next
///   to the quote is surer than a subject found behind an apposition, or a
///   voice carried from the sentence before);
/// - ``evidenceFactor``: how the phrase named the speaker (a name in full,
///   a short form the article gave in full elsewhere, a single name, a
///   description, a reference back, a pronoun);
/// - ``Factor/nestedCue``: a cue before the quote with another cue before it
///   in the sentence, and a name as its subject (speech reported inside
///   reported speech: "Reyes tweeted that Ortiz spoke “movingly”"; a pronoun
///   there, "he said she was “…”", is as sure as elsewhere).
///
/// The tables were set from each rule's speaker precision on the 60
/// development pages; `Benchmarks/quality.sh` prints the calibration by
/// confidence band and each rule's precision.
extension Attributor {
    /// Factors beside the rule and the evidence.
    enum Factor {
        /// A cue before the quote, with another cue before it and a name as its subject.
        static let nestedCue = 0.8
    }

    /// The confidence of `found`, from 0 to 1, rounded to two decimals.
    func confidence(of found: Found) -> Double {
        var score = Self.ruleBase(found.rule) * Self.evidenceFactor(found.speaker.via)
        if found.nested, found.speaker.via != .pronoun { score *= Factor.nestedCue }
        return (min(1, max(0, score)) * 100).rounded() / 100
    }

    /// The base score of each rule.
    static func ruleBase(_ rule: RuleID) -> Double {
        switch rule {
        case .invertedAfter, .cueAfter, .namedApposition: return 0.98
        case .cueBefore, .accordingTo, .putIt, .nextSentence: return 0.96
        case .nameSentence, .dashName, .previousSpeaker: return 0.94
        case .invertedBefore, .sharedSubject, .reportingSentence, .paragraphSubject: return 0.9
        case .previousParagraphSubject, .possessiveSpeech, .colonLead, .toInfinitive, .firstPerson, .reportedReport, .passiveAgent: return 0.86
        case .subjectApposition, .nestedQuote, .repeatedWords: return 0.78
        case .whoClause: return 0.72
        }
    }

    /// The weight of how the speaker was named.
    static func evidenceFactor(_ via: SpeakerEvidence) -> Double {
        switch via {
        case .name, .shortForm: return 1
        case .singleName: return 0.95
        case .reference: return 0.95
        case .pronoun: return 0.96
        case .description: return 0.86
        }
    }
}
