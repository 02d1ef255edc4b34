import GRDB

/// The store's migrations. Shipped migrations are never edited: add a new one.
enum Schema {
    /// The migrator holding every migration, in order.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1", migrate: v1)
        migrator.registerMigration("v2-fetches", migrate: v2Fetches)
        migrator.registerMigration("v4-review", migrate: v4Review)
        migrator.registerMigration("v5-findings", migrate: v5Findings)
        migrator.registerMigration("v6-attribution", migrate: v6Attribution)
        migrator.registerMigration("v7-corrections", migrate: v7Corrections)
        migrator.registerMigration("v8-search", migrate: v8Search)
        migrator.registerMigration("v9-queue", migrate: v9Queue)
        migrator.registerMigration("v10-search-sources", migrate: v10SearchSources)
        migrator.registerMigration("v11-web", migrate: v11Web)
        return migrator
    }

    /// The first schema: sources, speakers, claims, appearances, audit.
    private static func v1(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE source (
                id INTEGER PRIMARY KEY,
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
                is_primary BOOLEAN NOT NULL DEFAULT 0,
                byte_count INTEGER NOT NULL DEFAULT 0,
                archive_path TEXT,
                imported_at TEXT NOT NULL,
                paragraphs TEXT NOT NULL DEFAULT '[]'
            );

            CREATE TABLE speaker (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                type TEXT,
                created_at TEXT NOT NULL
            );
            CREATE INDEX speaker_name_nocase ON speaker(name COLLATE NOCASE);

            CREATE TABLE speaker_alias (
                speaker_id INTEGER NOT NULL REFERENCES speaker(id) ON DELETE CASCADE,
                alias TEXT NOT NULL,
                UNIQUE (speaker_id, alias)
            );
            CREATE INDEX speaker_alias_nocase ON speaker_alias(alias COLLATE NOCASE);

            CREATE TABLE quote (
                id INTEGER PRIMARY KEY,
                claim_key TEXT NOT NULL,
                speaker_id INTEGER REFERENCES speaker(id),
                speaker_key INTEGER NOT NULL DEFAULT 0,
                text TEXT NOT NULL,
                kind TEXT NOT NULL,
                speaker_role TEXT,
                cue TEXT,
                said_on TEXT,
                said_on_basis TEXT NOT NULL DEFAULT 'unknown',
                status TEXT NOT NULL DEFAULT 'unreviewed',
                rating TEXT,
                note TEXT,
                evidence TEXT NOT NULL DEFAULT '[]',
                reviewed_by TEXT,
                reviewed_at TEXT,
                first_source_id INTEGER NOT NULL REFERENCES source(id),
                first_position INTEGER NOT NULL,
                created_at TEXT NOT NULL,
                UNIQUE (claim_key, speaker_key)
            );
            CREATE INDEX quote_order ON quote(first_source_id, first_position, id);
            CREATE INDEX quote_status_order ON quote(status, first_source_id, first_position, id);
            CREATE INDEX quote_speaker ON quote(speaker_id);
            CREATE INDEX quote_said_on ON quote(said_on);

            CREATE TABLE appearance (
                id INTEGER PRIMARY KEY,
                quote_id INTEGER NOT NULL REFERENCES quote(id),
                source_id INTEGER NOT NULL REFERENCES source(id),
                position INTEGER NOT NULL,
                paragraph INTEGER,
                start INTEGER,
                "end" INTEGER,
                context TEXT,
                UNIQUE (quote_id, source_id, position)
            );
            CREATE INDEX appearance_source ON appearance(source_id, position);

            CREATE TABLE audit (
                id INTEGER PRIMARY KEY,
                quote_id INTEGER NOT NULL REFERENCES quote(id),
                at TEXT NOT NULL,
                who TEXT NOT NULL,
                field TEXT NOT NULL,
                old_value TEXT,
                new_value TEXT,
                note TEXT,
                change_id INTEGER NOT NULL
            );
            CREATE INDEX audit_change ON audit(change_id);
            CREATE INDEX audit_quote ON audit(quote_id, id);
            CREATE INDEX audit_who ON audit(who, id);
            CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
                BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
            CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
                BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
            """)
    }
}
