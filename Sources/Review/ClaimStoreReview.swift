import Foundation
import Store

/// Any claims store (``Store/ClaimStore``: SQLite or PostgreSQL) as the store of
/// a review: the nine calls a ``ReviewDriver`` makes, passed on unchanged.
public struct ClaimStoreReview: ReviewStore {
    /// The store the calls go to.
    public let base: any ClaimStore

    /// The review's store over `base`.
    public init(_ base: any ClaimStore) { self.base = base }

    public func quoteIDs(matching filter: QuoteFilter) async throws -> [Int64] {
        try await base.quoteIDs(matching: filter)
    }

    public func nextQuote(matching filter: QuoteFilter, after id: Int64?) async throws -> QuoteRecord? {
        try await base.nextQuote(matching: filter, after: id)
    }

    public func quote(id: Int64) async throws -> QuoteRecord? { try await base.quote(id: id) }

    public func snapshot(ofQuote id: Int64) async throws -> QuoteSnapshot? { try await base.snapshot(ofQuote: id) }

    public func recordVerdict(quoteID: Int64, change: VerdictChange, reviewer: String, at date: Date,
                              expecting expected: Int64?) async throws -> QuoteRecord {
        try await base.recordVerdict(quoteID: quoteID, change: change, reviewer: reviewer, at: date, expecting: expected)
    }

    public func undoLastChange(by reviewer: String, at date: Date) async throws -> Int64? {
        try await base.undoLastChange(by: reviewer, at: date)
    }

    public func takeLease(onQuote quoteID: Int64, for reviewer: String, at date: Date) async throws -> Bool {
        try await base.takeLease(onQuote: quoteID, for: reviewer, at: date)
    }

    public func releaseLease(of reviewer: String) async throws { try await base.releaseLease(of: reviewer) }

    public func findings(ofQuote id: Int64) async throws -> [FindingRecord] { try await base.findings(ofQuote: id) }
}
