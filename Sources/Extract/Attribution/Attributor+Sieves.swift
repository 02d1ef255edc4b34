/// The orchestrator's order of rules. Each sieve is tried in order and the
/// first proposal wins; only then does ``Attributor/run()`` record what it
/// found (the speaker's forms, the last voice, a statement's day).
///
/// 1. The quote's own sentence: the words before the quote when there are any
///    (``beforeQuote``), else the words after it first (``afterQuote``), then
///    the other side.
/// 2. The sentence after a quote that fills its own: a name alone
///    (``RuleID/nameSentence``) or a cue near its start (``RuleID/nextSentence``).
/// 3. Quotes with no cue of their own (``cueLess``).
extension Attributor {
    /// The rules that read the words before the quote, in order.
    static let beforeQuote: [any PhraseRule] = [
        AccordingToRule(before: true), PutItRule(before: true), ColonLeadRule(), CueBeforeRule(), PossessiveSpeechRule(),
        ColonLeadRule(strict: false),
    ]

    /// The rules that read the words after the quote, in order.
    static let afterQuote: [any PhraseRule] = [
        InvertedAfterRule(), AccordingToRule(before: false), PutItRule(before: false), CueAfterRule(), DashNameRule(),
    ]

    /// The rules for a quote with no cue of its own, in order.
    static let cueLess: [any QuoteRule] = [ParagraphSubjectRule(), PreviousSpeakerRule(), FirstPersonRule(), RepeatedWordsRule()]

    /// The first proposal of the before-quote rules for the words of `site`.
    func speakerBefore(_ site: PhraseSite) -> Proposal? {
        for rule in Self.beforeQuote { if let proposal = rule.propose(site, in: self) { return proposal } }
        return nil
    }

    /// The first proposal of the after-quote rules for the words of `site`.
    func speakerAfter(_ site: PhraseSite) -> Proposal? {
        for rule in Self.afterQuote { if let proposal = rule.propose(site, in: self) { return proposal } }
        return nil
    }

    /// The speaker of `span` from its own sentence or the next one (steps 1 and 2).
    func attribute(_ span: QuoteSpan, in p: Int) -> Found? {
        let para = paragraphs[p]
        guard let range = para.sentence(containing: span.open) else { return nil }
        let sentence = para.tokens[range]
        let before = sentence.filter { $0.end <= span.open && !$0.quoted }
        let after = span.isOpenEnded ? [] : sentence.filter { $0.start > span.close && !$0.quoted }
        let sentenceText = (before + after).filter(\.isWord).map(\.text).joined(separator: " ")
        let hasWordsBefore = before.contains(where: \.isWord)
        // A tag right after the closing mark ("…,” Reyes said") governs the quote, whatever
        // cue the sentence had before it ("…, the officials said, … “…,” Mr. Reyes said").
        let afterFirst = !hasWordsBefore || Self.isTightTag(after)
        for useBefore in afterFirst ? [false, true] : [true, false] {
            let site = PhraseSite(tokens: useBefore ? before : after, paragraph: p, offset: span.open)
            if let proposal = useBefore ? speakerBefore(site) : speakerAfter(site) {
                return Found(speaker: proposal.speaker, cue: proposal.cue, sentenceText: sentenceText, rule: proposal.rule, nested: proposal.nested)
            }
        }
        // "“…” Smith said." split into two sentences by the closing period.
        guard !hasWordsBefore, !after.contains(where: \.isWord),
              let next = para.sentences.first(where: { $0.lowerBound == range.upperBound }) else { return nil }
        let tokens = Array(para.tokens[next])
        let opensWithDash = tokens.first.map { Lexicon.dashes.contains($0.text) } ?? false
        // "“…” Kheradpir. “…”": a sentence that is nothing but a name the article gave in full.
        let words = tokens.filter(\.isWord)
        if !opensWithDash, (1...AttributionLimits.nameSentenceWords).contains(words.count), words.allSatisfy(\.isCapitalized),
           let full = names.fullName(for: words.map(\.bare).joined(separator: " ")) {
            let speaker = ResolvedSpeaker(name: full, role: names.roles[full], type: .person, via: .shortForm)
            return Found(speaker: speaker, cue: nil, sentenceText: words.map(\.text).joined(separator: " "), rule: .nameSentence)
        }
        // The cue may stand further in after a name and an apposition ("He Jianxiong, the former …, said").
        let reach = tokens.first?.isCapitalized == true && tokens.contains(where: { $0.text == "," })
            ? AttributionLimits.nextSentenceCueReachWithApposition : AttributionLimits.nextSentenceCueReach
        guard !tokens.contains(where: \.quoted), opensWithDash || (tokens.firstIndex(where: Self.isCue).map { $0 <= reach } ?? false),
              let proposal = speakerAfter(PhraseSite(tokens: tokens, paragraph: p, offset: span.open)) else { return nil }
        return Found(speaker: proposal.speaker, cue: proposal.cue, sentenceText: tokens.map(\.text).joined(separator: " "), rule: .nextSentence)
    }

    /// Whether the words after a quote open with its tag: a cue within the
    /// first ``AttributionLimits/tightTagWords`` words, with nothing but a name,
    /// a pronoun or a description's capitalised words before it ("said Reyes",
    /// "Reyes said", "she told", "Mr. Reyes said").
    static func isTightTag(_ after: [Token]) -> Bool {
        guard let i = firstWordAfterQuote(after),
              let c = after[i...].prefix(AttributionLimits.tightTagWords).firstIndex(where: isCue) else { return false }
        return after[i..<c].allSatisfy { $0.isWord && ($0.isCapitalized || Lexicon.pronouns.contains($0.lower)) }
    }

    /// The speaker of a quote with no cue of its own (step 3).
    func attributeCueLess(_ site: QuoteSite) -> Found? {
        for rule in Self.cueLess { if let found = rule.propose(site, in: self) { return found } }
        return nil
    }
}
