import GRDB

extension Schema {
    /// Migration "v5-findings": what `corroborate` found for each quote, kept
    /// apart from the verdicts (a finding never changes a status by itself).
    ///
    /// `primary_start` and `primary_end` are offsets (Unicode scalars) of the
    /// passage in the text of the statement `primary_quote_id`.
    static func v5Findings(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE finding (
                id INTEGER PRIMARY KEY,
                quote_id INTEGER NOT NULL REFERENCES quote(id),
                finding TEXT NOT NULL
                    CHECK (finding IN ('verbatim', 'misquoted', 'truncated', 'spliced', 'misattributed')),
                score REAL NOT NULL,
                primary_source_id INTEGER NOT NULL REFERENCES source(id),
                primary_quote_id INTEGER REFERENCES quote(id),
                primary_speaker TEXT,
                primary_text TEXT NOT NULL,
                primary_start INTEGER NOT NULL,
                primary_end INTEGER NOT NULL,
                diff TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL
            );
            CREATE INDEX finding_quote ON finding(quote_id, id);
            CREATE INDEX finding_primary_source ON finding(primary_source_id);
            """)
    }
}
