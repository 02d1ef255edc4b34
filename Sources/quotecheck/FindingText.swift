import Store

/// How `show` and `review` print a quote's corroboration findings.
enum FindingText {
    /// Text lines for `findings` (best first, as ``ClaimsStore/findings(ofQuote:)``
    /// returns them): a heading, then per finding its kind, score, who said the
    /// passage and where, the passage, and the word diff when the words differ.
    /// Empty when there are none. `numbered` puts `[1]`, `[2]` … before each
    /// finding (the review's `f` key accepts the first).
    static func lines(for findings: [FindingRecord], numbered: Bool = false) -> [String] {
        guard !findings.isEmpty else { return [] }
        var lines = ["  against the record:"]
        for (offset, f) in findings.enumerated() {
            let mark = numbered ? "[\(offset + 1)] " : ""
            let score = (f.score * 100).rounded() / 100
            lines.append("    \(mark)\(f.kind.rawValue) (\(score)) — \(f.primarySpeaker ?? "unknown speaker"), "
                         + "source \(f.primarySourceID) [\(f.primarySHA256.prefix(12))], chars \(f.primaryStart)–\(f.primaryEnd)"
                         + " → accept sets \(f.kind.suggestedStatus.rawValue)")
            lines.append("      record: “\(f.primaryText)”")
            if !f.diff.isEmpty { lines.append("      diff:   \(f.diff)") }
        }
        return lines
    }
}
