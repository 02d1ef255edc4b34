import Foundation
import Store
import Testing

/// Sources, their paragraphs and site names, and removing and restoring a source
/// (`sources remove [--undo]`), behave alike on every backend, trail entries included.
@Suite("Store conformance: sources, site names, source removal and restore")
struct SourceConformanceTests {
    @Test("sources are listed in import order with their counts, read by id, with their paragraphs and site names",
          arguments: Backend.available)
    func sourcesAndSites(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = harness.store
            try await ConformanceData.importTwoArticles(into: store)
            _ = try await store.importSource(ConformanceData.source("c"),
                                             article: ConformanceData.article("c", site: "example News"), quotes: [])
            let sources = try await store.sources(removed: false)
            #expect(sources.map(\.id) == [1, 2, 3])
            #expect(sources.map(\.quoteCount) == [3, 4, 0])
            let b = try #require(try await store.source(id: 2))
            #expect(b == sources[1])
            #expect(b.sha256 == "sha-b" && b.url == "https://b.example/story" && b.file == nil)
            #expect(b.canonicalURL == "https://example.com/b" && b.title == "b" && b.site == "Süddeutsche Zeitung")
            #expect(b.authors == ["A. Writer"] && b.agency == nil && b.language == "en")
            #expect(b.publishedAt == "2024-05-01T09:00:00+02:00" && b.kind == .article && !b.isPrimary)
            #expect(b.byteCount == 100 && b.archivePath == "sources/archive/sha-b")
            #expect(b.importedAt == "2024-05-01T12:00:00.000Z" && b.removedAt == nil && b.removedBy == nil)
            #expect(sources[0].file == "sources/a.html" && sources[0].url == nil)
            #expect(try await store.source(id: 9) == nil)
            #expect(try await store.sources(removed: true).isEmpty)
            #expect(try await store.paragraphs(ofSource: 1) == ["First paragraph.", "Second paragraph."])
            await #expect(throws: StoreError.noSource(9)) { try await store.paragraphs(ofSource: 9) }
            #expect(try await store.siteNames(matching: "süddeutsche ZEITUNG") == ["Süddeutsche Zeitung"])
            // Byte order, as SQLite's BINARY: upper case first, whatever the server's locale.
            #expect(try await store.siteNames(matching: "EXAMPLE NEWS") == ["Example News", "example News"])
            #expect(try await store.siteNames(matching: "Nowhere").isEmpty)
        }
    }

    @Test("removing a source takes out the claims found nowhere else and the appearance of the others, and restore brings them back, with the same trail",
          arguments: Backend.available)
    func removeAndRestore(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = harness.store
            try await ConformanceData.importTwoArticles(into: store)
            let before = try await store.quotes(matching: .all)
            let removal = try await store.removeSource(id: 2, by: "ana", at: ConformanceData.later(1))
            #expect(removal == SourceRemoval(sourceID: 2, quotesRemoved: [4, 5, 6], appearancesRemoved: [3]))

            let after = try await store.quotes(matching: QuoteFilter(status: "all"))
            #expect(after.map(\.id) == [1, 2, 3])
            #expect(after.first { $0.id == 3 }?.appearances == 1)
            #expect(try await store.quoteIDs(matching: .all) == [1, 2, 3])
            #expect(try await store.nextUnreviewed(matching: .all, after: 3) == nil)

            let removedEntry = try #require(try await store.history(quoteID: 5).last)
            #expect(removedEntry.field == "removed" && removedEntry.who == "ana")
            #expect(removedEntry.at == "2024-05-01T12:01:00.000Z")
            #expect(removedEntry.oldValue == nil && removedEntry.newValue == "source #2")
            #expect(removedEntry.note == "source remove #2")
            let lostEntry = try #require(try await store.history(quoteID: 3).last)
            #expect(lostEntry.field == "appearance" && lostEntry.oldValue == "source #2" && lostEntry.newValue == nil)
            #expect(lostEntry.note == "source remove #2" && lostEntry.changeID == removedEntry.changeID)

            #expect(try await store.sources(removed: false).map(\.id) == [1])
            let gone = try #require(try await store.sources(removed: true).first)
            #expect(gone.id == 2 && gone.removedBy == "ana" && gone.removedAt == "2024-05-01T12:01:00.000Z")
            #expect(gone.quoteCount == 4, "the number it had when it was removed")
            #expect(try await store.source(id: 2) == gone)

            let taken = QuoteRemoval(quoteID: 5, sourceID: 2, removedBy: "ana", removedAt: "2024-05-01T12:01:00.000Z")
            #expect(try await store.removal(ofQuote: 5) == taken)
            #expect(try await store.removal(ofQuote: 3) == nil)
            await #expect(throws: StoreError.noQuote(99)) { try await store.removal(ofQuote: 99) }
            await #expect(throws: StoreError.removedQuotes([taken])) {
                try await store.recordVerdict(quoteID: 5, change: VerdictChange(status: .verified), reviewer: "bob",
                                              at: ConformanceData.later(2), expecting: nil)
            }
            #expect(try await store.integrityCheck() == "ok")

            let back = try await store.restoreSource(id: 2, by: "bob", at: ConformanceData.later(3))
            #expect(back == SourceRemoval(sourceID: 2, quotesRemoved: [4, 5, 6], appearancesRemoved: [3]))
            let restored = try await store.quotes(matching: QuoteFilter(status: "all"))
            #expect(restored.map(\.id) == before.map(\.id))
            #expect(restored.map(\.sourceID) == before.map(\.sourceID))
            #expect(restored.map(\.appearances) == before.map(\.appearances))
            #expect(restored.map(\.context) == before.map(\.context))
            let trail = try await store.history(quoteID: 5)
            #expect(trail.map(\.field) == ["removed", "restored"], "append-only: the removal stays")
            #expect(trail.last?.who == "bob" && trail.last?.newValue == "source #2")
            #expect(trail.last?.note == "source restore #2")
            let regained = try #require(try await store.history(quoteID: 3).last)
            #expect(regained.field == "appearance" && regained.oldValue == nil && regained.newValue == "source #2")
            #expect(try await store.sources(removed: true).isEmpty)
            #expect(try await store.removal(ofQuote: 5) == nil)
            #expect(try await store.integrityCheck() == "ok")
        }
    }

    @Test("removing a claim's first appearance makes the next one first, and restoring puts it back",
          arguments: Backend.available)
    func firstAppearanceMoves(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = harness.store
            try await ConformanceData.importTwoArticles(into: store)
            let shared = try #require(try await store.quote(id: 3))
            #expect(shared.sourceID == 1 && shared.appearances == 2)
            let removal = try await store.removeSource(id: 1, by: "ana", at: ConformanceData.later(1))
            #expect(removal == SourceRemoval(sourceID: 1, quotesRemoved: [1, 2], appearancesRemoved: [3]))
            let moved = try #require(try await store.quote(id: 3))
            #expect(moved.sourceID == 2 && moved.appearances == 1 && moved.paragraph == 1)
            #expect(try await store.quoteIDs(matching: .all) == [3, 4, 5, 6])
            try await store.restoreSource(id: 1, by: "ana", at: ConformanceData.later(2))
            let back = try #require(try await store.quote(id: 3))
            #expect(back.sourceID == 1 && back.context == shared.context && back.appearances == 2)
            #expect(try await store.integrityCheck() == "ok")
        }
    }

    @Test("with both sources removed a shared claim is out; restoring one brings it back with that appearance alone",
          arguments: Backend.available)
    func bothRemovedThenOneBack(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = harness.store
            try await ConformanceData.importTwoArticles(into: store)
            try await store.removeSource(id: 1, by: "ana", at: ConformanceData.later(1))
            let second = try await store.removeSource(id: 2, by: "ana", at: ConformanceData.later(2))
            #expect(second == SourceRemoval(sourceID: 2, quotesRemoved: [3, 4, 5, 6], appearancesRemoved: []))
            #expect(try await store.quotes(matching: QuoteFilter(status: "all")).isEmpty)
            let first = try await store.restoreSource(id: 1, by: "ana", at: ConformanceData.later(3))
            #expect(first == SourceRemoval(sourceID: 1, quotesRemoved: [1, 2, 3], appearancesRemoved: []))
            let back = try #require(try await store.quote(id: 3))
            #expect(back.sourceID == 1 && back.appearances == 1)
            #expect(try await store.history(quoteID: 3).map(\.field) == ["appearance", "removed", "restored"])
            #expect(try await store.integrityCheck() == "ok")
            try await store.restoreSource(id: 2, by: "ana", at: ConformanceData.later(4))
            #expect(try await store.quote(id: 3)?.appearances == 2)
            #expect(try await store.quoteIDs(matching: .all) == [1, 2, 3, 4, 5, 6])
            #expect(try await store.integrityCheck() == "ok")
        }
    }

    @Test("refusals: unknown source, a source removed twice, restoring one in use", arguments: Backend.available)
    func refusals(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = harness.store
            try await ConformanceData.importTwoArticles(into: store)
            let at = ConformanceData.later(1)
            await #expect(throws: StoreError.noSource(9)) { try await store.removeSource(id: 9, by: "ana", at: at) }
            await #expect(throws: StoreError.noSource(9)) { try await store.restoreSource(id: 9, by: "ana", at: at) }
            await #expect(throws: StoreError.sourceNotRemoved(1)) {
                try await store.restoreSource(id: 1, by: "ana", at: at)
            }
            try await store.removeSource(id: 1, by: "ana", at: at)
            await #expect(throws: StoreError.sourceRemoved(1)) { try await store.removeSource(id: 1, by: "bob", at: at) }
            #expect(try await store.sources(removed: true).map(\.removedBy) == ["ana"])
        }
    }

    @Test("four checkers removing the same source at once: one removes it, the others are refused, one trail entry",
          arguments: Backend.available)
    func concurrentRemovals(backend: Backend) async throws {
        try await withStore(backend) { harness in
            try await ConformanceData.importTwoArticles(into: harness.store)
            let outcomes = try await withThrowingTaskGroup(of: Bool.self) { group in
                for checker in 0..<4 {
                    let store = try await harness.reopen()
                    group.addTask {
                        do {
                            try await store.removeSource(id: 2, by: "checker-\(checker)", at: ConformanceData.later(1))
                            await (store as? any ClosableStore)?.closeStore()
                            return true
                        } catch StoreError.sourceRemoved(2) {
                            await (store as? any ClosableStore)?.closeStore()
                            return false
                        }
                    }
                }
                var all: [Bool] = []
                for try await removed in group { all.append(removed) }
                return all
            }
            #expect(outcomes.filter { $0 }.count == 1)
            #expect(try await harness.store.history(quoteID: 5).map(\.field) == ["removed"])
            #expect(try await harness.store.history(quoteID: 3).map(\.field) == ["appearance"])
            #expect(try await harness.store.integrityCheck() == "ok")
        }
    }

    @Test("undo does not take back a removal; the same bytes again are a duplicate of the removed source",
          arguments: Backend.available)
    func undoAndReimport(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = harness.store
            try await ConformanceData.importTwoArticles(into: store)
            try await store.recordVerdict(quoteID: 5, change: VerdictChange(status: .verified), reviewer: "ana",
                                          at: ConformanceData.later(1), expecting: nil)
            try await store.removeSource(id: 2, by: "ana", at: ConformanceData.later(2))
            #expect(try await store.undoLastChange(by: "ana", at: ConformanceData.later(3)) == 5)
            #expect(try await store.quote(id: 5)?.status == .unreviewed)
            #expect(try await store.sources(removed: true).map(\.id) == [2])
            let outcome = try await store.importSource(ConformanceData.source("b", url: "https://b.example/story"),
                                                       article: ConformanceData.article("b"),
                                                       quotes: [ConformanceData.quote("Someone said this", by: nil)])
            #expect(outcome == .duplicate(sourceID: 2))
            #expect(try await store.sources(removed: true).map(\.id) == [2])
        }
    }

    @Test("a new source with a removed claim's words brings it back, noted by the import; restoring adds the old appearance",
          arguments: Backend.available)
    func importBringsBack(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = harness.store
            try await ConformanceData.importTwoArticles(into: store)
            try await store.removeSource(id: 2, by: "ana", at: ConformanceData.later(1))
            _ = try await store.importSource(ConformanceData.source("c"), article: ConformanceData.article("c"),
                                             quotes: [ConformanceData.quote("someone said this!", by: nil)])
            let back = try #require(try await store.quotes(matching: .all).first { $0.id == 5 })
            #expect(back.sourceID == 3 && back.appearances == 1)
            let entry = try #require(try await store.history(quoteID: 5).last)
            #expect(entry.field == "restored" && entry.who == "quotecheck import" && entry.note == "source import #3")
            #expect(entry.newValue == "source #3" && entry.at == "2024-05-01T12:00:00.000Z")
            #expect(try await store.integrityCheck() == "ok")
            let restore = try await store.restoreSource(id: 2, by: "ana", at: ConformanceData.later(2))
            #expect(restore == SourceRemoval(sourceID: 2, quotesRemoved: [4, 6], appearancesRemoved: [3, 5]))
            let restored = try #require(try await store.quote(id: 5))
            #expect(restored.sourceID == 2 && restored.appearances == 2)
            #expect(try await store.integrityCheck() == "ok")
        }
    }
}
