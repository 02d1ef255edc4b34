extension Corroborator {
    /// What the record says about `quote`: none, one or several findings.
    ///
    /// In order: a word-for-word match in a statement of the quoted speaker is
    /// `verbatim`, or `truncated` when a negation or qualifying clause next to
    /// it in the same sentence is left out (and then nothing else is reported);
    /// otherwise pieces of that speaker's record joined from places apart are
    /// `spliced`, and a close match is `misquoted`; and when another speaker's
    /// passage matches better (at least ``CorroborationOptions/misattributionThreshold``),
    /// `misattributed`. A match must share at least
    /// ``CorroborationOptions/minimumContentWords`` content words with the quote.
    public func findings(for quote: ReportedQuote) -> [Finding] {
        let prepared = prepare(quote)
        guard prepared.count >= ShingleIndex.shingleLength,
              prepared.contentCount >= options.minimumContentWords else { return [] }
        let candidates = candidates(for: prepared).filter { $0.coverage >= ShingleIndex.shingleLength }
        let same = candidates.filter(\.sameSpeaker)
        let sameMatches = same.prefix(Self.alignedPerQuote).compactMap { align(prepared, with: $0) }
            .filter(isDistinctive)

        let exact = sameMatches.filter(\.isExact)
        if !exact.isEmpty {
            if let whole = exact.first(where: { truncation(of: $0, quote: prepared) == nil }) {
                return [finding(.verbatim, whole, quote: prepared)]
            }
            if let cut = exact.lazy.compactMap({ self.truncation(of: $0, quote: prepared) }).first {
                return [cut]
            }
        }

        var results: [Finding] = []
        let closest = sameMatches.max { $0.similarity < $1.similarity }
        if let splice = splice(prepared, pieces: same.flatMap(\.pieces)) {
            results.append(splice)
        } else if let closest, closest.similarity >= options.misquoteThreshold,
                  closest.matchedContent * 2 >= prepared.contentCount {
            results.append(alignedSplice(closest, quote: prepared) ?? finding(.misquoted, closest, quote: prepared))
        }

        if quote.speaker != nil {
            let others = candidates.filter { !$0.sameSpeaker }.prefix(Self.alignedPerQuote)
                .compactMap { align(prepared, with: $0) }.filter(isDistinctive)
            if let best = others.max(by: { $0.similarity < $1.similarity }),
               best.similarity >= options.misattributionThreshold,
               best.similarity > (results.map(\.score).max() ?? 0) {
                results.append(finding(.misattributed, best, quote: prepared))
            }
        }
        return results
    }

    /// Whether the match shares enough content words to count.
    func isDistinctive(_ match: AlignedMatch) -> Bool {
        match.matchedContent >= options.minimumContentWords
    }
}
