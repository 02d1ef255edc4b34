import Foundation

/// The identity of a claim's words: the text with quotation marks, case, white
/// space and end punctuation normalised away.
public enum ClaimKey {
    /// Every character treated as a quotation mark (straight, curly, guillemets, primes).
    static let quoteMarks: Set<Character> = [
        "\"", "'", "`", "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}",
        "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{00AB}", "\u{00BB}",
        "\u{2039}", "\u{203A}", "\u{2032}", "\u{2033}", "\u{300C}", "\u{300D}",
        "\u{300E}", "\u{300F}",
    ]

    /// Every character treated as a dash.
    static let dashes: Set<Character> = [
        "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}",
        "\u{2212}", "\u{FE58}", "\u{FE63}", "\u{FF0D}",
    ]

    /// Returns the claim key of `text`.
    ///
    /// NFKC, quotation marks removed, dashes to `-`, white space folded to
    /// single spaces, lowercased, punctuation and white space stripped at both
    /// ends: `“We will win.”` and `we will  WIN` share a key.
    public static func make(_ text: String) -> String {
        var folded = ""
        var pendingSpace = false
        // NFKC leaves text made only of stable scalars as it is; Foundation's mapping is costly.
        let normalised = text.unicodeScalars.allSatisfy(isStableUnderNFKC) ? text : text.precomposedStringWithCompatibilityMapping
        for character in normalised {
            if isQuoteMark(character) { continue }
            if character.isWhitespace {
                pendingSpace = !folded.isEmpty
                continue
            }
            if pendingSpace {
                folded.append(" ")
                pendingSpace = false
            }
            folded.append(isDash(character) ? "-" : character)
        }
        let lowered = folded.lowercased()
        let isTrimmed: (Character) -> Bool = { $0.isPunctuation || $0.isWhitespace }
        guard let first = lowered.firstIndex(where: { !isTrimmed($0) }),
              let last = lowered.lastIndex(where: { !isTrimmed($0) }) else { return "" }
        return String(lowered[first...last])
    }

    /// Scalars that NFKC maps to themselves and that never compose with a
    /// neighbour of this set: ASCII, U+00C0–U+00FF (Latin-1 letters, `×`,
    /// `÷`), and the dashes and quotation marks U+2010, U+2012–U+2016 and
    /// U+2018–U+2023. (Not U+00A0, U+2011, U+2017 or U+2024–U+2026, which NFKC rewrites.)
    static func isStableUnderNFKC(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00 ..< 0x80, 0xC0 ... 0xFF, 0x2010, 0x2012 ... 0x2016, 0x2018 ... 0x2023: return true
        default: return false
        }
    }

    /// ``quoteMarks``' test without hashing: every mark is one scalar with no
    /// decomposition, so only a one-scalar character can equal one (U+1FEF,
    /// Greek varia, is canonically the grave accent U+0060 and equals it).
    static func isQuoteMark(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return false }
        switch first.value {
        case 0x22, 0x27, 0x60, 0x1FEF, 0x2018 ... 0x201F, 0xAB, 0xBB, 0x2039, 0x203A, 0x2032, 0x2033, 0x300C ... 0x300F: return true
        default: return false
        }
    }

    /// ``dashes``' test without hashing (see ``isQuoteMark(_:)``).
    static func isDash(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return false }
        switch first.value {
        case 0x2010 ... 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: return true
        default: return false
        }
    }
}
