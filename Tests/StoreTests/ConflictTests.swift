import Foundation
import Testing
@testable import Store

@Suite struct ConflictTests {
    @Test func aVerdictOnTheVersionShownIsRecorded() throws {
        let store = try TestData.twoArticles()
        let id = try #require(try store.quotes(matching: .all).first?.id)
        let shown = try #require(try store.snapshot(ofQuote: id))
        #expect(shown.version == 0)
        let updated = try store.recordVerdict(quoteID: id, change: VerdictChange(status: .verified), reviewer: "ann",
                                              expecting: shown.version)
        #expect(updated.status == .verified)
        let after = try #require(try store.snapshot(ofQuote: id))
        #expect(after.version == (try store.history(quoteID: id)).last?.id)
    }

    @Test func aVerdictOnAnOlderViewIsRefusedWithTheOtherChange() throws {
        let store = try TestData.twoArticles()
        let id = try #require(try store.quotes(matching: .all).first?.id)
        let shown = try #require(try store.snapshot(ofQuote: id))
        try store.recordVerdict(quoteID: id, change: VerdictChange(status: .misquoted), reviewer: "bob",
                                at: TestData.moment)
        let error = #expect(throws: StoreError.self) {
            try store.recordVerdict(quoteID: id, change: VerdictChange(status: .verified), reviewer: "ann",
                                    expecting: shown.version)
        }
        guard case .conflict(let conflict) = error else {
            Issue.record("expected a conflict, got \(String(describing: error))")
            return
        }
        #expect(conflict.quoteID == id)
        #expect(conflict.changes.map(\.who) == ["bob"])
        #expect(error?.localizedDescription == """
            quote \(id) was changed since it was shown: bob set status unreviewed → misquoted at 2024-05-01T12:00:00.000Z
            """)
        #expect(try store.quote(id: id)?.status == .misquoted)
        #expect(try store.history(quoteID: id).count == 1)
        // Confirmed on the new view, it is recorded.
        let now = try #require(try store.snapshot(ofQuote: id))
        try store.recordVerdict(quoteID: id, change: VerdictChange(status: .verified), reviewer: "ann",
                                expecting: now.version)
        #expect(try store.quote(id: id)?.status == .verified)
    }

    @Test func withoutAnExpectationTheVerdictIsUnconditional() throws {
        let store = try TestData.twoArticles()
        let id = try #require(try store.quotes(matching: .all).first?.id)
        try store.recordVerdict(quoteID: id, change: VerdictChange(status: .misquoted), reviewer: "bob")
        try store.recordVerdict(quoteID: id, change: VerdictChange(status: .verified), reviewer: "ann")
        #expect(try store.quote(id: id)?.status == .verified)
    }

    @Test func aFileStoreWaitsForLocksAndRunsInWAL() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qc-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try ClaimsStore(path: dir.appendingPathComponent("claims.sqlite").path)
        let mode = try store.writer.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        let timeout = try store.writer.read { db in try Int.fetchOne(db, sql: "PRAGMA busy_timeout") }
        #expect((timeout ?? 0) >= 5000, "a writer waits at least five seconds for another's lock")
    }
}
