import Foundation
import PostgresNIO
import Store

extension PostgresClaimStore {
    /// Applies a reviewer's change to a quote, in one transaction, and returns the quote as it now is:
    /// the rule of ``Store/ClaimsStore/recordVerdict(quoteID:change:reviewer:at:expecting:)``.
    ///
    /// The claim's row is locked (`SELECT … FOR UPDATE`) before its version is
    /// compared with `expected`, so two checkers giving verdicts on the same
    /// quote from two machines are ordered: the second one sees the first's
    /// change, and with an expected version is refused with
    /// ``Store/StoreError/conflict(_:)`` naming it. A new speaker that already
    /// has a claim with the same words joins the two claims (``ClaimJoins``). A claim taken out
    /// with a removed source is refused with ``Store/StoreError/removedQuotes(_:)``.
    @discardableResult
    public func recordVerdict(quoteID: Int64, change: VerdictChange, reviewer: String, at date: Date = Date(),
                              expecting expected: Int64? = nil) async throws -> QuoteRecord {
        try StoreRules.validate(change)
        return try await transaction { connection in
            try await VerdictRows(connection: connection, logger: logger, change: change, reviewer: reviewer,
                                  date: date).apply(to: quoteID, expecting: expected).quote
        }
    }
}

/// The audited fields of one quote as stored, keyed by column (``Store/StoreRules/auditedColumns``).
struct AuditedFields {
    /// The quote's id.
    let quoteID: Int64
    /// Each field's stored text (`nil` for NULL).
    var values: [String: String?]

    /// The columns read, in ``Store/StoreRules/auditedColumns`` order.
    static var columns: String { StoreRules.auditedColumns.joined(separator: ", ") }

    /// Reads the quote's audited fields and locks its row until the transaction ends; `nil` if there is no such quote.
    static func lock(_ quoteID: Int64, on connection: PostgresConnection, logger: Logger) async throws -> AuditedFields? {
        guard let row = try await connection.rows(
            PostgresQuery(unsafeSQL: "SELECT \(columns), reviewed_by, reviewed_at FROM quote WHERE id = \(quoteID) FOR UPDATE"),
            logger: logger).first else { return nil }
        var values: [String: String?] = [:]
        for (index, column) in StoreRules.auditedColumns.enumerated() {
            values[column] = .some(try row[index].decode(String?.self))
        }
        return AuditedFields(quoteID: quoteID, values: values)
    }

    /// The reviewer mark stored on the quote.
    static func mark(of quoteID: Int64, on connection: PostgresConnection,
                     logger: Logger) async throws -> (by: String?, at: String?) {
        guard let row = try await connection.rows(
            "SELECT reviewed_by, reviewed_at FROM quote WHERE id = \(quoteID)", logger: logger).first else {
            return (nil, nil)
        }
        return (try row[0].decode(String?.self), try row[1].decode(String?.self))
    }

    /// Writes `fields` back with the reviewer's name and time (`nil` clears them).
    func save(_ fields: [String], reviewedBy reviewer: String?, at now: String?, on connection: PostgresConnection,
              logger: Logger) async throws {
        var statement = StatementBuilder()
        var assignments: [String] = []
        for field in fields {
            let value = values[field] ?? nil
            // evidence is NOT NULL: an empty list is '[]'.
            assignments.append("\(field) = \(statement.bind(field == "evidence" ? (value ?? "[]") : value))")
        }
        assignments.append("reviewed_by = \(statement.bind(reviewer))")
        assignments.append("reviewed_at = \(statement.bind(now))")
        let sql = "UPDATE quote SET \(assignments.joined(separator: ", ")) WHERE id = \(statement.bind(quoteID))"
        try await connection.run(statement.query(sql), logger: logger)
    }
}

/// Appends to the audit trail; no statement rewrites it (and the database's triggers refuse any that would).
enum AuditTrail {
    /// A change id from the sequence: unique however many writers there are.
    static func newChangeID(on connection: PostgresConnection, logger: Logger) async throws -> Int64 {
        guard let id = try await connection.value(
            PostgresQuery(unsafeSQL: "SELECT \(PostgresDialect.nextChangeID)"), as: Int64.self, logger: logger) else {
            throw StoreError.corruptValue(column: "change_id", value: "")
        }
        return id
    }

    /// Appends one entry.
    static func append(quoteID: Int64, at: String, who: String, field: String, old: String?, new: String?,
                       note: String?, changeID: Int64, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.run("""
            INSERT INTO audit (quote_id, at, who, field, old_value, new_value, note, change_id)
            VALUES (\(quoteID), \(at), \(who), \(field), \(old), \(new), \(note), \(changeID))
            """, logger: logger)
    }
}
