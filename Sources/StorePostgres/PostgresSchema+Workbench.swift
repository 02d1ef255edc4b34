extension PostgresSchema {
    /// Migration "pg2-workbench": the tables and columns the SQLite store gained
    /// after "v8-search" (its "v2-fetches", "v5-findings", "v7-corrections" and
    /// "v9-queue"), so that `copy --to` moves a whole workbench: fetches,
    /// corroboration findings, appearances taken out with a removed source,
    /// assignments and the review leases' table. The search indexes are not
    /// here: search is not on PostgreSQL yet.
    static let workbench = Migration(name: "pg2-workbench", statements: [
        """
        CREATE TABLE "fetch" (
            id \(PostgresDialect.identity),
            source_id BIGINT NOT NULL REFERENCES source (id),
            requested_url TEXT NOT NULL,
            final_url TEXT NOT NULL,
            status BIGINT NOT NULL,
            content_type TEXT,
            fetched_at TEXT NOT NULL,
            UNIQUE (source_id, requested_url, fetched_at)
        )
        """,
        "CREATE INDEX fetch_source ON \"fetch\" (source_id, fetched_at)",
        "CREATE INDEX fetch_requested_url ON \"fetch\" (requested_url)",
        "CREATE INDEX fetch_final_url ON \"fetch\" (final_url)",
        """
        CREATE TABLE finding (
            id \(PostgresDialect.identity),
            quote_id BIGINT NOT NULL REFERENCES quote (id),
            finding TEXT NOT NULL
                CHECK (finding IN ('verbatim', 'misquoted', 'truncated', 'spliced', 'misattributed')),
            score DOUBLE PRECISION NOT NULL,
            primary_source_id BIGINT NOT NULL REFERENCES source (id),
            primary_quote_id BIGINT REFERENCES quote (id),
            primary_speaker TEXT,
            primary_text TEXT NOT NULL,
            primary_start BIGINT NOT NULL,
            primary_end BIGINT NOT NULL,
            diff TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX finding_quote ON finding (quote_id, id)",
        "CREATE INDEX finding_primary_source ON finding (primary_source_id)",
        "CREATE INDEX quote_removed_with ON quote (removed_with) WHERE removed_with IS NOT NULL",
        """
        CREATE TABLE removed_appearance (
            id \(PostgresDialect.identity),
            quote_id BIGINT NOT NULL REFERENCES quote (id),
            source_id BIGINT NOT NULL REFERENCES source (id),
            position BIGINT NOT NULL,
            paragraph BIGINT,
            start BIGINT,
            "end" BIGINT,
            context TEXT,
            was_first BOOLEAN NOT NULL DEFAULT false
        )
        """,
        "CREATE INDEX removed_appearance_source ON removed_appearance (source_id)",
        """
        CREATE TABLE review_lease (
            reviewer TEXT PRIMARY KEY,
            quote_id BIGINT NOT NULL REFERENCES quote (id),
            expires_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX review_lease_quote ON review_lease (quote_id, expires_at)",
        "ALTER TABLE quote ADD COLUMN assigned_to TEXT",
        """
        CREATE INDEX quote_assigned_order ON quote (assigned_to, first_source_id, first_position, id)
            WHERE assigned_to IS NOT NULL
        """,
    ])
}
