import Foundation
import Testing
@testable import Store

/// `sources remove` and `sources remove --undo` in the store.
@Suite struct SourceRemovalTests {
    @Test func quotesFoundNowhereElseLeaveAndComeBack() throws {
        let store = try TestData.twoArticles()
        let before = try store.quotes(matching: .all)
        let removal = try store.removeSource(id: 2, by: "ana", at: TestData.moment)
        let alone = try #require(before.first { $0.text == "Someone said this" })
        let shared = try #require(before.first { $0.text == "Not today" })
        #expect(removal.quotesRemoved == [alone.id])
        #expect(removal.appearancesRemoved == [shared.id])

        let after = try store.quotes(matching: QuoteFilter(status: "all"))
        #expect(after.map(\.id) == before.map(\.id).filter { $0 != alone.id })
        #expect(after.first { $0.id == shared.id }?.appearances == 1)
        #expect(try store.nextUnreviewed(matching: .all, after: shared.id) == nil)
        var exported: [Int64] = []
        try store.forEachExportRecord(matching: .all) { exported.append($0.quote.id) }
        #expect(!exported.contains(alone.id))

        let removedEntry = try #require(try store.history(quoteID: alone.id).last)
        #expect([removedEntry.field, removedEntry.who, removedEntry.at] == ["removed", "ana", "2024-05-01T12:00:00.000Z"])
        #expect(try store.history(quoteID: shared.id).last?.field == "appearance")
        #expect(try store.sources().map(\.id) == [1])
        let gone = try #require(try store.sources(removed: true).first)
        #expect(gone.id == 2 && gone.removedBy == "ana" && gone.archivePath == "sources/archive/sha-b")

        let back = try store.restoreSource(id: 2, by: "bob")
        #expect(back.quotesRemoved == [alone.id])
        #expect(try store.quotes(matching: QuoteFilter(status: "all")) == before.map { quote in
            var quote = quote
            quote.version = try store.snapshot(ofQuote: quote.id)?.version ?? 0
            return quote
        })
        let trail = try store.history(quoteID: alone.id)
        #expect(trail.map(\.field) == ["removed", "restored"], "append-only: the removal stays")
        #expect(try store.sources(removed: true).isEmpty)
    }

    @Test func removingTheFirstAppearanceMovesTheFirstAndUndoPutsItBack() throws {
        let store = try TestData.twoArticles()
        let shared = try #require(try store.quotes(matching: .all).first { $0.text == "Not today" })
        #expect(shared.sourceID == 1)
        try store.removeSource(id: 1, by: "ana")
        let moved = try #require(try store.quote(id: shared.id))
        #expect(moved.sourceID == 2)
        #expect(moved.appearances == 1)
        try store.restoreSource(id: 1, by: "ana")
        let restored = try #require(try store.quote(id: shared.id))
        #expect(restored.sourceID == 1 && restored.context == shared.context && restored.appearances == 2)
    }

    @Test func bothSourcesRemovedThenOneBack() throws {
        let store = try TestData.twoArticles()
        let shared = try #require(try store.quotes(matching: .all).first { $0.text == "Not today" })
        try store.removeSource(id: 1, by: "ana")
        try store.removeSource(id: 2, by: "ana")
        #expect(try store.quotes(matching: QuoteFilter(status: "all")).isEmpty)
        try store.restoreSource(id: 1, by: "ana")
        let back = try #require(try store.quote(id: shared.id))
        #expect(try store.quotes(matching: .all).contains { $0.id == shared.id })
        #expect(back.sourceID == 1 && back.appearances == 1)
        try store.restoreSource(id: 2, by: "ana")
        #expect(try store.quote(id: shared.id)?.appearances == 2)
        #expect(try store.quotes(matching: .all).count == 4)
    }

    @Test func refusals() throws {
        let store = try TestData.twoArticles()
        #expect(throws: StoreError.noSource(9)) { try store.removeSource(id: 9, by: "ana") }
        #expect(throws: StoreError.sourceNotRemoved(1)) { try store.restoreSource(id: 1, by: "ana") }
        try store.removeSource(id: 1, by: "ana")
        #expect(throws: StoreError.sourceRemoved(1)) { try store.removeSource(id: 1, by: "ana") }
    }

    @Test func undoDoesNotTakeBackARemoval() throws {
        let store = try TestData.twoArticles()
        let alone = try #require(try store.quotes(matching: .all).first { $0.text == "Someone said this" })
        try store.recordVerdict(quoteID: alone.id, change: VerdictChange(status: .verified), reviewer: "ana")
        try store.removeSource(id: 2, by: "ana")
        // The reviewer's last undoable change is still the verdict.
        #expect(try store.undoLastChange(by: "ana") == alone.id)
        #expect(try store.quote(id: alone.id)?.status == .unreviewed)
        #expect(try store.sources(removed: true).map(\.id) == [2])
    }

    @Test func reimportingTheBytesChangesNothing() throws {
        let store = try TestData.twoArticles()
        try store.removeSource(id: 2, by: "ana")
        let outcome = try store.importSource(TestData.source("b", url: "https://b.example/story"),
                                             article: TestData.article("b"),
                                             quotes: [TestData.quote("Someone said this", by: nil)])
        #expect(outcome == .duplicate(sourceID: 2))
        #expect(try store.sources(removed: true).map(\.id) == [2])
    }

    @Test func anotherSourceWithTheWordsBringsTheClaimBack() throws {
        let store = try TestData.twoArticles()
        let alone = try #require(try store.quotes(matching: .all).first { $0.text == "Someone said this" })
        try store.removeSource(id: 2, by: "ana")
        _ = try store.importSource(TestData.source("c"), article: TestData.article("c"),
                                   quotes: [TestData.quote("someone said this!", by: nil)])
        let back = try #require(try store.quotes(matching: .all).first { $0.id == alone.id })
        #expect(back.sourceID == 3 && back.appearances == 1)
        let entry = try #require(try store.history(quoteID: alone.id).last)
        #expect([entry.field, entry.who, entry.note] == ["restored", "quotecheck import", "source import #3"])
        try store.restoreSource(id: 2, by: "ana")
        let restored = try #require(try store.quote(id: alone.id))
        #expect(restored.sourceID == 2 && restored.appearances == 2)
    }
}
