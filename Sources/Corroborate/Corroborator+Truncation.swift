extension Corroborator {
    /// Words that make the rest of their sentence conditional or concessive.
    private static let conditions: Set<String> = [
        "if", "unless", "except", "provided", "providing", "although", "though", "whereas", "until",
    ]

    /// A `truncated` finding when the word-for-word match `match` leaves out a
    /// qualifier adjoining it in the same sentence; `nil` otherwise.
    ///
    /// Left out means one of: a negation among the three words just before
    /// the passage (with no clause break between: "I do *not* believe | we
    /// should …"); a conditional word ("if", "unless", "although" …) earlier in
    /// the sentence ("*If* the vote fails, | we will …"); a negation or
    /// qualifier ("unless", "but", "only", "not" …) among the two words just
    /// after the passage ("we will cut taxes | *but only* for …"). The passage
    /// reported is the whole sentence, and the diff shows what was cut.
    func truncation(of match: AlignedMatch, quote: PreparedQuote) -> Finding? {
        let s = match.statement
        let bounds = index.statementStart[s]..<index.statementStart[s + 1]
        let (first, last) = (match.span.lowerBound, match.span.upperBound)
        var sentenceStart = first
        while sentenceStart > bounds.lowerBound, index.breaks[sentenceStart - 1] != .sentence { sentenceStart -= 1 }
        var sentenceEnd = last
        while sentenceEnd < bounds.upperBound - 1, index.breaks[sentenceEnd] != .sentence { sentenceEnd += 1 }

        var cut = false
        // Before: a negation close by, or a condition earlier in the sentence.
        var position = first - 1, distance = 0
        while position >= sentenceStart, distance < 3, index.breaks[position] == .none {
            if WordLexicon.negations.contains(form(at: position)) { cut = true }
            position -= 1
            distance += 1
        }
        if !cut, sentenceStart < first {
            cut = (sentenceStart..<first).contains { Self.conditions.contains(form(at: $0)) }
        }
        // After: a negation or qualifier opening what follows.
        if !cut, last < sentenceEnd {
            let following = (last + 1)...min(sentenceEnd, last + 2)
            cut = following.contains { WordLexicon.negations.contains(form(at: $0)) || WordLexicon.qualifiers.contains(form(at: $0)) }
        }
        guard cut else { return nil }

        let steps = (sentenceStart..<first).map { AlignmentStep.delete(r: $0) } + match.steps
            + ((last + 1)..<(sentenceEnd + 1)).map { AlignmentStep.delete(r: $0) }
        guard let sentence = evaluate(steps, quote: quote, statement: s) else { return nil }
        return finding(.truncated, quote: quote, statement: s, span: sentence.span, score: sentence.similarity,
                       diff: WordDiff.render(steps, quote: quote.forms, index: index))
    }

    /// The normalised word at record position `r`.
    func form(at r: Int) -> String { index.forms[Int(index.words[r])] }
}
