import Testing
@testable import Store

/// The JSON string escaper, eight bytes at a time, against a plain one scalar
/// at a time, on strings that put every escaped character at every offset of
/// an eight-byte block, among ASCII, accents, emoji and lookalikes of U+2028.
@Suite struct JSONEscapeTests {
    /// The escaper as RFC 8259 and the records ask, written the slow way.
    static func reference(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            case "\u{00}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static let pieces: [String] = ["\"", "\\", "\n", "\r", "\t", "\u{08}", "\u{0C}", "\u{01}", "\u{1F}", "\u{7F}",
                                   "\u{2028}", "\u{2029}", "\u{2027}", "\u{202A}", "\u{20AC}", "\u{E9}", "\u{1F9EA}", " ", "/"]

    @Test("every escaped character at every offset of a block, and long runs with nothing to escape")
    func matchesTheReference() {
        for piece in Self.pieces {
            for offset in 0..<17 {
                for tail in [0, 1, 7, 8, 9, 20] {
                    let text = String(repeating: "a", count: offset) + piece + String(repeating: "b", count: tail)
                    var out: [UInt8] = []
                    JSONText.append(text, to: &out)
                    #expect(String(decoding: out, as: UTF8.self) == Self.reference(text), "\(Array(text.utf8))")
                }
            }
        }
        var generator = SplitMix(state: 17)
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0..<40, using: &generator)).map { _ in
                Bool.random(using: &generator) ? "x" : Self.pieces.randomElement(using: &generator)!
            }.joined()
            #expect(JSONText.string(text) == Self.reference(text), "\(Array(text.utf8))")
        }
    }
}

/// SplitMix64, so that the random strings are the same on every run.
private struct SplitMix: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
