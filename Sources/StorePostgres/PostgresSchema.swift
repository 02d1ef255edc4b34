/// The PostgreSQL store's migrations. Shipped migrations are never edited: add a new one
/// at the end of ``migrations``.
///
/// Applied migrations are named in `schema_migrations`. A store that names a
/// migration this version does not know was written by a newer version and is
/// refused untouched. Migrating runs in one transaction under an advisory lock,
/// so two processes migrating at once apply each migration once.
enum PostgresSchema {
    /// One migration: its name and its statements.
    struct Migration: Sendable {
        /// The name recorded in `schema_migrations`.
        let name: String
        /// The statements, run in order.
        let statements: [String]
    }

    /// The table of applied migrations.
    static let ledger = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            name TEXT PRIMARY KEY,
            applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
        )
        """

    /// Every migration, in order.
    static let migrations: [Migration] = [core, archive, workbench, accounts]

    /// Migration "pg1-core": the tables of the store's core as the SQLite store
    /// has them after its "v8-search" (sources, speakers and aliases, claims
    /// with their joins, removals and confidences, appearances, the audit
    /// trail), with the dialect's differences (``PostgresDialect``).
    static let core = Migration(name: "pg1-core", statements: [
        """
        CREATE TABLE source (
            id \(PostgresDialect.identity),
            sha256 TEXT NOT NULL UNIQUE,
            url TEXT,
            file TEXT,
            canonical_url TEXT,
            title TEXT,
            site TEXT,
            authors TEXT NOT NULL DEFAULT '[]',
            agency TEXT,
            published_at TEXT,
            language TEXT,
            kind TEXT NOT NULL DEFAULT 'article' CHECK (kind IN ('article', 'transcript')),
            is_primary BOOLEAN NOT NULL DEFAULT false,
            byte_count BIGINT NOT NULL DEFAULT 0,
            archive_path TEXT,
            imported_at TEXT NOT NULL,
            paragraphs TEXT NOT NULL DEFAULT '[]',
            removed_at TEXT,
            removed_by TEXT
        )
        """,
        """
        CREATE TABLE speaker (
            id \(PostgresDialect.identity),
            name TEXT NOT NULL UNIQUE,
            name_folded TEXT GENERATED ALWAYS AS (\(PostgresDialect.foldCase("name"))) STORED,
            type TEXT,
            role TEXT,
            created_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX speaker_name_folded ON speaker (name_folded)",
        """
        CREATE TABLE speaker_alias (
            speaker_id BIGINT NOT NULL REFERENCES speaker (id) ON DELETE CASCADE,
            alias TEXT NOT NULL,
            alias_folded TEXT GENERATED ALWAYS AS (\(PostgresDialect.foldCase("alias"))) STORED,
            UNIQUE (speaker_id, alias)
        )
        """,
        "CREATE INDEX speaker_alias_folded ON speaker_alias (alias_folded)",
        """
        CREATE TABLE quote (
            id \(PostgresDialect.identity),
            claim_key TEXT NOT NULL,
            speaker_id BIGINT REFERENCES speaker (id),
            speaker_key BIGINT NOT NULL DEFAULT 0,
            text TEXT NOT NULL,
            kind TEXT NOT NULL,
            speaker_role TEXT,
            cue TEXT,
            rule TEXT,
            confidence DOUBLE PRECISION CHECK (confidence BETWEEN 0 AND 1),
            confidence_order DOUBLE PRECISION GENERATED ALWAYS AS (COALESCE(confidence, 2)) STORED,
            said_on TEXT,
            said_on_basis TEXT NOT NULL DEFAULT 'unknown',
            status TEXT NOT NULL DEFAULT 'unreviewed',
            rating TEXT,
            note TEXT,
            evidence TEXT NOT NULL DEFAULT '[]',
            reviewed_by TEXT,
            reviewed_at TEXT,
            first_source_id BIGINT NOT NULL REFERENCES source (id),
            first_position BIGINT NOT NULL,
            created_at TEXT NOT NULL,
            merged_into BIGINT REFERENCES quote (id),
            removed_with BIGINT REFERENCES source (id),
            UNIQUE (claim_key, speaker_key)
        )
        """,
        "CREATE INDEX quote_live_order ON quote (first_source_id, first_position, id) WHERE merged_into IS NULL",
        """
        CREATE INDEX quote_confidence_queue ON quote (status, confidence_order, first_source_id, first_position, id)
            WHERE merged_into IS NULL
        """,
        "CREATE INDEX quote_status_order ON quote (status, first_source_id, first_position, id)",
        "CREATE INDEX quote_speaker ON quote (speaker_id)",
        "CREATE INDEX quote_said_on ON quote (said_on)",
        "CREATE INDEX quote_merged_into ON quote (merged_into) WHERE merged_into IS NOT NULL",
        """
        CREATE TABLE appearance (
            id \(PostgresDialect.identity),
            quote_id BIGINT NOT NULL REFERENCES quote (id),
            source_id BIGINT NOT NULL REFERENCES source (id),
            position BIGINT NOT NULL,
            paragraph BIGINT,
            start BIGINT,
            "end" BIGINT,
            context TEXT,
            UNIQUE (quote_id, source_id, position)
        )
        """,
        "CREATE INDEX appearance_source ON appearance (source_id, position)",
        """
        CREATE TABLE audit (
            id \(PostgresDialect.identity),
            quote_id BIGINT NOT NULL REFERENCES quote (id),
            at TEXT NOT NULL,
            who TEXT NOT NULL,
            field TEXT NOT NULL,
            old_value TEXT,
            new_value TEXT,
            note TEXT,
            change_id BIGINT NOT NULL
        )
        """,
        "CREATE INDEX audit_change ON audit (change_id)",
        "CREATE INDEX audit_quote ON audit (quote_id, id)",
        "CREATE INDEX audit_who ON audit (who, id)",
        "CREATE SEQUENCE \(PostgresDialect.changeSequence)",
        """
        CREATE FUNCTION \(PostgresDialect.appendOnlyFunction)() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '\(PostgresDialect.appendOnlyMessage)';
        END
        $$
        """,
        """
        CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit
            FOR EACH ROW EXECUTE FUNCTION \(PostgresDialect.appendOnlyFunction)()
        """,
        """
        CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit
            FOR EACH STATEMENT EXECUTE FUNCTION \(PostgresDialect.appendOnlyFunction)()
        """,
    ])
}
