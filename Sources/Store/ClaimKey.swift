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
        for character in text.precomposedStringWithCompatibilityMapping {
            if quoteMarks.contains(character) { continue }
            if character.isWhitespace {
                pendingSpace = !folded.isEmpty
                continue
            }
            if pendingSpace {
                folded.append(" ")
                pendingSpace = false
            }
            folded.append(dashes.contains(character) ? "-" : character)
        }
        let lowered = folded.lowercased()
        let isTrimmed: (Character) -> Bool = { $0.isPunctuation || $0.isWhitespace }
        guard let first = lowered.firstIndex(where: { !isTrimmed($0) }),
              let last = lowered.lastIndex(where: { !isTrimmed($0) }) else { return "" }
        return String(lowered[first...last])
    }
}
