import GRDB

extension Schema {
    /// Migration "v2-fetches": one row per HTTP fetch of a source (requested and
    /// final URL, status, content type, time), so that a re-fetch of bytes
    /// already imported is still on record.
    static func v2Fetches(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE fetch (
                id INTEGER PRIMARY KEY,
                source_id INTEGER NOT NULL REFERENCES source(id),
                requested_url TEXT NOT NULL,
                final_url TEXT NOT NULL,
                status INTEGER NOT NULL,
                content_type TEXT,
                fetched_at TEXT NOT NULL,
                UNIQUE (source_id, requested_url, fetched_at)
            );
            CREATE INDEX fetch_source ON fetch(source_id, fetched_at);
            CREATE INDEX fetch_requested_url ON fetch(requested_url);
            CREATE INDEX fetch_final_url ON fetch(final_url);
            """)
    }
}
