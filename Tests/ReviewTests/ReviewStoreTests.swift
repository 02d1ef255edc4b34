import Foundation
import Extract
import Store
import Testing
@testable import Review

/// A store that is not ``ClaimsStore``: every call goes through ``ReviewStore``
/// to a SQLite store behind it, so that a review over it proves the driver
/// needs nothing else (issue 17: the review runs on any backend that conforms).
struct ForwardingStore: ReviewStore {
    let base: ClaimsStore

    func quoteIDs(matching filter: QuoteFilter) async throws -> [Int64] { try base.quoteIDs(matching: filter) }
    func nextQuote(matching filter: QuoteFilter, after id: Int64?) async throws -> QuoteRecord? {
        try base.nextQuote(matching: filter, after: id)
    }
    func quote(id: Int64) async throws -> QuoteRecord? { try base.quote(id: id) }
    func snapshot(ofQuote id: Int64) async throws -> QuoteSnapshot? { try base.snapshot(ofQuote: id) }
    func recordVerdict(quoteID: Int64, change: VerdictChange, reviewer: String, at date: Date,
                       expecting expected: Int64?) async throws -> QuoteRecord {
        try base.recordVerdict(quoteID: quoteID, change: change, reviewer: reviewer, at: date, expecting: expected)
    }
    func undoLastChange(by reviewer: String, at date: Date) async throws -> Int64? {
        try base.undoLastChange(by: reviewer, at: date)
    }
    func takeLease(onQuote quoteID: Int64, for reviewer: String, at date: Date) async throws -> Bool {
        try base.takeLease(onQuote: quoteID, for: reviewer, at: date)
    }
    func releaseLease(of reviewer: String) async throws { try base.releaseLease(of: reviewer) }
    func findings(ofQuote id: Int64) async throws -> [FindingRecord] { try base.findings(ofQuote: id) }
}

@Suite struct ReviewStoreTests {
    @Test("the review runs over any ReviewStore, not only the SQLite store, with the same steps")
    func reviewOverTheProtocol() async throws {
        let (sqlite, ids) = try ReviewDriverTests.store()
        let store = ForwardingStore(base: sqlite)
        var driver = try await ReviewDriver(store: store, filter: .all, reviewer: "ann")
        #expect(driver.position.text == "1 of 4")
        let steps = try await ReviewDriverTests.run(["v", " ", "n checked", "z", "b", "q"], on: &driver)
        #expect(steps.count == 6)
        #expect(steps.last == .quit)
        #expect(try sqlite.quote(id: ids[0])?.status == .verified)
        #expect(try sqlite.quote(id: ids[2])?.note == nil)  // noted, then undone
        #expect(try sqlite.history(quoteID: ids[2]).map(\.field) == ["note", "note"])
    }
}
