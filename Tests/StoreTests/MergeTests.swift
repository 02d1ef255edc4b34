import Foundation
import Testing
@testable import Store

@Suite struct MergeTests {
    /// The export lines of every quote of `store`.
    static func export(_ store: ClaimsStore, _ filter: QuoteFilter = .all) throws -> [String] {
        var lines: [String] = []
        try store.forEachExportRecord(matching: filter) { lines.append($0.jsonLine()) }
        return lines
    }

    /// Merges `lines` into `store` as `merger`, at a fixed moment.
    @discardableResult
    static func merge(_ lines: [String], into store: ClaimsStore) throws -> MergeReport {
        try store.mergeExport(mergedBy: "merger", at: TestData.moment.addingTimeInterval(3600)) { body in
            for line in lines { try body(try ExportRecord(jsonLine: Array(line.utf8))) }
        }
    }

    /// Two articles with verdicts, evidence and an undo.
    static func reviewed() throws -> ClaimsStore {
        let store = try TestData.twoArticles()
        let ids = try store.quotes(matching: .all).map(\.id)
        try store.recordVerdict(quoteID: ids[0], change: VerdictChange(status: .verified, rating: .true,
                                evidence: "https://e.example/1"), reviewer: "ann", at: TestData.moment)
        try store.recordVerdict(quoteID: ids[2], change: VerdictChange(status: .misquoted, note: "n"),
                                reviewer: "bob", at: TestData.moment.addingTimeInterval(60))
        try store.recordVerdict(quoteID: ids[1], change: VerdictChange(status: .verified),
                                reviewer: "bob", at: TestData.moment.addingTimeInterval(120))
        try store.undoLastChange(by: "bob", at: TestData.moment.addingTimeInterval(180))
        return store
    }

    @Test func intoAnEmptyStoreEverythingComesBackAsItWas() throws {
        let original = try Self.reviewed()
        let lines = try Self.export(original)
        let restored = try ClaimsStore.inMemory()
        let report = try Self.merge(lines, into: restored)
        #expect(report.records == 4)
        #expect(report.sourcesAdded == 2)
        #expect(report.quotesAdded == 4)
        #expect(report.quotesMerged == 0)
        #expect(report.appearancesAdded == 5)
        #expect(report.verdicts == 2)
        #expect(report.auditEntries == 7)
        #expect(try Self.export(restored) == lines)
        #expect(try restored.quotes(matching: .all) == original.quotes(matching: .all))
        #expect(try restored.sources() == original.sources())
        for quote in try original.quotes(matching: .all) {
            #expect(try restored.history(quoteID: quote.id) == original.history(quoteID: quote.id))
            #expect(try restored.appearances(ofQuote: quote.id) == original.appearances(ofQuote: quote.id))
        }
        #expect(try restored.paragraphs(ofSource: 1) == ["First paragraph.", "Second paragraph."])
        // Undo reaches the same change in both.
        #expect(try restored.undoLastChange(by: "bob") == original.undoLastChange(by: "bob"))
    }

    @Test func mergingTheSameExportTwiceAddsNothing() throws {
        let lines = try Self.export(Self.reviewed())
        let store = try ClaimsStore.inMemory()
        try Self.merge(lines, into: store)
        let before = try Self.export(store)
        let again = try Self.merge(lines, into: store)
        #expect(again.sourcesKnown == 2)
        #expect(again.sourcesAdded == 0)
        #expect(again.quotesMerged == 4)
        #expect(again.quotesAdded == 0)
        #expect(again.appearancesAdded == 0)
        #expect(again.verdicts == 0)
        #expect(again.auditEntries == 0)
        #expect(try Self.export(store) == before)
    }

