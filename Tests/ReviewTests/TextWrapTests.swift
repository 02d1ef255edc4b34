import Testing
@testable import Review

@Suite struct TextWrapTests {
    @Test(arguments: [
        ("a", 1), ("é", 1), ("e\u{301}", 1), ("中", 2), ("，", 2), ("ｱ", 1), ("Ａ", 2), ("한", 2),
        ("\u{1112}\u{1161}\u{11AB}", 2), ("👍", 2), ("👍🏽", 2), ("❤️", 2), ("👨‍👩‍👧", 2), ("🇺🇦", 2),
        ("\u{200B}", 0), ("\u{200D}", 0), ("\u{FE0F}", 0), ("—", 1), ("“", 1), ("Ω", 1),
    ] as [(Character, Int)])
    func characterWidths(character: Character, width: Int) {
        #expect(DisplayWidth.of(character) == width, "\(character.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test(arguments: [
        // text, width, lines
        ("the quick brown fox", 10, ["the quick", "brown fox"]),
        ("the quick brown fox", 19, ["the quick brown fox"]),
        ("a verylongword b", 6, ["a very", "longwo", "rd b"]),
        ("ab verylongword", 6, ["ab ver", "ylongw", "ord"]),
        ("中文中文中文", 5, ["中文", "中文", "中文"]),
        ("中文中文中文", 4, ["中文", "中文", "中文"]),
        ("#1  “我们已经达成了共识”", 12, ["#1  “我们已", "经达成了共识", "”"]),
        ("一二 三四五六", 8, ["一二", "三四五六"]),
        ("x 👍👍👍👍", 5, ["x 👍", "👍👍", "👍"]),
        ("line one\nline two", 20, ["line one", "line two"]),
        ("", 10, [""]),
        ("abc", 1, ["a", "b", "c"]),
        ("中", 1, ["中"]),
        ("ok  two", 10, ["ok  two"]),
    ] as [(String, Int, [String])])
    func wrapping(text: String, width: Int, lines: [String]) {
        let wrapped = TextWrap.lines(text, width: width)
        #expect(wrapped == lines)
        // Nothing is dropped: the lines hold every character but the spaces broken at.
        #expect(wrapped.joined().filter { $0 != " " } == text.filter { $0 != " " && $0 != "\n" })
        if width > 1 { #expect(wrapped.allSatisfy { DisplayWidth.of($0) <= width }) }
    }

    @Test("markers take no column and stay with the character after them")
    func markers() {
        let lines = TextWrap.lines("ab[cd]ef", width: 3, zeroWidth: ["[", "]"])
        #expect(lines == ["ab[c", "d]ef"])
    }

    @Test("prefix stops before a wide character that does not fit")
    func prefix() {
        #expect(TextWrap.prefix("a中b", width: 2).text == "a")
        #expect(TextWrap.prefix("a中b", width: 2).columns == 1)
        #expect(TextWrap.prefix("a中b", width: 3).text == "a中")
        #expect(TextWrap.prefix("a中b", width: 3).columns == 3)
    }
}
