import GRDB

/// Claims joined into one another: which row is live, which rows make up a
/// claim, and the version of its audit trail.
enum ClaimLinks {
    /// The live claim that `id` is (itself) or was joined into.
    static func live(_ id: Int64, in db: Database) throws -> Int64 {
        var current = id
        for _ in 0..<64 {
            guard let row = try Row.fetchOne(db, sql: "SELECT merged_into FROM quote WHERE id = ?",
                                             arguments: [current]) else { throw StoreError.noQuote(id) }
            guard let next: Int64 = row["merged_into"] else { return current }
            current = next
        }
        return current
    }

    /// The SQL condition `quote_id` of the claim `?` and of the claims joined into it (two arguments: the id twice).
    static let members = "quote_id IN (SELECT id FROM quote WHERE id = ? OR merged_into = ?)"

    /// The id of the claim's latest audit entry (its own or a joined claim's), 0 when there is none.
    static func version(of id: Int64, in db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM audit WHERE \(members)",
                           arguments: [id, id]) ?? 0
    }

    /// The SQL expression of the version of the claim `q.id` (see ``version(of:in:)``),
    /// for the record's `version` column: two index lookups per row.
    static let versionColumn = """
        MAX(COALESCE((SELECT MAX(au.id) FROM audit au WHERE au.quote_id = q.id), 0),
            COALESCE((SELECT MAX(au.id) FROM quote m JOIN audit au ON au.quote_id = m.id
                      WHERE m.merged_into = q.id), 0))
        """

    /// The claim's audit entries after `version`, oldest first.
    static func entries(of id: Int64, after version: Int64, in db: Database) throws -> [AuditEntry] {
        try Row.fetchAll(db, sql: "SELECT * FROM audit WHERE \(members) AND id > ? ORDER BY id",
                         arguments: [id, id, version]).map(AuditEntry.init(row:))
    }

    /// Refuses the change with ``StoreError/conflict(_:)`` if the claim's version is not `expected`
    /// (changed since, or a version the claim never had).
    static func check(_ id: Int64, expected: Int64?, in db: Database) throws {
        guard let expected else { return }
        let current = try version(of: id, in: db)
        guard current != expected else { return }
        let changes = try entries(of: id, after: expected, in: db)
        throw StoreError.conflict(QuoteConflict(quoteID: id, changes: changes, expected: expected, current: current))
    }
}
