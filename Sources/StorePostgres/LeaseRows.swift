import Foundation
import PostgresNIO
import Store

/// Review leases on PostgreSQL (the SQLite store's `LeaseSQL`). Moments are
/// store timestamps compared byte by byte (``PostgresDialect/bytewise``), so text order is time order.
enum LeaseRows {
    /// The live lease on `quoteID` at `now`, held by someone other than `other` (anyone when `nil`).
    static func holder(of quoteID: Int64, other: String?, at now: String, on connection: PostgresConnection,
                       logger: Logger) async throws -> ReviewLease? {
        guard let row = try await connection.rows("""
            SELECT reviewer, expires_at FROM review_lease
            WHERE quote_id = \(quoteID) AND expires_at \(unescaped: PostgresDialect.bytewise) > \(now)
                AND reviewer \(unescaped: PostgresDialect.isDistinctFrom) \(other)
            ORDER BY expires_at \(unescaped: PostgresDialect.bytewise) DESC LIMIT 1
            """, logger: logger).first else { return nil }
        let expires = try row[1].decode(String.self)
        guard let date = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(expires) else {
            throw StoreError.corruptValue(column: "review_lease.expires_at", value: expires)
        }
        return ReviewLease(quoteID: quoteID, reviewer: try row[0].decode(String.self), expiresAt: date)
    }

    /// The condition "no one but the view's reviewer holds a live lease on `q`", its values bound to `statement`.
    static func notHeldByOthers(_ view: LeaseView, statement: inout StatementBuilder) -> String {
        let now = statement.bind(StoreRules.timestamp(view.at))
        let reviewer = statement.bind(view.reviewer)
        return """
            q.id NOT IN (SELECT quote_id FROM review_lease
                WHERE expires_at \(PostgresDialect.bytewise) > \(now) AND reviewer <> \(reviewer))
            """
    }
}
