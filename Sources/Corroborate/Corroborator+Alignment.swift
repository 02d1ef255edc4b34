/// A quote aligned with a passage of one statement, and how close they are.
struct AlignedMatch {
    /// The statement's index.
    var statement: Int
    /// The alignment.
    var steps: [AlignmentStep]
    /// First and last record positions of the passage.
    var span: ClosedRange<Int>
    /// Weighted Dice similarity of the quote's words and the passage's, 0…1.
    var similarity: Double
    /// Content words matched.
    var matchedContent: Int
    /// Quote words matched.
    var matchedWords: Int
    /// Whether every word matches.
    var isExact: Bool
}

extension Corroborator {
    /// Aligns the quote with the candidate's statement around its pieces.
    func align(_ quote: PreparedQuote, with candidate: Candidate) -> AlignedMatch? {
        guard let main = candidate.pieces.max(by: { $0.quoteRange.count < $1.quoteRange.count }) else { return nil }
        let near = candidate.pieces.filter { abs($0.diagonal - main.diagonal) <= quote.count }
        let low = near.map(\.diagonal).min() ?? main.diagonal
        let high = near.map(\.diagonal).max() ?? main.diagonal
        let band = max(4, quote.count / 4)
        let bounds = index.statementStart[candidate.statement]..<index.statementStart[candidate.statement + 1]
        let region = max(bounds.lowerBound, low - band)..<min(bounds.upperBound, high + quote.count + band)
        let alignment = WordAlignment(quote: quote.ids, weights: quote.weights, index: index, region: region,
                                      diagonals: (low - region.lowerBound)...(high - region.lowerBound), band: band)
        return evaluate(alignment.steps, quote: quote, statement: candidate.statement)
    }

    /// Measures the alignment `steps`.
    func evaluate(_ steps: [AlignmentStep], quote: PreparedQuote, statement: Int) -> AlignedMatch? {
        guard let span = WordAlignment.span(of: steps) else { return nil }
        var matchedWeight: Float = 0, matchedContent = 0, matchedWords = 0, exact = true
        for step in steps {
            if case .match(let q, _) = step {
                matchedWeight += quote.weights[q]
                matchedWords += 1
                if ShingleIndex.isContent(quote.forms[q]) { matchedContent += 1 }
            } else {
                exact = false
            }
        }
        let quoteWeight = quote.weights.reduce(0, +)
        let passageWeight = span.reduce(Float(0)) { $0 + index.weights[Int(index.words[$1])] }
        let similarity = Double(2 * matchedWeight / max(quoteWeight + passageWeight, 0.0001))
        return AlignedMatch(statement: statement, steps: steps, span: span, similarity: min(1, similarity),
                            matchedContent: matchedContent, matchedWords: matchedWords, isExact: exact)
    }

    /// A finding for `match`, its passage the statement's words `span`.
    func finding(_ kind: FindingKind, quote: PreparedQuote, statement s: Int, span: ClosedRange<Int>,
                 score: Double, diff: String) -> Finding {
        let statement = statements[s]
        let start = Int(index.starts[span.lowerBound]), end = Int(index.ends[span.upperBound])
        let scalars = statement.text.unicodeScalars
        let passage = String(String.UnicodeScalarView(scalars.dropFirst(start).prefix(end - start)))
        return Finding(quoteID: quote.quote.id, kind: kind, score: (score * 1000).rounded() / 1000,
                       statementID: statement.id, sourceID: statement.sourceID,
                       sourceSHA256: statement.sourceSHA256, speaker: statement.speaker, passage: passage,
                       start: start, end: end, diff: diff)
    }

    /// A finding for an aligned match.
    func finding(_ kind: FindingKind, _ match: AlignedMatch, quote: PreparedQuote) -> Finding {
        finding(kind, quote: quote, statement: match.statement, span: match.span, score: match.similarity,
                diff: WordDiff.render(match.steps, quote: quote.forms, index: index))
    }
}

extension WordAlignment {
    /// The first and last record positions the steps touch, or `nil` when none.
    static func span(of steps: [AlignmentStep]) -> ClosedRange<Int>? {
        let positions = steps.compactMap { step -> Int? in
            switch step {
            case .match(_, let r), .substitute(_, let r), .delete(let r): r
            case .insert: nil
            }
        }
        guard let first = positions.first, let last = positions.last else { return nil }
        return first...last
    }
}
