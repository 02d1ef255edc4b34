import Foundation
import Store
import Testing

/// Migrations and the audit trail's guard behave alike on every backend.
@Suite("Store conformance: migrations and the append-only trail")
struct MigrationConformanceTests {
    @Test("migrating again changes nothing", arguments: Backend.available)
    func migrateTwice(backend: Backend) async throws {
        try await withStore(backend) { harness in
            try await ConformanceData.importTwoArticles(into: harness.store)
            let before = try await harness.store.quotes(matching: .all)
            let migrations = try await harness.migrationCount()
            try await harness.store.migrate()
            try await harness.store.migrate()
            let reopened = try await harness.reopen()
            #expect(try await harness.migrationCount() == migrations)
            #expect(try await harness.store.quotes(matching: .all) == before)
            #expect(try await reopened.quotes(matching: .all) == before)
            await (reopened as? any ClosableStore)?.closeStore()
        }
    }

    @Test("a store written by a newer version is refused and left as it was", arguments: Backend.available)
    func newerStoreRefused(backend: Backend) async throws {
        try await withStore(backend) { harness in
            try await ConformanceData.importTwoArticles(into: harness.store)
            try await harness.markNewer()
            let migrations = try await harness.migrationCount()
            let error = await #expect(throws: StoreError.self) { _ = try await harness.reopen() }
            guard case .newerSchema = error else {
                Issue.record("expected newerSchema, got \(String(describing: error))")
                return
            }
            #expect(error?.localizedDescription.contains("written by a newer version of quotecheck") == true)
            await #expect(throws: StoreError.self) { try await harness.store.migrate() }
            #expect(try await harness.migrationCount() == migrations)
        }
    }

    @Test("the audit trail cannot be updated, deleted or emptied, even by SQL run directly",
          arguments: Backend.available)
    func auditTrailIsAppendOnly(backend: Backend) async throws {
        try await withStore(backend) { harness in
            try await ConformanceData.importTwoArticles(into: harness.store)
            try await harness.store.recordVerdict(quoteID: 1, change: VerdictChange(status: .verified), reviewer: "ana",
                                                  at: ConformanceData.later(1), expecting: nil)
            for sql in ["UPDATE audit SET who = 'mallory'", "DELETE FROM audit"] {
                let error = await #expect(throws: (any Error).self, "\(sql) must be refused") {
                    try await harness.execute(sql)
                }
                #expect(String(describing: error).contains("append-only"), "\(String(describing: error))")
            }
            #expect(try await harness.store.history(quoteID: 1).map(\.who) == ["ana"])
        }
    }
}

/// A store that holds connections to close (the PostgreSQL store); the SQLite store has none.
protocol ClosableStore {
    /// Closes the store's connections.
    func closeStore() async
}
