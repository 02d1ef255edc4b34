import Foundation
import GRDB

extension ClaimsStore {
    /// Holds the quote `quoteID` for `reviewer` until ``ReviewLease/duration`` after `date`,
    /// unless another reviewer holds a live lease on it; returns whether the reviewer holds it now.
    ///
    /// The reviewer's lease on any other quote is released (a reviewer holds
    /// one quote at a time); taking the quote they already hold renews it.
    /// Leases are not audited. Throws ``StoreError/noQuote(_:)`` for an unknown id.
    @discardableResult
    public func takeLease(onQuote quoteID: Int64, for reviewer: String, at date: Date) throws -> Bool {
        let now = Timestamp.string(from: date)
        let until = Timestamp.string(from: date.addingTimeInterval(ReviewLease.duration))
        return try writer.write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM quote WHERE id = ?", arguments: [quoteID]) != nil else {
                throw StoreError.noQuote(quoteID)
            }
            if try LeaseSQL.holder(of: quoteID, other: reviewer, at: now, in: db) != nil { return false }
            try db.execute(sql: """
                INSERT INTO review_lease (reviewer, quote_id, expires_at) VALUES (?, ?, ?)
                ON CONFLICT (reviewer) DO UPDATE SET quote_id = excluded.quote_id, expires_at = excluded.expires_at
                """, arguments: [reviewer, quoteID, until])
            return true
        }
    }

    /// Releases the reviewer's lease, if any (the review ended).
    public func releaseLease(of reviewer: String) throws {
        try writer.write { db in
            try db.execute(sql: "DELETE FROM review_lease WHERE reviewer = ?", arguments: [reviewer])
        }
    }

    /// The live lease on the quote at `date`, if anyone holds one.
    public func lease(onQuote quoteID: Int64, at date: Date) throws -> ReviewLease? {
        try writer.read { db in
            try LeaseSQL.holder(of: quoteID, other: nil, at: Timestamp.string(from: date), in: db)
        }
    }
}

/// The SQL of review leases.
enum LeaseSQL {
    /// The live lease on `quoteID` at `now`, held by someone other than `other` (anyone when `nil`).
    static func holder(of quoteID: Int64, other: String?, at now: String, in db: Database) throws -> ReviewLease? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT reviewer, expires_at FROM review_lease
            WHERE quote_id = ? AND expires_at > ? AND reviewer IS NOT ?
            ORDER BY expires_at DESC LIMIT 1
            """, arguments: [quoteID, now, other]) else { return nil }
        let expires: String = row["expires_at"]
        guard let date = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(expires) else {
            throw StoreError.corruptValue(column: "review_lease.expires_at", value: expires)
        }
        return ReviewLease(quoteID: quoteID, reviewer: row["reviewer"], expiresAt: date)
    }

    /// The condition "no one but the view's reviewer holds a live lease on `q`", with its arguments.
    static func notHeldByOthers(_ view: LeaseView) -> (String, StatementArguments) {
        ("q.id NOT IN (SELECT quote_id FROM review_lease WHERE expires_at > ? AND reviewer <> ?)",
         [Timestamp.string(from: view.at), view.reviewer])
    }
}
