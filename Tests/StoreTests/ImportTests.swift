import Extract
import Foundation
import GRDB
import Testing
@testable import Store

@Suite struct ImportTests {
    @Test func importsSourceQuotesAndAppearances() throws {
        let store = try ClaimsStore.inMemory()
        let outcome = try store.importSource(TestData.source("a"), article: TestData.article("a"), quotes: [
            TestData.quote("We will win.", by: "Jane Smith"),
            TestData.quote("Not today", by: "Bob Jones"),
        ])
        let sourceID = try #require(try store.sources().first?.id)
        #expect(outcome == .imported(sourceID: sourceID, newQuotes: 2, quotes: 2))
        let source = try #require(try store.source(id: sourceID))
        #expect(source.sha256 == "sha-a")
        #expect(source.title == "a")
        #expect(source.authors == ["A. Writer"])
        #expect(source.quoteCount == 2)
        #expect(source.importedAt == "2024-05-01T12:00:00.000Z")
        #expect(try store.paragraphs(ofSource: sourceID) == ["First paragraph.", "Second paragraph."])
        #expect(try store.quotes(matching: .all).map(\.text) == ["We will win.", "Not today"])
    }

    @Test func sameBytesTwiceIsADuplicateAndChangesNothing() throws {
        let store = try TestData.twoArticles()
        let before = try store.quotes(matching: .all)
        let outcome = try store.importSource(TestData.source("a"), article: TestData.article("other"),
                                             quotes: [TestData.quote("Brand new words", by: "X")])
        let first = try #require(try store.sources().first)
        #expect(outcome == .duplicate(sourceID: first.id))
        #expect(try store.sources().count == 2)
        #expect(try store.quotes(matching: .all) == before)
    }

    @Test func sameWordsAndSpeakerAreOneClaimWithTwoAppearances() throws {
        let store = try TestData.twoArticles()
        let jones = try store.quotes(matching: QuoteFilter(speaker: "Bob Jones"))
        let claim = try #require(jones.first)
        #expect(jones.count == 1)
        #expect(claim.text == "Not today")  // the first appearance's words
        #expect(claim.appearances == 2)
        let places = try store.appearances(ofQuote: claim.id)
        #expect(places.map(\.position) == [2, 0])
        #expect(places.map(\.sourceTitle) == ["a", "b"])
        #expect(places.last?.sourceURL == "https://b.example/story")
    }

    @Test func secondImportCountsOnlyNewClaims() throws {
        let store = try ClaimsStore.inMemory()
        _ = try store.importSource(TestData.source("a"), article: TestData.article("a"),
                                   quotes: [TestData.quote("Not today", by: "Bob Jones")])
        let outcome = try store.importSource(TestData.source("b"), article: TestData.article("b"), quotes: [
            TestData.quote("\u{201C}Not today!\u{201D}", by: "Bob Jones"),
            TestData.quote("Not today", by: "Jane Smith"),
        ])
        guard case .imported(_, let newQuotes, let quotes) = outcome else {
            Issue.record("expected an import, got \(outcome)")
            return
        }
        #expect(newQuotes == 1)
        #expect(quotes == 2)
    }

    @Test func sameWordsUnderAnotherSpeakerAreAnotherClaim() throws {
        let store = try ClaimsStore.inMemory()
        _ = try store.importSource(TestData.source("a"), article: TestData.article("a"), quotes: [
            TestData.quote("Not today", by: "Bob Jones"),
            TestData.quote("Not today", by: "Jane Smith"),
            TestData.quote("Not today", by: nil),
        ])
        #expect(try store.quotes(matching: .all).count == 3)
    }

    @Test func unattributedQuotesWithTheSameWordsAreOneClaim() throws {
        let store = try ClaimsStore.inMemory()
        _ = try store.importSource(TestData.source("a"), article: TestData.article("a"),
                                   quotes: [TestData.quote("Hello there", by: nil)])
        _ = try store.importSource(TestData.source("b"), article: TestData.article("b"),
                                   quotes: [TestData.quote("hello there.", by: nil)])
        let quotes = try store.quotes(matching: .all)
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker == nil)
        #expect(quotes.first?.speakerID == nil)
        #expect(quotes.first?.appearances == 2)
    }

    @Test func speakersMatchByExactNameAndKeepAliases() throws {
        let store = try TestData.twoArticles()
        // "Smith" is an alias of Jane Smith, not a speaker of its own.
        let smith = try store.quotes(matching: QuoteFilter(speaker: "smith"))
        #expect(smith.map(\.text) == ["We will win.", "Taxes go down"])
        #expect(Set(smith.map(\.speakerID)).count == 1)
    }

    @Test func aFailureMidwayRollsBackTheWholeDocument() throws {
        let store = try ClaimsStore.inMemory()
        try store.writer.write { db in
            try db.execute(sql: """
                CREATE TRIGGER fail_second BEFORE INSERT ON appearance WHEN NEW.position = 1
                BEGIN SELECT RAISE(ABORT, 'boom'); END
                """)
        }
        #expect(throws: DatabaseError.self) {
            try store.importSource(TestData.source("a"), article: TestData.article("a"), quotes: [
                TestData.quote("First words", by: "Jane Smith"),
                TestData.quote("Second words", by: "Bob Jones"),
            ])
        }
        #expect(try store.sources().isEmpty)
        #expect(try store.quotes(matching: .all).isEmpty)
        let speakers = try store.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM speaker") }
        #expect(speakers == 0)
    }

    @Test func fileStorePersistsAndUsesWAL() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("quotecheck-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("claims.sqlite").path
        do {
            let store = try ClaimsStore(path: path)
            _ = try store.importSource(TestData.source("a"), article: TestData.article("a"),
                                       quotes: [TestData.quote("Persisted", by: "Jane Smith")])
        }
        let reopened = try ClaimsStore(path: path)
        #expect(try reopened.quotes(matching: .all).map(\.text) == ["Persisted"])
        let mode = try reopened.writer.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        try FileManager.default.removeItem(at: directory)
    }
}
