import GRDB

extension Schema {
    /// Migration "v10-search-sources": the full-text index of the sources'
    /// paragraphs, `source_search` (FTS5), for `search --in sources`, and the
    /// triggers that keep it in step.
    ///
    /// `source_paragraph` numbers each paragraph of each live source's main
    /// text (`source.paragraphs`, counted from 0 like a quote's `paragraph`);
    /// its id is the paragraph's rowid in `source_search`, which holds the
    /// paragraph's words with the tokenizer of `quote_search` (case and accents
    /// folded). The words are indexed as written: the tokenizer reads curly
    /// and straight marks alike (both separate words), and ``SearchQuery``
    /// straightens the query's marks.
    ///
    /// The triggers run inside the statement that adds a source, changes its
    /// paragraphs or removes it (`removed_at` set) or brings it back
    /// (`removed_at` cleared), so that the index changes in the same
    /// transaction as every import, merge and removal: a removed source's
    /// paragraphs leave the index and come back with it. The migration
    /// indexes the sources already stored.
    static func v10SearchSources(_ db: Database) throws {
        let index = """
            INSERT INTO source_paragraph (source_id, number)
                SELECT new.id, j.key FROM json_each(new.paragraphs) j
                WHERE new.removed_at IS NULL AND j.type = 'text';
            INSERT INTO source_search (rowid, text)
                SELECT p.id, j.value FROM json_each(new.paragraphs) j
                JOIN source_paragraph p ON p.source_id = new.id AND p.number = j.key
                WHERE new.removed_at IS NULL AND j.type = 'text';
            """
        let unindex = """
            DELETE FROM source_search WHERE rowid IN (SELECT id FROM source_paragraph WHERE source_id = old.id);
            DELETE FROM source_paragraph WHERE source_id = old.id;
            """
        try db.execute(sql: """
            CREATE TABLE source_paragraph (
                id INTEGER PRIMARY KEY,
                source_id INTEGER NOT NULL REFERENCES source(id),
                number INTEGER NOT NULL,
                UNIQUE (source_id, number)
            );
            CREATE VIRTUAL TABLE source_search USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');

            CREATE TRIGGER source_search_insert AFTER INSERT ON source BEGIN
                \(index)
            END;
            CREATE TRIGGER source_search_update AFTER UPDATE OF paragraphs, removed_at ON source BEGIN
                \(unindex)
                \(index)
            END;
            CREATE TRIGGER source_search_delete AFTER DELETE ON source BEGIN
                \(unindex)
            END;

            INSERT INTO source_paragraph (source_id, number)
                SELECT s.id, j.key FROM source s, json_each(s.paragraphs) j
                WHERE s.removed_at IS NULL AND j.type = 'text' ORDER BY s.id, j.key;
            INSERT INTO source_search (rowid, text)
                SELECT p.id, j.value FROM source s, json_each(s.paragraphs) j
                JOIN source_paragraph p ON p.source_id = s.id AND p.number = j.key
                WHERE s.removed_at IS NULL AND j.type = 'text';
            """)
    }
}
