import Foundation
import Testing
@testable import Store

/// Review leases: a quote on one reviewer's screen is passed over by the others' queues until it expires.
@Suite struct LeaseTests {
    /// The first unreviewed quote that `reviewer` may take at `date`.
    static func next(_ store: ClaimsStore, for reviewer: String, at date: Date, after id: Int64? = nil) throws -> Int64? {
        try store.nextQuote(matching: QuoteFilter(status: "unreviewed",
                                                  notHeldByOthers: LeaseView(reviewer: reviewer, at: date)),
                            after: id)?.id
    }

    @Test func aLeaseHidesTheQuoteFromOthersButNotFromItsHolder() throws {
        let store = try TestData.twoArticles()
        let ids = try store.quotes(matching: .all).map(\.id)
        let now = TestData.moment
        #expect(try store.takeLease(onQuote: ids[0], for: "ana", at: now))
        #expect(try Self.next(store, for: "bob", at: now) == ids[1])
        #expect(try Self.next(store, for: "ana", at: now) == ids[0], "her own lease does not hide it from her")
        #expect(try !store.takeLease(onQuote: ids[0], for: "bob", at: now), "one holder at a time")
        #expect(try store.lease(onQuote: ids[0], at: now)
            == ReviewLease(quoteID: ids[0], reviewer: "ana", expiresAt: now.addingTimeInterval(600)))
    }

    @Test func anExpiredLeaseIsIgnoredAndARenewedOneHolds() throws {
        let store = try TestData.twoArticles()
        let ids = try store.quotes(matching: .all).map(\.id)
        let start = TestData.moment
        try store.takeLease(onQuote: ids[0], for: "ana", at: start)
        let nineMinutes = start.addingTimeInterval(9 * 60)
        #expect(try Self.next(store, for: "bob", at: nineMinutes) == ids[1])
        // Renewed at nine minutes, it holds until nineteen.
        #expect(try store.takeLease(onQuote: ids[0], for: "ana", at: nineMinutes))
        #expect(try Self.next(store, for: "bob", at: start.addingTimeInterval(18 * 60)) == ids[1])
        let later = start.addingTimeInterval(19 * 60)
        #expect(try Self.next(store, for: "bob", at: later) == ids[0], "expired: no longer held")
        #expect(try store.lease(onQuote: ids[0], at: later) == nil)
        #expect(try store.takeLease(onQuote: ids[0], for: "bob", at: later), "an expired lease is simply taken over")
        #expect(try store.lease(onQuote: ids[0], at: later)?.reviewer == "bob")
    }

    @Test func aReviewerHoldsOneQuoteAndReleasesIt() throws {
        let store = try TestData.twoArticles()
        let ids = try store.quotes(matching: .all).map(\.id)
        let now = TestData.moment
        try store.takeLease(onQuote: ids[0], for: "ana", at: now)
        try store.takeLease(onQuote: ids[1], for: "ana", at: now)
        #expect(try store.lease(onQuote: ids[0], at: now) == nil, "moving on lets the first quote go")
        #expect(try Self.next(store, for: "bob", at: now) == ids[0])
        try store.releaseLease(of: "ana")
        #expect(try store.lease(onQuote: ids[1], at: now) == nil)
        #expect(throws: StoreError.noQuote(99)) { try store.takeLease(onQuote: 99, for: "ana", at: now) }
    }

    @Test func aLeaseNeverBlocksAVerdictNorShowsInTrailOrExport() throws {
        let store = try TestData.twoArticles()
        let id = try #require(try store.quotes(matching: .all).first?.id)
        let before = try MergeTests.export(store)
        let version = try #require(try store.snapshot(ofQuote: id)?.version)
        try store.takeLease(onQuote: id, for: "ana", at: Date())
        #expect(try store.snapshot(ofQuote: id)?.version == version, "a lease is not a change to the claim")
        #expect(try store.history(quoteID: id).isEmpty)
        #expect(try MergeTests.export(store) == before)
        let marked = try store.recordVerdict(quoteID: id, change: VerdictChange(status: .verified), reviewer: "bob",
                                             expecting: version)
        #expect(marked.status == .verified)
    }
}