    @Test func sourcesBySHASpeakersByNameClaimsByWordsWithNewIDs() throws {
        // The other workbench imported only article "b" first, then a third article.
        let other = try ClaimsStore.inMemory()
        _ = try other.importSource(TestData.source("c"), article: TestData.article("c"), quotes: [
            TestData.quote("Something else", by: "Bob Jones"),
        ])
        _ = try other.importSource(TestData.source("b", url: "https://b.example/story"), article: TestData.article("b"),
                                   quotes: [TestData.quote("not today!", by: "Bob Jones", saidOn: "2024-03-01")])
        let report = try Self.merge(try Self.export(Self.reviewed()), into: other)
        #expect(report.sourcesKnown == 1)
        #expect(report.sourcesAdded == 1)
        #expect(report.quotesMerged == 1)  // Bob Jones: "Not today" is "not today!"
        #expect(report.quotesAdded == 3)
        let sources = try other.sources()
        #expect(sources.map(\.sha256) == ["sha-c", "sha-b", "sha-a"])
        let quotes = try other.quotes(matching: .all)
        #expect(quotes.map(\.text) == ["Something else", "not today!", "Someone said this", "We will win.", "Taxes go down"])
        let jones = try #require(quotes.first { $0.speaker == "Bob Jones" && $0.text.lowercased().hasPrefix("not today") })
        #expect(jones.status == .misquoted)
        #expect(jones.note == "n")
        #expect(jones.appearances == 2)
        #expect(try other.history(quoteID: jones.id).map(\.who) == ["bob", "bob"])
        let smith = try #require(quotes.first { $0.text == "We will win." })
        #expect(smith.speakerID != nil)
        #expect(try other.quotes(matching: QuoteFilter(speaker: "Smith")).count == 2)  // the alias came along
    }

    @Test func theLaterVerdictWinsEvidenceIsUnitedAndTheMergeIsAudited() throws {
        let theirs = try TestData.twoArticles()
        let mine = try TestData.twoArticles()
        let theirID = try #require(try theirs.quotes(matching: .all).first?.id)
        let myID = try #require(try mine.quotes(matching: .all).first?.id)
        try mine.recordVerdict(quoteID: myID, change: VerdictChange(status: .misquoted, evidence: "https://mine.example"),
                               reviewer: "me", at: TestData.moment)
        try theirs.recordVerdict(quoteID: theirID, change: VerdictChange(status: .verified, note: "tape",
                                 evidence: "https://theirs.example"), reviewer: "them",
                                 at: TestData.moment.addingTimeInterval(60))
        let report = try Self.merge(try Self.export(theirs), into: mine)
        #expect(report.quotesMerged == 4)
        #expect(report.verdicts == 1)
        let merged = try #require(try mine.quote(id: myID))
        #expect(merged.status == .verified)
        #expect(merged.note == "tape")
        #expect(merged.evidence == ["https://mine.example", "https://theirs.example"])
        #expect(merged.reviewedBy == "them")
        let history = try mine.history(quoteID: myID)
        #expect(history.map(\.who) == ["me", "me", "them", "them", "them", "merger", "merger", "merger"])
        #expect(history.suffix(3).allSatisfy { $0.note == "merge" })
        #expect(Set(history.suffix(3).map(\.changeID)).count == 1)
        // An older verdict does not override a newer one, but its evidence is kept.
        try theirs.recordVerdict(quoteID: theirID, change: VerdictChange(evidence: "https://old.example"),
                                 reviewer: "them", at: TestData.moment.addingTimeInterval(-60))
        try Self.merge(try Self.export(theirs), into: mine)
        let again = try #require(try mine.quote(id: myID))
        #expect(again.status == .verified)
        #expect(again.evidence.last == "https://old.example")
    }

    @Test func aPlainQuoteRecordIsRefusedWithTheFieldNamed() throws {
        let plain = try #require(try TestData.twoArticles().quotes(matching: .all).first).jsonLine()
        #expect(throws: ExportRecordError.malformed("missing field 'source_sha256'")) {
            try ExportRecord(jsonLine: Array(plain.utf8))
        }
        #expect(throws: ExportRecordError.malformed("not JSON")) {
            try ExportRecord(jsonLine: Array("<html>".utf8))
        }
        let store = try ClaimsStore.inMemory()
        #expect(throws: ExportRecordError.self) { try Self.merge(["{\"id\":1}"], into: store) }
        #expect(try store.sources().isEmpty)  // nothing half-merged
    }
}
