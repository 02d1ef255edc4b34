extension PostgresSchema {
    /// Migration "pg2-archive": the evidence in the store, so that a checker on
    /// another machine can read it (`quotecheck archive SHA256`).
    ///
    /// One row per source's bytes, content-addressed by their SHA-256 (the
    /// source's own key): the bytes exactly as imported, the archived file's
    /// name (`<sha256>.<extension>`, as the SQLite workbench names it) and the
    /// sidecar's JSON. The bytes are stored as they are and compressed by the
    /// server (``PostgresDialect/compressedBytes``).
    static let archive = Migration(name: "pg2-archive", statements: [
        """
        CREATE TABLE archived_document (
            sha256 TEXT PRIMARY KEY REFERENCES source (sha256),
            file_name TEXT NOT NULL,
            bytes \(PostgresDialect.compressedBytes) NOT NULL,
            sidecar TEXT
        )
        """,
    ])
}
