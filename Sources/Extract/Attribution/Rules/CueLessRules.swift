/// A quote that has no cue of its own, in a sentence that is nothing but the
/// quote (or that continues its paragraph's voice), goes to the person the
/// text has just made its subject: in this paragraph after its last quote
/// (``RuleID/paragraphSubject``: "Reyes expects three launches. “…”"); for a
/// paragraph that is only the quote, the named person who is the subject of
/// the paragraph before's closing sentence (``RuleID/previousParagraphSubject``);
/// else the speaker of the sentence just before, when it reports speech and
/// quotes nothing (``RuleID/reportingSentence``: "Reyes told reporters that …. “…”").
struct ParagraphSubjectRule: QuoteRule {
    let id = RuleID.paragraphSubject

    func propose(_ site: QuoteSite, in a: Attributor) -> Attributor.Found? {
        guard site.kind == .direct, a.isBareQuoteSentence(site.span, in: a.paragraphs[site.paragraph]) || a.continuesParagraphSpeaker(site.span, in: site.paragraph),
              let (speaker, rule) = subject(before: site.span, in: site.paragraph, a) else { return nil }
        return Attributor.Found(speaker: speaker, cue: nil, sentenceText: "", carried: true, rule: rule)
    }

    private func subject(before span: QuoteSpan, in p: Int, _ a: Attributor) -> (ResolvedSpeaker, RuleID)? {
        let since = a.last.flatMap { $0.paragraph == p ? $0.offset : nil } ?? -1
        if let m = a.names.mentions(before: p, offset: span.open, within: 0).first(where: { $0.offset > since }), m.isSubject,
           !(a.last.map { $0.paragraph == p && $0.speaker.name == m.name } ?? false) {
            return (ResolvedSpeaker(name: m.name, role: a.names.roles[m.name], type: .person, via: .reference), .paragraphSubject)
        }
        // A paragraph that is nothing but the quote, after one whose closing sentence has a
        // person as its subject ("However, he defended his decision to engage." then "“Well, …”").
        let para = a.paragraphs[p]
        if p > 0, span.open == 0, para.sentences.count == 1 || a.isBareQuoteSentence(span, in: para),
           let closing = a.paragraphs[p - 1].sentences.last {
            let tokens = a.paragraphs[p - 1].tokens[closing].filter { !$0.quoted }
            if !a.paragraphs[p - 1].tokens[closing].contains(where: \.quoted), let subject = a.sentenceSubject(tokens),
               let speaker = a.resolve(subject, p: p - 1, offset: tokens.first?.start ?? 0), speaker.type == .person,
               // A person the article names (not a caption's place: "Whangārei Harbour seen from …").
               a.names.fullName(for: speaker.name) != nil {
                return (speaker, .previousParagraphSubject)
            }
        }
        guard let range = para.sentence(containing: span.open),
              let previous = para.sentences.last(where: { $0.upperBound <= range.lowerBound }),
              let start = para.tokens[safe: previous.lowerBound]?.start, start > since else { return nil }
        let tokens = Array(para.tokens[previous])
        guard !tokens.contains(where: \.quoted), tokens.contains(where: { Attributor.isCue($0) }),
              let proposal = a.speakerBefore(PhraseSite(tokens: tokens, paragraph: p, offset: start)) else { return nil }
        return (proposal.speaker, .reportingSentence)
    }
}

/// A bare quote (or one continuing its paragraph's voice) with no subject
/// before it, within a paragraph of the last quote: the same speaker. Across
/// one more paragraph only when the paragraphs between quote no one and
/// name no person as their subject (a caption, a line of narration).
struct PreviousSpeakerRule: QuoteRule {
    let id = RuleID.previousSpeaker

    func propose(_ site: QuoteSite, in a: Attributor) -> Attributor.Found? {
        let p = site.paragraph
        guard site.kind == .direct, let last = a.last, p - last.paragraph <= AttributionLimits.carriedVoiceParagraphsAcrossNarration,
              a.isBareQuoteSentence(site.span, in: a.paragraphs[p]) || a.continuesParagraphSpeaker(site.span, in: p)
        else { return nil }
        if p - last.paragraph > AttributionLimits.carriedVoiceParagraphs {
            let between = (last.paragraph + 1)..<p
            guard between.allSatisfy({ a.paragraphs[$0].spans.isEmpty }),
                  !a.names.mentions(before: p, offset: 0, within: p - last.paragraph - 1).contains(where: { between.contains($0.paragraph) && $0.isSubject })
            else { return nil }
        }
        return Attributor.Found(speaker: last.speaker, cue: nil, sentenceText: "", carried: true, rule: id)
    }
}

/// "The price … is “as low as I’ve ever seen.”": words in the first person,
/// in the paragraph of the last quote, with no cue or other name in the
/// sentence, are still that speaker's.
struct FirstPersonRule: QuoteRule {
    let id = RuleID.firstPerson

    func propose(_ site: QuoteSite, in a: Attributor) -> Attributor.Found? {
        let p = site.paragraph, para = a.paragraphs[p]
        guard let last = a.last, last.paragraph == p, last.speaker.type == .person || last.speaker.type == .anonymous,
              Attributor.speaksInFirstPerson(site.text), let range = para.sentence(containing: site.span.open),
              let first = para.tokens[safe: range.lowerBound], let end = para.tokens[safe: range.upperBound - 1]?.end,
              !para.tokens[range].contains(where: { !$0.quoted && Attributor.isCue($0) }),
              !a.names.mentions(before: p, offset: end, within: 0).contains(where: { $0.offset >= first.start && $0.name != last.speaker.name })
        else { return nil }
        return Attributor.Found(speaker: last.speaker, cue: nil, sentenceText: "", carried: true, rule: id)
    }
}

/// `Reyes said: “I have answered every question, and I will keep answering.” …
/// Reyes, by her own account, has “answered every question”`: a span with no
/// speaker of its own whose words stand inside a quote already attributed
/// repeats that speaker's words, and is theirs.
struct RepeatedWordsRule: QuoteRule {
    let id = RuleID.repeatedWords

    func propose(_ site: QuoteSite, in a: Attributor) -> Attributor.Found? {
        let key = QuoteExtractor.letterKey(site.text)
        guard key.count >= AttributionLimits.repeatedWordsLetters,
              let earlier = a.quotedWords.last(where: { $0.key.count > key.count && $0.key.contains(key) }) else { return nil }
        return Attributor.Found(speaker: earlier.speaker, cue: nil, sentenceText: "", carried: true, rule: id)
    }
}

extension Attributor {
    /// A quote that opens its sentence in the paragraph of the last quote, where
    /// the rest of the sentence names no one and has no cue ("“So I called one of
    /// my best friends,” a detail that dovetails with the film."): the same voice.
    func continuesParagraphSpeaker(_ span: QuoteSpan, in p: Int) -> Bool {
        guard let last, last.paragraph == p, let range = paragraphs[p].sentence(containing: span.open) else { return false }
        let rest = paragraphs[p].tokens[range].filter { !$0.quoted && $0.isWord }
        return !paragraphs[p].tokens[range].contains { $0.end <= span.open && $0.isWord && !$0.quoted }
            && !rest.contains { Self.isCue($0) || ($0.isCapitalized && !SpeakerWords.notNames.contains($0.lower)) || Lexicon.pronouns.contains($0.lower) }
    }
}
