extension PostgresSchema {
    /// Migration "pg3-pgexport": the web desk's accounts, sessions and failed
    /// sign-ins, as the SQLite store's "v11-web" has them, so that a team on
    /// PostgreSQL shares its accounts (issue 18).
    ///
    /// SQLite's `COLLATE NOCASE` on the names becomes a stored folded column
    /// (``PostgresDialect/foldCase(_:)``, ASCII only): an account's folded
    /// name is unique, and a session refers to it by its folded name, so that
    /// removing the account ends its sessions (`ON DELETE CASCADE`), as on SQLite.
    static let accounts = Migration(name: "pg3-pgexport", statements: [
        """
        CREATE TABLE account (
            name TEXT NOT NULL,
            name_folded TEXT GENERATED ALWAYS AS (\(PostgresDialect.foldCase("name"))) STORED PRIMARY KEY,
            password_hash TEXT NOT NULL,
            created_at TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE web_session (
            token_hash TEXT NOT NULL PRIMARY KEY,
            account TEXT NOT NULL,
            account_folded TEXT GENERATED ALWAYS AS (\(PostgresDialect.foldCase("account"))) STORED
                REFERENCES account (name_folded) ON DELETE CASCADE,
            csrf_secret TEXT NOT NULL,
            created_at TEXT NOT NULL,
            last_seen TEXT NOT NULL
        )
        """,
        "CREATE INDEX web_session_account ON web_session (account_folded)",
        """
        CREATE TABLE sign_in_failure (
            name TEXT NOT NULL,
            name_folded TEXT GENERATED ALWAYS AS (\(PostgresDialect.foldCase("name"))) STORED,
            at TEXT NOT NULL
        )
        """,
        "CREATE INDEX sign_in_failure_name ON sign_in_failure (name_folded, at \(PostgresDialect.bytewise))",
    ])
}
