extension Corroborator {
    /// The quote's words in the index's terms.
    func prepare(_ quote: ReportedQuote) -> PreparedQuote {
        let forms = WordNormaliser.words(in: quote.text).map(\.form)
        let ids = forms.enumerated().map { offset, form in index.id(of: form) ?? Int32(-1 - offset) }
        return PreparedQuote(quote: quote, forms: forms, ids: ids, weights: forms.map(ShingleIndex.weight(of:)),
                             contentCount: forms.filter(ShingleIndex.isContent).count,
                             day: DayNumber.of(quote.saidOn), speakerKey: SpeakerMatch.key(quote.speaker))
    }

    /// Whether statement `s` is within the date window of the quote.
    func isInWindow(_ s: Int, of quote: PreparedQuote) -> Bool {
        guard let window = options.windowDays, let day = quote.day, let statementDay = days[s] else { return true }
        return abs(day - statementDay) <= window
    }

    /// Whether statement `s` can have been said by the quoted speaker (an
    /// unattributed quote, or a statement of unknown speaker, is taken as yes).
    func isSameSpeaker(_ s: Int, as quote: PreparedQuote) -> Bool {
        if quote.quote.speaker == nil || statements[s].speaker == nil { return true }
        if let a = quote.quote.speakerID, let b = statements[s].speakerID, a == b { return true }
        return SpeakerMatch.same(quote.speakerKey, speakerKeys[s])
    }

    /// The statements in the window that share a shingle with the quote, most covered first.
    func candidates(for quote: PreparedQuote) -> [Candidate] {
        let length = ShingleIndex.shingleLength
        guard quote.count >= length else { return [] }
        var hits: [Int: [(q: Int, r: Int)]] = [:]
        var inWindow: [Int: Bool] = [:]
        for q in 0...(quote.count - length) {
            let (a, b, c) = (quote.ids[q], quote.ids[q + 1], quote.ids[q + 2])
            guard a >= 0, b >= 0, c >= 0,
                  let found = index.positions(ofShingle: ShingleIndex.key(a, b, c), limit: Self.postingLimit)
            else { continue }
            for position in found {
                let r = Int(position)
                let s = Int(index.statementOf[r])
                let eligible = inWindow[s] ?? isInWindow(s, of: quote)
                inWindow[s] = eligible
                if eligible { hits[s, default: []].append((q, r)) }
            }
        }
        var result: [Candidate] = []
        for (s, list) in hits {
            let pieces = Self.pieces(from: list, statement: s, length: length)
            var covered = [Bool](repeating: false, count: quote.count)
            for piece in pieces { for q in piece.quoteRange { covered[q] = true } }
            result.append(Candidate(statement: s, pieces: pieces, coverage: covered.filter { $0 }.count,
                                    sameSpeaker: isSameSpeaker(s, as: quote)))
        }
        return result.sorted { ($0.coverage, -$0.statement) > ($1.coverage, -$1.statement) }
    }

    /// Joins shingle hits on the same diagonal at consecutive quote words into pieces.
    static func pieces(from hits: [(q: Int, r: Int)], statement: Int, length: Int) -> [Piece] {
        let sorted = hits.sorted { ($0.r - $0.q, $0.q) < ($1.r - $1.q, $1.q) }
        var pieces: [Piece] = []
        for hit in sorted {
            if var last = pieces.last, last.diagonal == hit.r - hit.q, hit.q <= last.quoteRange.upperBound - length + 1 {
                last.quoteRange = last.quoteRange.lowerBound..<max(last.quoteRange.upperBound, hit.q + length)
                pieces[pieces.count - 1] = last
            } else {
                pieces.append(Piece(statement: statement, quoteRange: hit.q..<(hit.q + length), recordStart: hit.r))
            }
        }
        return pieces
    }
}
