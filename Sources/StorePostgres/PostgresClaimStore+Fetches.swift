import PostgresNIO
import Store

extension PostgresClaimStore {
    /// Records that `fetch` returned the bytes of source `sourceID`: the rule of
    /// ``Store/ClaimsStore/recordFetch(_:sourceID:)``. The same fetch (source, requested URL and
    /// time) is recorded once: a repeated call changes nothing and returns `false`.
    /// Throws ``Store/StoreError/noSource(_:)`` for an unknown source.
    @discardableResult
    public func recordFetch(_ fetch: SourceFetch, sourceID: Int64) async throws -> Bool {
        try await transaction { connection in
            guard try await connection.value("SELECT 1::BIGINT FROM source WHERE id = \(sourceID)", as: Int64.self,
                                             logger: logger) != nil else { throw StoreError.noSource(sourceID) }
            return try await connection.value("""
                INSERT INTO "fetch" (source_id, requested_url, final_url, status, content_type, fetched_at)
                VALUES (\(sourceID), \(fetch.requestedURL), \(fetch.finalURL), \(Int64(fetch.status)),
                    \(fetch.contentType), \(fetch.fetchedAt))
                \(unescaped: PostgresDialect.ignoreConflicts)
                RETURNING id
                """, as: Int64.self, logger: logger) != nil
        }
    }

    /// Every recorded fetch of source `id`, oldest first (times compared byte by byte, as on SQLite).
    public func fetches(ofSource id: Int64) async throws -> [SourceFetch] {
        try await read { connection in
            try await connection.rows(PostgresQuery(unsafeSQL: """
                SELECT requested_url, final_url, status, content_type, fetched_at
                FROM "fetch" WHERE source_id = $1 ORDER BY fetched_at \(PostgresDialect.bytewise), id
                """, binds: FetchRows.binding(id)), logger: logger).map(FetchRows.fetch)
        }
    }

    /// The most recent fetch of every source that was fetched, by source id.
    public func latestFetches() async throws -> [Int64: SourceFetch] {
        try await read { connection in
            var latest: [Int64: SourceFetch] = [:]
            for row in try await connection.rows(PostgresQuery(unsafeSQL: """
                SELECT f.requested_url, f.final_url, f.status, f.content_type, f.fetched_at, f.source_id
                FROM "fetch" f
                WHERE f.id = (SELECT g.id FROM "fetch" g WHERE g.source_id = f.source_id
                              ORDER BY g.fetched_at \(PostgresDialect.bytewise) DESC, g.id DESC LIMIT 1)
                """), logger: logger) {
                latest[try row[5].decode(Int64.self)] = try FetchRows.fetch(row)
            }
            return latest
        }
    }
}

/// Rows of the `fetch` table on PostgreSQL.
enum FetchRows {
    /// Reads a fetch from a row whose first five columns are `requested_url, final_url, status,
    /// content_type, fetched_at`.
    static func fetch(_ row: PostgresRandomAccessRow) throws -> SourceFetch {
        SourceFetch(requestedURL: try row[0].decode(String.self), finalURL: try row[1].decode(String.self),
                    status: Int(try row[2].decode(Int64.self)), contentType: try row[3].decode(String?.self),
                    fetchedAtText: try row[4].decode(String.self))
    }

    /// Bindings of one integer, `$1`.
    static func binding(_ value: Int64) -> PostgresBindings {
        var binds = PostgresBindings()
        binds.append(value)
        return binds
    }
}
