import GRDB

extension ClaimsStore {
    /// SQLite's own check of the database file: `"ok"` when it is sound,
    /// else the problems it found, one per line.
    public func integrityCheck() throws -> String {
        try writer.read { db in
            try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "\n")
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
