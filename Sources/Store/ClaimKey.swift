import Foundation

/// The identity of a claim's words: the text with quotation marks, case, white
/// space and end punctuation normalised away.
public enum ClaimKey {
    /// Returns the claim key of `text`.
    ///
    /// NFKC, quotation marks removed, dashes to `-`, white space folded to
    /// single spaces, lowercased, punctuation and white space stripped at both
    /// ends: `“We will win.”` and `we will  WIN` share a key.
    public static func make(_ text: String) -> String {
        simpleKey(text) ?? generalKey(text)
    }

    /// The key of text made only of ASCII, the quotation marks U+2018–U+201F
    /// and the dashes U+2010 and U+2012–U+2015 (most quotes), made on the bytes:
    /// each of those scalars is a character of its own that NFKC leaves alone,
    /// so no `Character` needs to be formed. Nil for any other text.
    static func simpleKey(_ text: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            // The simple scalars; the general way takes any other (U+2011, which NFKC rewrites, among them).
            switch scalar.value {
            case 0x00 ..< 0x80, 0x2010, 0x2012 ... 0x2015, 0x2018 ... 0x201F: break
            default: return nil
            }
            if isQuoteMark(scalar) { continue }
            if (0x09 ... 0x0D).contains(scalar.value) || scalar == " " {
                pendingSpace = !out.isEmpty
                continue
            }
            var byte = isDash(scalar) ? UInt8(ascii: "-") : UInt8(scalar.value)
            if byte >= 0x41, byte <= 0x5A { byte += 0x20 }
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            out.append(byte)
        }
        // Punctuation (Unicode's P categories, in ASCII) and spaces go from both ends.
        func isTrimmed(_ byte: UInt8) -> Bool {
            switch byte {
            case 0x20, 0x21 ... 0x23, 0x25 ... 0x2A, 0x2C ... 0x2F, 0x3A, 0x3B, 0x3F, 0x40, 0x5B ... 0x5D, 0x5F, 0x7B, 0x7D: return true
            default: return false
            }
        }
        guard let first = out.firstIndex(where: { !isTrimmed($0) }), let last = out.lastIndex(where: { !isTrimmed($0) }) else {
            return ""
        }
        return String(decoding: out[first ... last], as: UTF8.self)
    }

    /// The key of any text, character by character (see ``make(_:)``).
    static func generalKey(_ text: String) -> String {
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

    /// Whether `character` is a quotation mark: straight, curly, low, reversed,
    /// guillemets, primes, CJK corner brackets. Told by scalar value, not by
    /// hashing `Character`s: every mark is one scalar, so only a one-scalar
    /// character can be one (U+1FEF, Greek varia, is canonically the grave
    /// accent U+0060 and so counts as it).
    static func isQuoteMark(_ character: Character) -> Bool {
        soleScalar(of: character).map(isQuoteMark) ?? false
    }

    /// Whether a scalar is one of the quotation marks of ``isQuoteMark(_:)``.
    static func isQuoteMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x22, 0x27, 0x60, 0x1FEF, 0x2018 ... 0x201F, 0xAB, 0xBB, 0x2039, 0x203A, 0x2032, 0x2033, 0x300C ... 0x300F: return true
        default: return false
        }
    }

    /// The scalar of a character made of exactly one.
    private static func soleScalar(of character: Character) -> Unicode.Scalar? {
        let scalars = character.unicodeScalars
        guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return nil }
        return first
    }

    /// Whether `character` is a dash (hyphens, figure and en/em dashes, minus
    /// signs, small and full-width hyphen-minus), told as ``isQuoteMark(_:)`` is.
    static func isDash(_ character: Character) -> Bool {
        soleScalar(of: character).map(isDash) ?? false
    }

    /// Whether a scalar is one of the dashes of ``isDash(_:)``.
    static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2010 ... 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: return true
        default: return false
        }
    }
}
