import GRDB

extension Schema {
    /// Migration "v8-search": the full-text index of the quotes, `quote_search`
    /// (SQLite's FTS5), and the triggers that keep it in step.
    ///
    /// One row per quote (joined claims included; listings skip them), its
    /// rowid the quote's id, two columns: the quote's words (`text`) and its
    /// speaker's name (`speaker`). The tokenizer folds case and accents
    /// (`unicode61 remove_diacritics 2`); curly marks (’‘“”) are indexed as
    /// straight ones (' and "), the same as ``SearchQuery`` does to the query.
    ///
    /// The triggers run inside the statement that changes a quote or renames a
    /// speaker, so the index changes in the same transaction as every import,
    /// merge, edit and removal, whichever write path makes it: it cannot drift.
    /// The migration fills the index from the quotes already stored.
    static func v8Search(_ db: Database) throws {
        let text = SearchSQL.normalised("new.text")
        let speaker = "(SELECT name FROM speaker WHERE id = new.speaker_id)"
        try db.execute(sql: """
            CREATE VIRTUAL TABLE quote_search USING fts5(text, speaker, tokenize = 'unicode61 remove_diacritics 2');

            CREATE TRIGGER quote_search_insert AFTER INSERT ON quote BEGIN
                INSERT INTO quote_search (rowid, text, speaker) VALUES (new.id, \(text), \(speaker));
            END;
            CREATE TRIGGER quote_search_update AFTER UPDATE OF text, speaker_id ON quote BEGIN
                DELETE FROM quote_search WHERE rowid = old.id;
                INSERT INTO quote_search (rowid, text, speaker) VALUES (new.id, \(text), \(speaker));
            END;
            CREATE TRIGGER quote_search_delete AFTER DELETE ON quote BEGIN
                DELETE FROM quote_search WHERE rowid = old.id;
            END;
            CREATE TRIGGER quote_search_speaker_name AFTER UPDATE OF name ON speaker BEGIN
                UPDATE quote_search SET speaker = new.name
                    WHERE rowid IN (SELECT id FROM quote WHERE speaker_id = new.id);
            END;

            INSERT INTO quote_search (rowid, text, speaker)
                SELECT q.id, \(SearchSQL.normalised("q.text")), s.name
                FROM quote q LEFT JOIN speaker s ON s.id = q.speaker_id;
            """)
    }
}
