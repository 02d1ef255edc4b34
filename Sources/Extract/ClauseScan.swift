/// Removes or finds the clauses the day rules set aside ("who will testify
/// Thursday", "recalling the events of last year", "since coming to power in
/// 2009") by scanning the text's scalars once, instead of running a regular
/// expression over it: a clause opens with one of a few words (a whole word,
/// as the default word boundaries of Unicode text segmentation find it) and
/// runs over at most a number of words, each a run of characters that are
/// neither white space, nor a comma, nor a semicolon. `ClauseScanTests`
/// checks it against the regular expressions it replaces.
struct ClauseScan {
    /// The words that open a clause (lower case, ASCII).
    let openers: [String]
    /// Whether the openers match whatever the case of the text.
    let caseInsensitive: Bool
    /// Whether an opener must end at a word boundary ("who" also opens "whom" when false).
    let wholeWord: Bool
    /// The most words after the opener that belong to the clause.
    let maxWords: Int
    /// Whether each word after the opener must follow white space (else it may follow directly).
    let spaceBeforeWords: Bool
    /// Words before which the clause ends ("who said …": the cue is not part of the clause).
    let stopBefore: [String]
    /// The scalars of ``openers`` and ``stopBefore``, worked out once (not at every position of every text).
    private let openerScalars: [[Unicode.Scalar]]
    private let stopScalars: [[Unicode.Scalar]]

    /// A scanner for clauses that open with one of `openers` and run over at most `maxWords` words.
    init(openers: [String], caseInsensitive: Bool = false, wholeWord: Bool = true, maxWords: Int,
         spaceBeforeWords: Bool = true, stopBefore: [String] = []) {
        self.openers = openers
        self.caseInsensitive = caseInsensitive
        self.wholeWord = wholeWord
        self.maxWords = maxWords
        self.spaceBeforeWords = spaceBeforeWords
        self.stopBefore = stopBefore
        openerScalars = openers.map { Array($0.unicodeScalars) }
        stopScalars = stopBefore.map { Array($0.unicodeScalars) }
    }

    /// `text` without every clause, left to right.
    func removing(from text: String) -> String {
        let s = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var kept = 0
        for clause in clauses(in: s) {
            out.append(contentsOf: s[kept..<clause.lowerBound])
            kept = clause.upperBound
        }
        out.append(contentsOf: s[kept...])
        return String(out)
    }

    /// The scalar ranges of every clause in `text`, left to right.
    func clauses(in s: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var i = 0
        while i < s.count {
            if let end = clause(in: s, at: i) {
                result.append(i..<end)
                i = max(end, i + 1)
                continue
            }
            i += 1
        }
        return result
    }

    /// The end of the clause that opens at `i`, if one does.
    func clause(in s: [Unicode.Scalar], at i: Int) -> Int? {
        guard Self.isBoundary(s, i), let length = opener(in: s, at: i) else { return nil }
        var j = i + length
        var count = 0
        while count < maxWords {
            var k = j
            while k < s.count, Self.isSpace(s[k]) { k += 1 }
            if spaceBeforeWords, k == j { break }
            guard k < s.count, !Self.isSpace(s[k]), s[k] != ",", s[k] != ";" else { break }
            if !stopScalars.isEmpty, stopScalars.contains(where: { word in Self.hasWord(word, in: s, at: k) }) { break }
            var e = k
            while e < s.count, !Self.isSpace(s[e]), s[e] != ",", s[e] != ";" { e += 1 }
            j = e
            count += 1
        }
        return j
    }

    /// The length of the opener that starts at `i`, if one does.
    private func opener(in s: [Unicode.Scalar], at i: Int) -> Int? {
        for w in openerScalars {
            guard i + w.count <= s.count else { continue }
            var matches = true
            for (k, c) in w.enumerated() {
                var t = s[i + k]
                if caseInsensitive, t.value >= 0x41, t.value <= 0x5A, let lower = Unicode.Scalar(t.value + 0x20) { t = lower }
                if t != c { matches = false; break }
            }
            if matches, !wholeWord || Self.isBoundary(s, i + w.count) { return w.count }
        }
        return nil
    }

    /// Whether `word` (lower case) stands at `k` and ends at a word boundary.
    private static func hasWord(_ w: [Unicode.Scalar], in s: [Unicode.Scalar], at k: Int) -> Bool {
        guard k + w.count <= s.count else { return false }
        for (n, c) in w.enumerated() where s[k + n] != c { return false }
        return isBoundary(s, k + w.count)
    }

    /// Whether a word boundary falls before `i`: a word character on one side
    /// only, where an apostrophe or a period between two word characters (and
    /// a combining mark after one) joins them, as text segmentation has it.
    static func isBoundary(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        let before = i > 0 && isWordPart(s, i - 1)
        let after = i < s.count && isWordPart(s, i)
        return before != after
    }

    /// Whether the scalar at `i` belongs to a word: a letter, digit, mark or
    /// underscore, or a joiner between two letters or two digits (an
    /// apostrophe or period between a letter and a digit parts them: "until'20").
    private static func isWordPart(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        if isWord(s[i]) { return true }
        guard isJoiner(s[i]), i > 0, i + 1 < s.count else { return false }
        let (before, after) = (s[i - 1], s[i + 1])
        if isDigit(before) && isDigit(after) { return s[i] != ":" }
        return isWord(before) && isWord(after) && !isDigit(before) && !isDigit(after)
    }

    private static func isDigit(_ c: Unicode.Scalar) -> Bool {
        // In ASCII only the ten digits have a numeric type.
        c.value < 0x80 ? (c.value >= 0x30 && c.value <= 0x39) : c.properties.numericType != nil
    }

    private static func isWord(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 {
            let v = c.value
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) || v == 0x5F
        }
        let p = c.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
            || p.generalCategory == .spacingMark || p.generalCategory == .connectorPunctuation
    }

    private static func isJoiner(_ c: Unicode.Scalar) -> Bool {
        c == "'" || c == "\u{2019}" || c == "." || c == "\u{2018}" || c == ":"
    }

    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        // In ASCII, White_Space is the tab, the line breaks (U+000A–U+000D) and the space.
        c.value < 0x80 ? (c.value == 0x20 || (c.value >= 0x09 && c.value <= 0x0D)) : c.properties.isWhitespace
    }
}
