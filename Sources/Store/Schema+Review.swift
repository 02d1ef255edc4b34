import GRDB

extension Schema {
    /// Migration "v4-review": claims can be joined into another claim.
    ///
    /// When a speaker merge or a speaker correction makes two claims identical
    /// (same words, same speaker), one claim absorbs the other. The absorbed
    /// row stays, because the append-only audit trail refers to it: its
    /// `merged_into` names the claim that absorbed it, its appearances move
    /// there, and its `speaker_key` becomes `-id` so that it never matches a
    /// claim lookup by `(claim_key, speaker_key)` again. Every live claim keeps
    /// `merged_into` NULL and `speaker_key` equal to `speaker_id` (0 when unattributed).
    /// Listings skip joined claims; a partial index keeps their default order free of a sort.
    static func v4Review(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE quote ADD COLUMN merged_into INTEGER REFERENCES quote(id);
            CREATE INDEX quote_merged_into ON quote(merged_into) WHERE merged_into IS NOT NULL;
            CREATE INDEX quote_live_order ON quote(first_source_id, first_position, id) WHERE merged_into IS NULL;
            """)
    }
}
