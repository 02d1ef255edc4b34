@testable import Corroborate
import Testing

@Suite("Words are normalised alike on both sides")
struct WordNormaliserTests {
    @Test("case, curly quotes, dashes and contractions")
    func normalises() {
        let words = WordNormaliser.words(in: "“We Don’t—won't rush,” the U.S. said. Well-known.")
        #expect(words.map(\.form) == ["we", "do", "not", "will", "not", "rush", "the", "us", "said", "well", "known"])
        #expect(words[2].breakAfter == .clause)
        #expect(words[5].breakAfter == .clause)
        #expect(words[8].breakAfter == .sentence)
    }

    @Test("offsets point at the words as written")
    func offsets() {
        let text = "Taxes — not today."
        let words = WordNormaliser.words(in: text)
        let scalars = Array(text.unicodeScalars)
        #expect(words.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) } == ["Taxes", "not", "today"])
    }

    @Test("straight and curly apostrophes give the same words")
    func apostrophes() {
        #expect(WordNormaliser.words(in: "it's the government's plan").map(\.form)
                == WordNormaliser.words(in: "it’s the government’s plan").map(\.form))
        #expect(WordNormaliser.words(in: "it's").map(\.form) == ["it", "is"])
    }
}
