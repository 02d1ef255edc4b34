import Foundation
import PostgresNIO
import Store

extension PostgresClaimStore {
    /// Holds the quote for `reviewer` until ``Store/ReviewLease/duration`` after `date`, unless another
    /// reviewer holds a live lease on it; returns whether the reviewer holds it now: the rule of
    /// ``Store/ClaimsStore/takeLease(onQuote:for:at:)``.
    ///
    /// The quote's row is locked first (`FOR NO KEY UPDATE`), so that reviewers
    /// taking the same quote from several machines at once queue there and one
    /// lease wins: each one after the first sees the lease before it.
    @discardableResult
    public func takeLease(onQuote quoteID: Int64, for reviewer: String, at date: Date) async throws -> Bool {
        let now = StoreRules.timestamp(date)
        let until = StoreRules.timestamp(date.addingTimeInterval(ReviewLease.duration))
        return try await transaction { connection in
            guard try await connection.value(
                "SELECT id FROM quote WHERE id = \(quoteID) \(unescaped: PostgresDialect.lockRow)",
                as: Int64.self, logger: logger) != nil else {
                throw StoreError.noQuote(quoteID)
            }
            if try await LeaseRows.holder(of: quoteID, other: reviewer, at: now, on: connection, logger: logger) != nil {
                return false
            }
            try await connection.run("""
                INSERT INTO review_lease (reviewer, quote_id, expires_at) VALUES (\(reviewer), \(quoteID), \(until))
                ON CONFLICT (reviewer) DO UPDATE SET quote_id = excluded.quote_id, expires_at = excluded.expires_at
                """, logger: logger)
            return true
        }
    }

    /// Releases the reviewer's lease, if any (the review ended).
    public func releaseLease(of reviewer: String) async throws {
        try await transaction { connection in
            try await connection.run("DELETE FROM review_lease WHERE reviewer = \(reviewer)", logger: logger)
        }
    }

    /// The live lease on the quote at `date`, if anyone holds one.
    public func lease(onQuote quoteID: Int64, at date: Date) async throws -> ReviewLease? {
        try await read { connection in
            try await LeaseRows.holder(of: quoteID, other: nil, at: StoreRules.timestamp(date),
                                       on: connection, logger: logger)
        }
    }
}
