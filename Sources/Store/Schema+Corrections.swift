import GRDB

extension Schema {
    /// Migration "v7-corrections": a speaker's usual role, and sources taken out.
    ///
    /// `speaker.role` is the speaker's usual role (`speakers role`); a quote's
    /// own `speaker_role` wins over it where the quote has one.
    ///
    /// A removed source keeps its row (and its archived bytes) with
    /// `removed_at` and `removed_by` set. A claim that appears in no other
    /// source stays whole (appearances and trail) but leaves every listing:
    /// its `removed_with` names the source whose removal took it out. A claim
    /// that also appears elsewhere loses only that appearance: the row moves to
    /// `removed_appearance`, with `was_first` set when it was the claim's first
    /// appearance (which then moves to the earliest one left), so that
    /// `sources remove --undo` puts everything back as it was.
    static func v7Corrections(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE speaker ADD COLUMN role TEXT;
            ALTER TABLE source ADD COLUMN removed_at TEXT;
            ALTER TABLE source ADD COLUMN removed_by TEXT;
            ALTER TABLE quote ADD COLUMN removed_with INTEGER REFERENCES source(id);
            CREATE INDEX quote_removed_with ON quote(removed_with) WHERE removed_with IS NOT NULL;
            CREATE TABLE removed_appearance (
                id INTEGER PRIMARY KEY,
                quote_id INTEGER NOT NULL REFERENCES quote(id),
                source_id INTEGER NOT NULL REFERENCES source(id),
                position INTEGER NOT NULL,
                paragraph INTEGER,
                start INTEGER,
                "end" INTEGER,
                context TEXT,
                was_first BOOLEAN NOT NULL DEFAULT 0
            );
            CREATE INDEX removed_appearance_source ON removed_appearance(source_id);
            """)
    }
}
