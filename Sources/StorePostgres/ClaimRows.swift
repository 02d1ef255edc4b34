import PostgresNIO
import Store

/// Claims joined into one another, their trail and its version, on PostgreSQL
/// (the SQLite store's `ClaimLinks`).
enum ClaimRows {
    /// The live claim that `id` is (itself) or was joined into.
    static func live(_ id: Int64, on connection: PostgresConnection, logger: Logger) async throws -> Int64 {
        var current = id
        for _ in 0..<64 {
            let rows = try await connection.rows("SELECT merged_into FROM quote WHERE id = \(current)", logger: logger)
            guard let row = rows.first else { throw StoreError.noQuote(id) }
            guard let next = try row[0].decode(Int64?.self) else { return current }
            current = next
        }
        return current
    }

    /// The SQL expression of the version of the claim `q.id`: the id of its
    /// latest audit entry, its own or a joined claim's, 0 when there is none.
    static let versionColumn = """
        GREATEST(COALESCE((SELECT MAX(au.id) FROM audit au WHERE au.quote_id = q.id), 0),
            COALESCE((SELECT MAX(au.id) FROM quote m JOIN audit au ON au.quote_id = m.id
                      WHERE m.merged_into = q.id), 0))
        """

    /// The claim's version (see ``versionColumn``).
    static func version(of id: Int64, on connection: PostgresConnection, logger: Logger) async throws -> Int64 {
        try await connection.value("""
            SELECT COALESCE(MAX(id), 0)::BIGINT FROM audit
            WHERE quote_id IN (SELECT id FROM quote WHERE id = \(id) OR merged_into = \(id))
            """, as: Int64.self, logger: logger) ?? 0
    }

    /// The columns of an ``Store/AuditEntry``, in the order ``entry(_:)`` reads them.
    static let entryColumns = "id, quote_id, at, who, field, old_value, new_value, note, change_id"

    /// Reads an entry from a row of ``entryColumns``.
    static func entry(_ row: PostgresRandomAccessRow) throws -> AuditEntry {
        AuditEntry(id: try row[0].decode(Int64.self), quoteID: try row[1].decode(Int64.self),
                   at: try row[2].decode(String.self), who: try row[3].decode(String.self),
                   field: try row[4].decode(String.self), oldValue: try row[5].decode(String?.self),
                   newValue: try row[6].decode(String?.self), note: try row[7].decode(String?.self),
                   changeID: try row[8].decode(Int64.self))
    }

    /// The claim's audit entries (its own and its joined claims') after `version`, oldest first.
    static func entries(of id: Int64, after version: Int64, on connection: PostgresConnection,
                        logger: Logger) async throws -> [AuditEntry] {
        try await connection.rows(PostgresQuery(unsafeSQL: """
            SELECT \(entryColumns) FROM audit
            WHERE quote_id IN (SELECT id FROM quote WHERE id = $1 OR merged_into = $1) AND id > $2
            ORDER BY id
            """, binds: try bindings(id, version)), logger: logger).map(entry)
    }

    /// Refuses the change with ``Store/StoreError/conflict(_:)`` if the claim's version is not `expected`.
    static func check(_ id: Int64, expected: Int64?, on connection: PostgresConnection, logger: Logger) async throws {
        guard let expected else { return }
        let current = try await version(of: id, on: connection, logger: logger)
        guard current != expected else { return }
        let changes = try await entries(of: id, after: expected, on: connection, logger: logger)
        throw StoreError.conflict(QuoteConflict(quoteID: id, changes: changes, expected: expected, current: current))
    }

    /// Bindings of two integers, `$1` and `$2`.
    private static func bindings(_ first: Int64, _ second: Int64) throws -> PostgresBindings {
        var binds = PostgresBindings()
        binds.append(first)
        binds.append(second)
        return binds
    }
}
