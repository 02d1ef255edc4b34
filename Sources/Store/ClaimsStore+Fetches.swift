import GRDB

extension ClaimsStore {
    /// Records that `fetch` returned the bytes of source `sourceID`.
    ///
    /// The same fetch (source, requested URL and time) is recorded once: a
    /// repeated call changes nothing and returns `false`.
    @discardableResult
    public func recordFetch(_ fetch: SourceFetch, sourceID: Int64) throws -> Bool {
        try writer.write { db in try insert(fetch, sourceID: sourceID, in: db) }
    }

    /// The statements of ``recordFetch(_:sourceID:)``, in the caller's transaction.
    func insert(_ fetch: SourceFetch, sourceID: Int64, in db: Database) throws -> Bool {
        guard try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM source WHERE id = ?"),
                                arguments: [sourceID]) != nil else {
            throw StoreError.noSource(sourceID)
        }
        try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO fetch (source_id, requested_url, final_url, status, content_type, fetched_at)
            VALUES (?, ?, ?, ?, ?, ?)
            """).execute(arguments: [sourceID, fetch.requestedURL, fetch.finalURL, fetch.status, fetch.contentType,
                                     fetch.fetchedAt])
        return db.changesCount > 0
    }

    /// Every recorded fetch of source `id`, oldest first.
    public func fetches(ofSource id: Int64) throws -> [SourceFetch] {
        try writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT requested_url, final_url, status, content_type, fetched_at
                FROM fetch WHERE source_id = ? ORDER BY fetched_at, id
                """, arguments: [id]).map(SourceFetch.init(row:))
        }
    }

    /// The most recent fetch of every source that was fetched, by source id.
    public func latestFetches() throws -> [Int64: SourceFetch] {
        try writer.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT f.source_id, f.requested_url, f.final_url, f.status, f.content_type, f.fetched_at
                FROM fetch f
                WHERE f.id = (SELECT g.id FROM fetch g WHERE g.source_id = f.source_id
                              ORDER BY g.fetched_at DESC, g.id DESC LIMIT 1)
                """)
            var latest: [Int64: SourceFetch] = [:]
            for row in rows {
                let sourceID: Int64 = row["source_id"]
                latest[sourceID] = SourceFetch(row: row)
            }
            return latest
        }
    }
}
