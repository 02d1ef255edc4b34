import GRDB

extension ClaimsStore {
    /// `"ok"` when the store is sound, else the problems found, one per line:
    /// first SQLite's own check of the database file, then the invariants of
    /// every claims store (``StoreInvariant/all``, which the PostgreSQL store checks too).
    public func integrityCheck() throws -> String {
        try writer.read { db in
            let file = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            var problems = file == ["ok"] ? [] : file
            for invariant in StoreInvariant.all {
                for row in try Row.fetchAll(db, sql: invariant.sql) {
                    problems.append(invariant.describe(row.databaseValues.map { Int64.fromDatabaseValue($0) ?? 0 }))
                }
            }
            return problems.isEmpty ? "ok" : problems.joined(separator: "\n")
        }
    }

    /// Sources that hold no appearance although quotes were found in them are
    /// not possible: a source and its appearances are written in one
    /// transaction. This counts, per source, the appearances stored, so a test
    /// can compare them with a fresh import.
    public func appearanceCounts() throws -> [String: Int] {
        try writer.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT source.sha256 AS sha256, COUNT(appearance.id) AS n
                FROM source LEFT JOIN appearance ON appearance.source_id = source.id
                GROUP BY source.id
                """)
            var counts: [String: Int] = [:]
            for row in rows { counts[row["sha256"]] = row["n"] }
            return counts
        }
    }
}
