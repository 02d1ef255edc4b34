/// A quote inside a quote that the outer speaker attributes to someone else
/// (`“I then heard Dana Reyes ask, ‘Is it signed?’ and I said yes,” Haddad
/// testified`): the inner span, in single marks, is a record of its own when
/// the outer quote's words just before it hold a cue whose subject is another
/// speaker — not the outer speaker ("I" and "we" resolve to no one). Without such a cue
/// the inner span stays part of the outer quote (GUIDELINES.md).
struct NestedQuoteRule: Sendable {
    let id = RuleID.nestedQuote

    /// The quotes inside `outer` (a span of paragraph `p` attributed to
    /// `speaker`) that another speaker said, with what attributes each.
    func quotes(inside outer: QuoteSpan, in p: Int, outerSpeaker speaker: ResolvedSpeaker, of a: Attributor) -> [(span: QuoteSpan, found: Attributor.Found)] {
        let para = a.paragraphs[p]
        guard !outer.isOpenEnded, outer.close - outer.innerStart > 2 else { return [] }
        // The single-mark spans within the outer marks, in paragraph offsets.
        let inner = QuoteSpans.spans(in: Array(para.scalars[outer.innerStart..<outer.close]))
            .filter { !$0.isOpenEnded && para.scalars[outer.innerStart + $0.open] != "\u{201C}" }
            .map { QuoteSpan(open: $0.open + outer.innerStart, close: $0.close + outer.innerStart, isOpenEnded: false) }
        var result: [(span: QuoteSpan, found: Attributor.Found)] = []
        for span in inner {
            // The outer quote's words before the inner mark, from the start of their sentence.
            var tokens = para.tokens.filter { $0.start > outer.open && $0.end <= span.open }
            if let stop = tokens.lastIndex(where: { Lexicon.sentenceEnds.contains($0.text) }) { tokens.removeFirst(stop + 1) }
            guard tokens.contains(where: Attributor.isCue),
                  let proposal = a.speakerBefore(PhraseSite(tokens: tokens, paragraph: p, offset: span.open)),
                  proposal.speaker.name != speaker.name else { continue }
            let text = tokens.filter(\.isWord).map(\.text).joined(separator: " ")
            result.append((span, Attributor.Found(speaker: Self.owned(proposal.speaker, by: speaker), cue: proposal.cue, sentenceText: text, rule: id)))
        }
        return result
    }

    /// `inner` with a first-person possessive resolved to the outer speaker, a person: in
    /// Omar Haddad's words "my father" is "Omar Haddad's father" (GUIDELINES: pronouns are
    /// resolved to the person they refer to); any other description is kept whole.
    static func owned(_ inner: ResolvedSpeaker, by outer: ResolvedSpeaker) -> ResolvedSpeaker {
        let words = inner.name.split(separator: " ", maxSplits: 1)
        guard outer.type == .person, words.count == 2, words[0].lowercased() == "my" else { return inner }
        var owned = inner
        owned.name = outer.name + "'s " + words[1]
        return owned
    }
}
