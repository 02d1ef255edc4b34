import Foundation
import Store
import Testing

/// Review leases behave alike on every backend, and hold across machines: of several stores taking one quote at once, one wins.
@Suite("Store conformance: review leases")
struct LeaseConformanceTests {
    /// The first unreviewed quote that `reviewer` may take at `date`.
    static func next(_ store: any ClaimStore, for reviewer: String, at date: Date) async throws -> Int64? {
        try await store.nextQuote(matching: QuoteFilter(status: "unreviewed",
                                                        notHeldByOthers: LeaseView(reviewer: reviewer, at: date)),
                                  after: nil)?.id
    }

    @Test("a lease hides the quote from the others' queues but not from its holder; one holder at a time",
          arguments: Backend.available)
    func hides(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = harness.store
            try await ConformanceData.importTwoArticles(into: store)
            let now = ConformanceData.moment
            #expect(try await store.takeLease(onQuote: 1, for: "ana", at: now))
            #expect(try await Self.next(store, for: "bob", at: now) == 2)
            #expect(try await Self.next(store, for: "ana", at: now) == 1, "her own lease does not hide it from her")
            #expect(try await store.quotes(matching: QuoteFilter(notHeldByOthers: LeaseView(reviewer: "bob", at: now)))
                .map(\.id) == [2, 3, 4, 5, 6])
            #expect(try await !store.takeLease(onQuote: 1, for: "bob", at: now), "one holder at a time")
            #expect(try await store.lease(onQuote: 1, at: now)
                == ReviewLease(quoteID: 1, reviewer: "ana", expiresAt: now.addingTimeInterval(600)))
            #expect(try await store.lease(onQuote: 2, at: now) == nil)
        }
    }

    @Test("an expired lease is ignored and taken over; a renewed one holds ten minutes more",
          arguments: Backend.available)
    func expiry(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = harness.store
            try await ConformanceData.importTwoArticles(into: store)
            try await store.takeLease(onQuote: 1, for: "ana", at: ConformanceData.moment)
            #expect(try await Self.next(store, for: "bob", at: ConformanceData.later(9)) == 2)
            #expect(try await store.takeLease(onQuote: 1, for: "ana", at: ConformanceData.later(9)))
            #expect(try await Self.next(store, for: "bob", at: ConformanceData.later(18)) == 2)
            #expect(try await Self.next(store, for: "bob", at: ConformanceData.later(19)) == 1, "expired")
            #expect(try await store.lease(onQuote: 1, at: ConformanceData.later(19)) == nil)
            #expect(try await store.takeLease(onQuote: 1, for: "bob", at: ConformanceData.later(19)))
            #expect(try await store.lease(onQuote: 1, at: ConformanceData.later(19))?.reviewer == "bob")
        }
    }

    @Test("a reviewer holds one quote and releases it; an unknown quote is refused", arguments: Backend.available)
    func oneQuoteAndRelease(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = harness.store
            try await ConformanceData.importTwoArticles(into: store)
            let now = ConformanceData.moment
            try await store.takeLease(onQuote: 1, for: "ana", at: now)
            try await store.takeLease(onQuote: 2, for: "ana", at: now)
            #expect(try await store.lease(onQuote: 1, at: now) == nil, "moving on lets the first quote go")
            #expect(try await Self.next(store, for: "bob", at: now) == 1)
            try await store.releaseLease(of: "ana")
            #expect(try await store.lease(onQuote: 2, at: now) == nil)
            try await store.releaseLease(of: "nobody")
            await #expect(throws: StoreError.noQuote(99)) { try await store.takeLease(onQuote: 99, for: "ana", at: now) }
        }
    }

    @Test("a lease is not a change to the claim and never blocks a verdict", arguments: Backend.available)
    func notAChange(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = harness.store
            try await ConformanceData.importTwoArticles(into: store)
            let version = try #require(try await store.snapshot(ofQuote: 1)?.version)
            try await store.takeLease(onQuote: 1, for: "ana", at: ConformanceData.moment)
            #expect(try await store.snapshot(ofQuote: 1)?.version == version)
            #expect(try await store.history(quoteID: 1).isEmpty)
            let marked = try await store.recordVerdict(quoteID: 1, change: VerdictChange(status: .verified),
                                                       reviewer: "bob", at: ConformanceData.later(1), expecting: version)
            #expect(marked.status == .verified)
        }
    }

    @Test("three stores taking the same quote at the same moment, twenty times over: each time one lease wins",
          arguments: Backend.available)
    func oneLeaseWins(backend: Backend) async throws {
        try await withStore(backend) { harness in
            try await ConformanceData.importTwoArticles(into: harness.store)
            let stores = [try await harness.reopen(), try await harness.reopen(), try await harness.reopen()]
            for round in 0..<20 {
                // Eleven minutes apart: the leases of the round before have expired.
                let moment = ConformanceData.later(Double(round) * 11)
                let quoteID = Int64(round % 6 + 1)
                let winners = try await withThrowingTaskGroup(of: String?.self) { group in
                    for (index, store) in stores.enumerated() {
                        group.addTask {
                            try await store.takeLease(onQuote: quoteID, for: "checker-\(index)", at: moment)
                                ? "checker-\(index)" : nil
                        }
                    }
                    var names: [String] = []
                    for try await name in group { if let name { names.append(name) } }
                    return names
                }
                #expect(winners.count == 1, "round \(round): \(winners) hold quote \(quoteID)")
                #expect(try await harness.store.lease(onQuote: quoteID, at: moment)?.reviewer == winners.first)
            }
            for store in stores { await (store as? any ClosableStore)?.closeStore() }
        }
    }
}
