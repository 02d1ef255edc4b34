extension Corroborator {
    /// A `spliced` finding when word-for-word pieces of the speaker's record,
    /// taken from places apart, together make up the quote; `nil` otherwise.
    ///
    /// The pieces (at least three words each, longest first, preferring those
    /// near pieces already chosen) must cover all but two of the quote's words
    /// and at least 80% of them. Two pieces next to each other in the quote
    /// are apart in the record when they come from different statements or in
    /// another order, or when the record has at least three more words between
    /// them than the quote, or the words left out between them cross a
    /// sentence end. Pieces closer than that are one passage with words
    /// changed: a misquote, not a splice.
    func splice(_ quote: PreparedQuote, pieces: [Piece]) -> Finding? {
        let chosen = cover(quote, with: pieces)
        let covered = chosen.reduce(0) { $0 + $1.quoteRange.count }
        guard chosen.count >= 2, covered >= quote.count - 2, covered * 5 >= quote.count * 4 else { return nil }
        let content = chosen.reduce(0) { sum, piece in
            sum + piece.quoteRange.filter { ShingleIndex.isContent(quote.forms[$0]) }.count
        }
        guard content >= options.minimumContentWords,
              zip(chosen, chosen.dropFirst()).contains(where: isApart) else { return nil }

        var parts: [String] = []
        for (offset, piece) in chosen.enumerated() {
            if offset > 0 {
                let previous = chosen[offset - 1]
                if previous.statement == piece.statement, previous.recordEnd <= piece.recordStart {
                    let removed = WordDiff.removal(previous.recordEnd..<piece.recordStart, index: index)
                    if !removed.isEmpty { parts.append(removed) }
                } else {
                    parts.append("[-…-]")
                }
                let added = (previous.quoteRange.upperBound..<piece.quoteRange.lowerBound).map { quote.forms[$0] }
                if !added.isEmpty { parts.append("{+" + added.joined(separator: " ") + "+}") }
            }
            parts.append(piece.quoteRange.map { quote.forms[$0] }.joined(separator: " "))
        }
        let home = chosen[0].statement
        let inHome = chosen.filter { $0.statement == home }
        let low = inHome.map(\.recordStart).min() ?? chosen[0].recordStart
        let high = (inHome.map(\.recordEnd).max() ?? chosen[0].recordEnd) - 1
        return finding(.spliced, quote: quote, statement: home, span: low...max(low, high),
                       score: Double(covered) / Double(quote.count), diff: parts.joined(separator: " "))
    }

    /// Whether two pieces, consecutive in the quote, are apart in the record.
    func isApart(_ a: Piece, _ b: Piece) -> Bool {
        guard a.statement == b.statement else { return true }
        let recordGap = b.recordStart - a.recordEnd
        let quoteGap = b.quoteRange.lowerBound - a.quoteRange.upperBound
        if recordGap < 0 { return true }
        if recordGap - quoteGap >= 3 { return true }
        return recordGap > quoteGap && ((a.recordEnd - 1)..<b.recordStart).contains { index.breaks[$0] == .sentence }
    }

    /// Non-overlapping pieces covering as much of the quote as they can, in quote order.
    func cover(_ quote: PreparedQuote, with pieces: [Piece]) -> [Piece] {
        var covered = [Bool](repeating: false, count: quote.count)
        var chosen: [Piece] = []
        var remaining = pieces
        while !remaining.isEmpty {
            // The free part of each piece (its longest uncovered run).
            let trimmed = remaining.compactMap { free(part: $0, covered: covered) }
            func distance(_ piece: Piece) -> Int {
                chosen.filter { $0.statement == piece.statement }.map { abs($0.diagonal - piece.diagonal) }.min() ?? Int.max / 2
            }
            guard let best = trimmed.filter({ $0.quoteRange.count >= ShingleIndex.shingleLength }).min(by: {
                ($0.quoteRange.count, -distance($0)) > ($1.quoteRange.count, -distance($1))
            }) else { break }
            chosen.append(best)
            for q in best.quoteRange { covered[q] = true }
            remaining = trimmed
        }
        return chosen.sorted { $0.quoteRange.lowerBound < $1.quoteRange.lowerBound }
    }

    /// The longest run of the piece's quote words not yet covered, as a piece.
    private func free(part piece: Piece, covered: [Bool]) -> Piece? {
        var best: Range<Int>? = nil
        var runStart: Int? = nil
        for q in piece.quoteRange.lowerBound...piece.quoteRange.upperBound {
            let isFree = q < piece.quoteRange.upperBound && !covered[q]
            if isFree, runStart == nil { runStart = q }
            if !isFree, let start = runStart {
                if (best?.count ?? 0) < q - start { best = start..<q }
                runStart = nil
            }
        }
        guard let best else { return nil }
        return Piece(statement: piece.statement, quoteRange: best,
                     recordStart: piece.recordStart + (best.lowerBound - piece.quoteRange.lowerBound))
    }

    /// A `spliced` finding when the alignment `match` matches every quote word
    /// but leaves out a stretch of the record that makes its pieces apart (see
    /// ``isApart(_:_:)``); `nil` otherwise.
    func alignedSplice(_ match: AlignedMatch, quote: PreparedQuote) -> Finding? {
        var pieces: [Piece] = []
        for step in match.steps {
            switch step {
            case .match(let q, let r):
                if var last = pieces.last, last.quoteRange.upperBound == q, last.recordEnd == r {
                    last.quoteRange = last.quoteRange.lowerBound..<(q + 1)
                    pieces[pieces.count - 1] = last
                } else {
                    pieces.append(Piece(statement: match.statement, quoteRange: q..<(q + 1), recordStart: r))
                }
            case .substitute, .insert:
                return nil
            case .delete:
                continue
            }
        }
        guard pieces.count >= 2, pieces.allSatisfy({ $0.quoteRange.count >= 2 }),
              zip(pieces, pieces.dropFirst()).contains(where: isApart) else { return nil }
        return finding(.spliced, quote: quote, statement: match.statement, span: match.span,
                       score: match.similarity, diff: WordDiff.render(match.steps, quote: quote.forms, index: index))
    }
}
