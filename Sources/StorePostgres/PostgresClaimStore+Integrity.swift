import PostgresNIO
import Store

extension PostgresClaimStore {
    /// `"ok"` when the store is sound, else its problems, one per line: the invariants of every
    /// claims store (``Store/StoreInvariant/all``), checked with the same SQL as on SQLite. The
    /// server keeps its own pages, constraints and indexes sound, so there is no counterpart of
    /// SQLite's `PRAGMA integrity_check` (``PostgresDialect/fileCheck``).
    public func integrityCheck() async throws -> String {
        try await read { connection in
            var problems: [String] = []
            for invariant in StoreInvariant.all {
                for row in try await connection.rows(PostgresQuery(unsafeSQL: invariant.sql), logger: logger) {
                    problems.append(invariant.describe(try (0..<row.count).map { try row[$0].decode(Int64.self) }))
                }
            }
            return problems.isEmpty ? "ok" : problems.joined(separator: "\n")
        }
    }

    /// The number of appearances stored for each source, by the source's SHA-256.
    public func appearanceCounts() async throws -> [String: Int] {
        try await read { connection in
            var counts: [String: Int] = [:]
            for row in try await connection.rows("""
                SELECT src.sha256, COUNT(a.id) FROM source src LEFT JOIN appearance a ON a.source_id = src.id
                GROUP BY src.id, src.sha256
                """, logger: logger) {
                counts[try row[0].decode(String.self)] = Int(try row[1].decode(Int64.self))
            }
            return counts
        }
    }
}
