/// A word or punctuation mark of a paragraph, with its scalar offsets.
struct Token {
    let text: String
    /// `text` lower-cased, computed once: attribution compares it many times.
    let lower: String
    var start: Int
    var end: Int
    var isWord: Bool
    /// Inside a quotation-mark span.
    var quoted: Bool = false

    init(text: String, start: Int, end: Int, isWord: Bool) {
        self.text = text
        self.lower = Self.lowered(text)
        self.bare = Self.bare(text)
        self.start = start
        self.end = end
        self.isWord = isWord
    }

    /// The word without a possessive `’s` / `'s`, worked out once.
    let bare: String

    /// `text` lower-cased; ASCII text without capitals is its own lower case.
    static func lowered(_ text: String) -> String {
        for byte in text.utf8 where byte >= 0x80 || (byte >= 65 && byte <= 90) { return text.lowercased() }
        return text
    }

    /// `text` without a possessive `’s`, `'s`, `’` or `'`, when a word of two
    /// characters or more stays.
    static func bare(_ text: String) -> String {
        // Every suffix ends in `s`, `'` or the last byte of `’` (E2 80 99): most words end otherwise.
        guard let last = text.utf8.last, last == UInt8(ascii: "s") || last == UInt8(ascii: "'") || last == 0x99 else {
            return text
        }
        for suffix in ["’s", "'s", "’", "'"] where text.hasSuffix(suffix) && text.count > suffix.count + 1 {
            return String(text.dropLast(suffix.count))
        }
        return text
    }
    var isPossessive: Bool { bare != text }
    /// A word of four or more letters in capitals throughout ("BULLYING"), not an acronym like "U.S.".
    var isShouted: Bool {
        let letters = text.filter(\.isLetter)
        return letters.count > 3 && letters == letters.uppercased()
    }
    var isCapitalized: Bool {
        guard let first = text.unicodeScalars.first else { return false }
        if first.value < 0x80 { return first.value >= 0x41 && first.value <= 0x5A }
        return first.properties.isUppercase
    }
}

/// Splits paragraphs into tokens and sentences.
enum Tokenizer {
    /// Abbreviations whose final period does not end a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "st", "jr", "sr", "inc", "co", "corp",
        "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs",
        "prof", "rev", "sgt", "capt", "cmdr", "adm", "maj", "atty", "supt", "insp", "det", "fig", "approx", "est",
        "u.s", "u.k", "u.n", "e.u", "d.c", "a.m", "p.m", "i.e", "e.g", "etc", "mt", "ft", "ave", "blvd",
    ]

    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    /// Marks that join the parts of one word: apostrophes, hyphens, periods of abbreviations, `&`.
    @inline(__always)
    static func isJoiner(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x27, 0x2019, 0x2D, 0x2011, 0x2010, 0x2E, 0x26: return true
        default: return false
        }
    }

    /// The text of a run of scalars, written as UTF-8 in one allocation.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var length = 0
            for scalar in scalars {
                for byte in scalar.utf8 {
                    buffer[length] = byte
                    length += 1
                }
            }
            return length
        }
    }

    /// The tokens of a paragraph.
    static func tokens(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        var i = 0
        let n = scalars.count
        while i < n {
            let c = scalars[i]
            if TextFolding.isSpace(c) { i += 1; continue }
            if isWordScalar(c) {
                var j = i + 1
                while j < n {
                    let d = scalars[j]
                    if isWordScalar(d) { j += 1; continue }
                    // Joiners inside a word: apostrophes, hyphens, periods of abbreviations.
                    if isJoiner(d), j + 1 < n, isWordScalar(scalars[j + 1]) {
                        j += 1; continue
                    }
                    break
                }
                var text = string(scalars[i..<j])
                // A trailing possessive apostrophe ("Democrats’") or an abbreviation's period.
                if j < n, scalars[j] == ".", abbreviations.contains(text.lowercased()) || (text.count == 1 && text.first?.isUppercase == true)
                    || text.utf8.contains(UInt8(ascii: ".")) {
                    j += 1
                    text += "."
                }
                tokens.append(Token(text: text, start: i, end: j, isWord: true))
                i = j
            } else {
                tokens.append(Token(text: String(c), start: i, end: i + 1, isWord: false))
                i += 1
            }
        }
        return tokens
    }

    /// Sentence ranges over `tokens` (indices), never splitting inside a quoted span.
    static func sentences(_ tokens: [Token], spans: [QuoteSpan]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var k = 0
        while k < tokens.count {
            // (The token's fields are read in place: a copy of the token costs three retains and releases.)
            var boundary = false
            if !tokens[k].quoted, !tokens[k].isWord, [".", "?", "!"].contains(tokens[k].text) {
                boundary = true
            } else if !tokens[k].isWord, spans.contains(where: { [start = tokens[k].start] in $0.close == start && !$0.isOpenEnded }), k > 0,
                      [".", "?", "!"].contains(tokens[k - 1].text)
                        || (k > 1 && ["’", "'"].contains(tokens[k - 1].text) && [".", "?", "!"].contains(tokens[k - 2].text)) {
                // A quotation that ends its sentence, also when a nested quote closes with it (…simple.’”).
                boundary = true
            }
            if boundary {
                // The next word must open a sentence: a capital, a digit or a quotation mark.
                var m = k + 1
                while m < tokens.count, !tokens[m].isWord, !"“\"‘«„".contains(tokens[m].text), tokens[m].text != "(" { m += 1 }
                if m >= tokens.count || tokens[m].isCapitalized || !tokens[m].isWord || tokens[m].text.first?.isNumber == true {
                    ranges.append(start..<(m >= tokens.count ? tokens.count : k + 1))
                    start = k + 1
                    if m >= tokens.count { k = tokens.count; break }
                }
            }
            k += 1
        }
        if start < tokens.count { ranges.append(start..<tokens.count) }
        return ranges.filter { !$0.isEmpty }
    }
}
