import Foundation
import Store
@testable import StorePostgres
import Testing

/// Several checkers on one PostgreSQL store: the conflict rule of issue 6 holds across connections.
@Suite("PostgreSQL store: concurrent verdicts")
struct ConcurrencyTests {
    /// What one checker did.
    struct Tally: Sendable {
        /// The notes of the verdicts recorded.
        var recorded: [String] = []
        /// The refusals, each with the changes it named.
        var refusals: [QuoteConflict] = []
    }

    @Test("four checkers on four connections giving 500 verdicts each on overlapping quotes lose none",
          .enabled(if: PostgresTestServer.url != nil, PostgresTestServer.skipped))
    func fourCheckersLoseNothing() async throws {
        try await withStore(.postgres) { harness in
            try await ConformanceData.importTwoArticles(into: harness.store)
            let quoteIDs: [Int64] = [1, 2, 3, 4, 5, 6]
            let verdictsEach = 500
            let checkers = try await withThrowingTaskGroup(of: Tally.self) { group in
                for checker in 0..<4 {
                    let store = try await harness.reopen()
                    group.addTask {
                        var tally = Tally()
                        for step in 0..<verdictsEach {
                            let quoteID = quoteIDs[(step + checker) % quoteIDs.count]
                            let note = "checker \(checker) verdict \(step)"
                            // Read, decide, give: refused when someone changed the quote in between; read again.
                            while true {
                                let shown = try #require(try await store.snapshot(ofQuote: quoteID))
                                do {
                                    try await store.recordVerdict(quoteID: quoteID, change: VerdictChange(note: note),
                                                                  reviewer: "checker-\(checker)", at: Date(),
                                                                  expecting: shown.version)
                                    tally.recorded.append(note)
                                    break
                                } catch StoreError.conflict(let conflict) {
                                    tally.refusals.append(conflict)
                                }
                            }
                        }
                        await (store as? any ClosableStore)?.closeStore()
                        return tally
                    }
                }
                var all: [Tally] = []
                for try await tally in group { all.append(tally) }
                return all
            }
            let recorded = checkers.flatMap(\.recorded)
            #expect(recorded.count == 4 * verdictsEach)
            // Every verdict given is in a trail, once.
            var trailNotes: [String] = []
            for quoteID in quoteIDs {
                trailNotes += try await harness.store.history(quoteID: quoteID).compactMap(\.newValue)
            }
            #expect(trailNotes.sorted() == recorded.sorted())
            // Each verdict was given on the quote as the one before left it: no change was made on a stale view.
            for quoteID in quoteIDs {
                let trail = try await harness.store.history(quoteID: quoteID)
                for (earlier, later) in zip(trail, trail.dropFirst()) {
                    #expect(later.oldValue == earlier.newValue, "quote \(quoteID): \(later.who) overwrote a change unseen")
                }
            }
            // Every refusal named the change that came first.
            for refusal in checkers.flatMap(\.refusals) {
                #expect(!refusal.changes.isEmpty)
                #expect(refusal.changes.allSatisfy { $0.quoteID == refusal.quoteID && $0.field == "note" })
            }
            // Change ids are unique across writers (a sequence, not MAX() + 1).
            #expect(try await harness.integer("SELECT COUNT(DISTINCT change_id) FROM audit") == Int64(recorded.count))
        }
    }

    @Test("two stores migrating one empty store at once apply each migration once",
          .enabled(if: PostgresTestServer.url != nil, PostgresTestServer.skipped))
    func concurrentMigrations() async throws {
        let url = try #require(PostgresTestServer.url)
        let schema = "conformance_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        PostgresTestServer.reportCase()
        let stores = try await withThrowingTaskGroup(of: PostgresClaimStore.self) { group in
            for _ in 0..<4 { group.addTask { try await PostgresClaimStore.open(url, schema: schema) } }
            var all: [PostgresClaimStore] = []
            for try await store in group { all.append(store) }
            return all
        }
        let first = try #require(stores.first)
        let outcome = try await first.importSource(ConformanceData.source("a"), article: ConformanceData.article("a"),
                                                   quotes: [ConformanceData.quote("First", by: "Ana Lopez")])
        #expect(outcome == .imported(sourceID: 1, newQuotes: 1, quotes: 1))
        for store in stores { #expect(try await store.quotes(matching: .all).count == 1) }
        #expect(try await PostgresTestSupport.migrationCount(of: first) == Int64(PostgresSchema.migrations.count))
        for store in stores.dropFirst() { await store.close() }
        try await PostgresTestSupport.dropSchema(of: first)
    }
}
