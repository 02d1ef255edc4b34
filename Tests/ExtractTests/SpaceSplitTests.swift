import Testing
@testable import Extract

/// The split at spaces on the bytes gives what the standard library's split
/// by characters gives, on text made of words, spaces and the scalars that
/// join a space to a character (combining marks, joiners, prepended scalars).
@Suite("Space split against the standard library's split")
struct SpaceSplitTests {
    /// Pieces of text: ASCII words, accented Latin, punctuation, and the
    /// scalars a space can form one character with.
    static let pieces = [
        "said", "Mr.", "O’Neill", "“We", "will”", "—", "–", "…", "café", "é", "5,000", "a", "I", "",
        "\u{301}", "e\u{301}", "\u{200D}", "\u{200C}", "\u{FE0F}", "👍", "👍🏽", "\u{600}", "\u{0903}", "٣",
        "\u{A0}", "\u{AD}", "\u{200B}", "\r\n", "\n", "\t", "中文", "🇬🇧",
    ]

    /// `count` texts of pieces joined by spaces or nothing, the same every run.
    static func texts(_ count: Int) -> [String] {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        let separators = [" ", " ", " ", "  ", "", " \u{301}", "\u{600} "]
        return (0..<count).map { _ in
            var text = next(4) == 0 ? " " : ""
            for _ in 0..<(1 + next(10)) {
                text += pieces[next(pieces.count)] + separators[next(separators.count)]
            }
            return text
        }
    }

    static let cases = texts(4000) + ["", " ", "  ", "a", " a ", "a  b", "“Yes,” she said.", "e \u{301}x", "\u{600} x"]

    @Test("the words are the standard library's, in order")
    func words() {
        for text in Self.cases {
            #expect(SpaceSplit.words(text) == text.split(separator: " "), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test("the count is the standard library's")
    func count() {
        for text in Self.cases {
            #expect(SpaceSplit.count(text) == text.split(separator: " ").count)
            #expect(SpaceSplit.count(text.dropFirst()) == text.dropFirst().split(separator: " ").count)
        }
    }

    @Test("a space beside a combining mark or a prepended scalar is left to the standard library",
          arguments: ["e \u{301}x y", "\u{600} x y", "a \u{200D}b c"])
    func joinedSpace(text: String) {
        // The standard library keeps the space inside the character it joins: fewer words than spaces say.
        #expect(SpaceSplit.count(text) == 2)
        #expect(SpaceSplit.words(text).count == 2)
    }
}
