import GRDB

extension Schema {
    /// Migration "v11-web": accounts, sessions and failed sign-ins of the web desk (`serve`).
    ///
    /// `account` holds a reviewer's name (unique whatever its ASCII case) and
    /// the bcrypt hash of their password, never the password. `web_session`
    /// holds the SHA-256 of each session's random token (never the token), the
    /// account, the secret its forms' `csrf` fields are made from, and when it
    /// was last used: a session idle longer than the server's limit is deleted
    /// when next seen. `sign_in_failure` keeps the moments of failed sign-ins
    /// per name, for the lockout (five in a minute lock the name for a minute).
    /// None of these are changes to a claim: they are neither audited nor exported.
    static func v11Web(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE account (
                name TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
                password_hash TEXT NOT NULL,
                created_at TEXT NOT NULL
            );
            CREATE TABLE web_session (
                token_hash TEXT NOT NULL PRIMARY KEY,
                account TEXT NOT NULL COLLATE NOCASE REFERENCES account(name) ON DELETE CASCADE,
                csrf_secret TEXT NOT NULL,
                created_at TEXT NOT NULL,
                last_seen TEXT NOT NULL
            );
            CREATE INDEX web_session_account ON web_session(account);
            CREATE TABLE sign_in_failure (
                name TEXT NOT NULL COLLATE NOCASE,
                at TEXT NOT NULL
            );
            CREATE INDEX sign_in_failure_name ON sign_in_failure(name, at);
            """)
    }
}
