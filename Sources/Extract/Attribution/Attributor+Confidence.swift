/// How sure the attribution of a quote is, from named features.
///
/// The score is the product of two factors, each read from a table:
/// - the rule's base (``ruleBase``): how often the pattern that found the
///   speaker is right on the development pages (an explicit cue next to the
///   quote is surer than a voice carried from the sentence before);
/// - the speaker evidence (``evidenceFactor``): a name written in full where
///   the quote is attributed is surest, a short form the article gave in full
///   elsewhere a little less, a pronoun or a reference back ("the company")
///   less again.
///
/// The tables are calibrated on the 60 development pages
/// (`Benchmarks/quality.sh` prints the calibration by confidence band).
extension Attributor {
    /// The confidence of `found`, from 0 to 1, rounded to two decimals.
    func confidence(of found: Found, span: QuoteSpan, in p: Int) -> Double {
        let score = Self.ruleBase(found.rule) * Self.evidenceFactor(found.speaker.via)
        return (min(1, max(0, score)) * 100).rounded() / 100
    }

    /// How often the rule is right, as a base score.
    static func ruleBase(_ rule: RuleID) -> Double {
        switch rule {
        case .cueAfter, .invertedAfter, .cueBefore, .accordingTo, .putIt: return 0.97
        case .invertedBefore, .namedApposition, .subjectApposition, .dashName, .nextSentence, .nameSentence: return 0.93
        case .whoClause, .toInfinitive, .sharedSubject, .possessiveSpeech, .colonLead: return 0.88
        case .paragraphSubject, .reportingSentence, .previousParagraphSubject: return 0.8
        case .previousSpeaker, .firstPerson: return 0.75
        }
    }

    /// How much the way the speaker was named weighs.
    static func evidenceFactor(_ via: SpeakerEvidence) -> Double {
        switch via {
        case .name: return 1
        case .shortForm: return 0.99
        case .description: return 0.97
        case .singleName: return 0.93
        case .reference: return 0.9
        case .pronoun: return 0.9
        }
    }
}
