import GRDB

extension Schema {
    /// Migration "v6-attribution": each claim keeps how the extractor attributed
    /// its first appearance, beside `cue`: `rule`, the id of the attribution
    /// rule (`after-cue`, `according-to`, …), and `confidence`, how sure it was
    /// (0…1). Both stay NULL for manual quotes and for claims stored before this
    /// migration.
    ///
    /// `confidence_order` is the sort key of `review --order confidence`
    /// (a virtual column, computed when read): the confidence, with NULL as 2 so
    /// that claims without one sort after all the others. The index
    /// `quote_confidence_queue` serves the review queue in that order: its
    /// leading `status` finds the next unreviewed quote without walking past
    /// the reviewed ones, and plain columns let the row value that pages after
    /// a quote seek straight to it.
    static func v6Attribution(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE quote ADD COLUMN rule TEXT;
            ALTER TABLE quote ADD COLUMN confidence REAL CHECK (confidence BETWEEN 0 AND 1);
            ALTER TABLE quote ADD COLUMN confidence_order REAL GENERATED ALWAYS AS (COALESCE(confidence, 2)) VIRTUAL;
            CREATE INDEX quote_confidence_queue
                ON quote(status, confidence_order, first_source_id, first_position, id)
                WHERE merged_into IS NULL;
            """)
    }
}
