import Extract
import Foundation
import Store
import Testing

/// The store gives a quote's paragraph and the one before it from its source's main text.
@Suite struct QuoteSurroundingsTests {
    @Test func theParagraphBeforeTheQuotesComesFromTheMainText() throws {
        let store = try ClaimsStore.inMemory()
        let paragraphs = ["Jane Smith, the minister, spoke on Monday.", "“We will build it,” she said.",
                          "“It will be done by May.”"]
        let first = Quote(text: "We will build it", kind: .direct, speaker: "Jane Smith", paragraph: 1, start: 1,
                          end: 17, context: paragraphs[1])
        let second = Quote(text: "It will be done by May.", kind: .direct, speaker: "Jane Smith", paragraph: 2,
                           start: 1, end: 24, context: paragraphs[2])
        let opening = Quote(text: "spoke", kind: .indirect, speaker: "Jane Smith", paragraph: 0, start: 0, end: 5,
                            context: paragraphs[0])
        _ = try store.importSource(NewSource(sha256: "s1", byteCount: 1, archivePath: "/tmp/archive/s1.html"),
                                   article: Article(title: "T", paragraphs: paragraphs),
                                   quotes: [opening, first, second])
        let quotes = try store.quotes(matching: .all)
        let byText = Dictionary(uniqueKeysWithValues: quotes.map { ($0.text, $0) })
        let quoteOnly = try store.surroundings(of: try #require(byText["It will be done by May."]))
        #expect(quoteOnly.before == "“We will build it,” she said.")
        #expect(quoteOnly.paragraph == paragraphs[2])
        #expect(quoteOnly.archivePath == "/tmp/archive/s1.html")
        let top = try store.surroundings(of: try #require(byText["spoke"]))
        #expect(top.before == nil)
        #expect(top.paragraph == paragraphs[0])
    }
}
