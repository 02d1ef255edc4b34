import Extract
import Foundation
import GRDB
import Testing
@testable import Store

/// `importSources(_:)`: several documents in one transaction, each all or nothing.
@Suite struct ImportBatchTests {
    /// Documents a, b (which fails: a confidence outside 0…1 on its second quote), c, and a again.
    static func documents() -> [DocumentImport] {
        var bad = TestData.quote("Second words", by: "Bob Jones")
        bad.confidence = 1.5
        let fetch = SourceFetch(requestedURL: "https://c.example/story", finalURL: "https://c.example/story",
                                status: 200, contentType: "text/html", fetchedAt: TestData.moment)
        return [
            DocumentImport(source: TestData.source("a"), article: TestData.article("a"),
                           quotes: [TestData.quote("We will win.", by: "Jane Smith")]),
            DocumentImport(source: TestData.source("b"), article: TestData.article("b"),
                           quotes: [TestData.quote("First words", by: "New Person"), bad]),
            DocumentImport(source: TestData.source("c", url: "https://c.example/story"), article: TestData.article("c"),
                           quotes: [TestData.quote("We will win.", by: "Jane Smith"),
                                    TestData.quote("Not today", by: "Bob Jones")],
                           fetch: fetch),
            DocumentImport(source: TestData.source("a"), article: TestData.article("a"), quotes: []),
        ]
    }

    @Test("a failing document is rolled back alone; the others are stored in order")
    func failureIsRolledBackAlone() throws {
        let store = try ClaimsStore.inMemory()
        let results = store.importSources(Self.documents())
        #expect(results.count == 4)
        #expect(try results[0].get() == .imported(sourceID: 1, newQuotes: 1, quotes: 1))
        #expect(throws: StoreError.invalidConfidence(1.5, quote: "Second words")) { try results[1].get() }
        #expect(try results[2].get() == .imported(sourceID: 2, newQuotes: 1, quotes: 2))
        #expect(try results[3].get() == .duplicate(sourceID: 1))
        // Nothing of b: no source, no speaker, no claim.
        #expect(try store.sources().map(\.title) == ["a", "c"])
        #expect(try !store.speakers().map(\.name).contains("New Person"))
        #expect(try store.quotes(matching: .all).map(\.text) == ["We will win.", "Not today"])
        #expect(try store.fetches(ofSource: 2).map(\.requestedURL) == ["https://c.example/story"])
    }

    @Test("a batch stores what the same documents imported one by one store, with the same ids")
    func sameAsOneByOne() throws {
        let batched = try ClaimsStore.inMemory()
        _ = batched.importSources(Self.documents())
        let single = try ClaimsStore.inMemory()
        for document in Self.documents() {
            _ = try? single.importSource(document.source, article: document.article, quotes: document.quotes)
            if let fetch = document.fetch, let id = try single.sources().last?.id {
                try single.recordFetch(fetch, sourceID: id)
            }
        }
        #expect(try batched.quotes(matching: .all) == single.quotes(matching: .all))
        #expect(try batched.sources() == single.sources())
        #expect(try batched.speakers() == single.speakers())
    }

    @Test("an empty batch is no transaction and no result")
    func emptyBatch() throws {
        #expect(try ClaimsStore.inMemory().importSources([]).isEmpty)
    }
}
