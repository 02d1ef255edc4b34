/// Splits text into normalised words: case folded, curly and straight
/// quotation marks alike, dashes and punctuation dropped (but remembered as
/// clause and sentence breaks), common English contractions expanded
/// ("don't" → "do not", "we're" → "we are").
public enum WordNormaliser {
    /// The words of `text`, in order.
    public static func words(in text: String) -> [Word] {
        let scalars = Array(text.unicodeScalars)
        var words: [Word] = []
        words.reserveCapacity(scalars.count / 5)
        var raw = String.UnicodeScalarView()
        var start = 0
        var index = 0

        func finishWord(at end: Int) {
            guard !raw.isEmpty else { return }
            for form in expanded(String(raw)) where !form.isEmpty {
                words.append(Word(form: form, start: start, end: end))
            }
            raw = String.UnicodeScalarView()
        }
        func addBreak(_ kind: WordBreak) {
            guard let last = words.indices.last, kind.rawValue > words[last].breakAfter.rawValue else { return }
            words[last].breakAfter = kind
        }

        while index < scalars.count {
            let scalar = scalars[index]
            let previousIsWord = index > 0 && isWordScalar(scalars[index - 1])
            let nextIsWord = index + 1 < scalars.count && isWordScalar(scalars[index + 1])
            if isWordScalar(scalar) {
                if raw.isEmpty { start = index }
                appendLowercased(scalar, to: &raw)
            } else if !raw.isEmpty, previousIsWord, nextIsWord, isApostrophe(scalar) {
                raw.append("'")
            } else if !raw.isEmpty, previousIsWord, nextIsWord, scalar == "." || scalar == "," {
                // "U.S.", "3.5", "1,000": kept inside the word, dropped from its form.
            } else {
                finishWord(at: index)
                addBreak(breakKind(scalar, spacedHyphen: !(previousIsWord && nextIsWord)))
            }
            index += 1
        }
        finishWord(at: scalars.count)
        return words
    }

    /// Whether the scalar belongs to a word (letters, digits, combining marks).
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
            || properties.generalCategory == .nonspacingMark
    }

    /// Straight and curly apostrophes.
    private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{2018}" || scalar == "\u{02BC}"
    }

    /// The break a non-word scalar makes.
    private static func breakKind(_ scalar: Unicode.Scalar, spacedHyphen: Bool) -> WordBreak {
        switch scalar {
        case ".", "!", "?", "\u{203D}": return .sentence
        case ",", ";", ":", "(", ")", "[", "]", "\u{2026}", "\u{2013}", "\u{2014}", "\u{2015}": return .clause
        case "-", "\u{2010}", "\u{2011}", "\u{2012}": return spacedHyphen ? .clause : .none
        default: return .none
        }
    }

    /// Appends the scalar in lower case.
    private static func appendLowercased(_ scalar: Unicode.Scalar, to raw: inout String.UnicodeScalarView) {
        if scalar.isASCII {
            let v = scalar.value
            if v >= 0x41 && v <= 0x5A, let lower = Unicode.Scalar(v + 32) {
                raw.append(lower)
            } else {
                raw.append(scalar)
            }
        } else {
            raw.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        }
    }

    /// A raw lower-case word with apostrophes as "'", as one or two normalised words.
    static func expanded(_ word: String) -> [String] {
        guard word.contains("'") else { return [word] }
        if let irregular = WordLexicon.irregularContractions[word] { return irregular }
        let endings: [(String, String)] = [("n't", "not"), ("'re", "are"), ("'ve", "have"), ("'ll", "will"),
                                            ("'m", "am"), ("'d", "would")]
        for (ending, full) in endings where word.hasSuffix(ending) && word.count > ending.count {
            return [strip(String(word.dropLast(ending.count))), full]
        }
        if word.hasSuffix("'s") {
            let stem = String(word.dropLast(2))
            if WordLexicon.isContractionStems.contains(stem) { return [stem, "is"] }
        }
        return [strip(word)]
    }

    /// The word without apostrophes.
    private static func strip(_ word: String) -> String {
        word.filter { $0 != "'" }
    }
}
