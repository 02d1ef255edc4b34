import Extract
import Foundation
import Testing
@testable import Store

@Suite struct AppearanceTests {
    @Test func aSyndicatedCopyAddsAppearancesNotQuotes() throws {
        let store = try ClaimsStore.inMemory()
        let quotes = [TestData.quote("We will win.", by: "Jane Smith"), TestData.quote("Taxes go down", by: "Jane Smith")]
        _ = try store.importSource(TestData.source("original"), article: TestData.article("original"), quotes: quotes)
        let copy = [TestData.quote("“We will win”", by: "Jane Smith"), TestData.quote("taxes go down.", by: "Jane Smith")]
        let outcome = try store.importSource(TestData.source("copy"), article: TestData.article("copy"), quotes: copy)
        #expect(outcome == .imported(sourceID: 2, newQuotes: 0, quotes: 2))
        let listed = try store.quotes(matching: .all)
        #expect(listed.count == 2)
        #expect(listed.map(\.appearances) == [2, 2])
        #expect(try store.nextUnreviewed(matching: .all, after: listed[1].id) == nil)
    }

    @Test func appearancesComeEarliestPublishedFirst() throws {
        let store = try ClaimsStore.inMemory()
        let quote = [TestData.quote("We will win.", by: "Jane Smith")]
        for (name, published) in [("late", "2024-05-03T09:00:00+02:00"), ("undated", nil),
                                  ("early", "2024-05-01T23:30:00-05:00"), ("day", "2024-05-02")] {
            var article = TestData.article(name)
            article.publishedAt = published
            _ = try store.importSource(TestData.source(name), article: article, quotes: quote)
        }
        let id = try #require(try store.quotes(matching: .all).first?.id)
        // 2024-05-01T23:30-05:00 is 2024-05-02T04:30Z: after the bare day 2024-05-02 (00:00Z).
        #expect(try store.appearances(ofQuote: id).map(\.sourceTitle) == ["day", "early", "late", "undated"])
    }
}
