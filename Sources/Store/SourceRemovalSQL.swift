import GRDB

/// The SQL of removing and restoring sources.
enum SourceRemovalSQL {
    /// When the source was removed (`nil`: it is not); throws ``StoreError/noSource(_:)`` if there is none.
    static func removedAt(of sourceID: Int64, in db: Database) throws -> String? {
        guard let row = try Row.fetchOne(db, sql: "SELECT removed_at FROM source WHERE id = ?",
                                         arguments: [sourceID]) else { throw StoreError.noSource(sourceID) }
        return row["removed_at"]
    }

    /// Whether the claim appears in a source other than `sourceID`.
    static func appearsElsewhere(_ quoteID: Int64, than sourceID: Int64, in db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT 1 FROM appearance WHERE quote_id = ? AND source_id != ? LIMIT 1",
                          arguments: [quoteID, sourceID]) != nil
    }

    /// Moves the claim's appearances in `sourceID` to `removed_appearance`; if
    /// its first appearance was one of them, the earliest one left becomes first.
    static func setAside(_ quoteID: Int64, in sourceID: Int64, in db: Database) throws {
        guard let first = try Row.fetchOne(db, sql: "SELECT first_source_id, first_position FROM quote WHERE id = ?",
                                           arguments: [quoteID]) else { throw StoreError.noQuote(quoteID) }
        let firstSource: Int64 = first["first_source_id"]
        let firstPosition: Int = first["first_position"]
        try db.execute(sql: """
            INSERT INTO removed_appearance (quote_id, source_id, position, paragraph, start, "end", context, was_first)
            SELECT quote_id, source_id, position, paragraph, start, "end", context,
                source_id = ? AND position = ?
            FROM appearance WHERE quote_id = ? AND source_id = ? ORDER BY position
            """, arguments: [firstSource, firstPosition, quoteID, sourceID])
        try db.execute(sql: "DELETE FROM appearance WHERE quote_id = ? AND source_id = ?", arguments: [quoteID, sourceID])
        guard firstSource == sourceID else { return }
        try db.execute(sql: """
            UPDATE quote SET (first_source_id, first_position) = (
                SELECT source_id, position FROM appearance WHERE quote_id = ? ORDER BY source_id, position LIMIT 1)
            WHERE id = ?
            """, arguments: [quoteID, quoteID])
    }

    /// Puts a row of `removed_appearance` back among the appearances (first again if it was).
    static func putBack(_ row: Row, in db: Database) throws {
        let quoteID: Int64 = row["quote_id"]
        let sourceID: Int64 = row["source_id"]
        let position: Int = row["position"]
        try db.execute(sql: """
            INSERT OR IGNORE INTO appearance (quote_id, source_id, position, paragraph, start, "end", context)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [quoteID, sourceID, position, row["paragraph"], row["start"], row["end"], row["context"]])
        if row["was_first"] as Bool {
            try db.execute(sql: "UPDATE quote SET first_source_id = ?, first_position = ? WHERE id = ?",
                           arguments: [sourceID, position, quoteID])
        }
        try db.execute(sql: "DELETE FROM removed_appearance WHERE id = ?", arguments: [row["id"]])
    }

    /// Brings back the claims, taken out with a removed source, that the new
    /// source `sourceID` carries: it is in use, so they are too. Each leaves its
    /// removed source's appearances aside and gets a `restored` entry by
    /// `quotecheck import` (noted `source import #ID`).
    static func bringBack(quotesOf sourceID: Int64, at now: String, in db: Database) throws {
        let rows = try Row.fetchAll(db, sql: """
            SELECT DISTINCT q.id, q.removed_with FROM appearance a JOIN quote q ON q.id = a.quote_id
            WHERE a.source_id = ? AND q.removed_with IS NOT NULL ORDER BY q.id
            """, arguments: [sourceID])
        guard !rows.isEmpty else { return }
        let changeID = try AuditLog.newChangeID(in: db)
        for row in rows {
            let quoteID: Int64 = row["id"]
            try setAside(quoteID, in: row["removed_with"], in: db)
            try db.execute(sql: "UPDATE quote SET removed_with = NULL WHERE id = ?", arguments: [quoteID])
            try AuditLog.append(quoteID: quoteID, at: now, who: StoreRules.importer, fieldName: StoreRules.restoredField,
                                old: nil, new: StoreRules.sourceValue(sourceID), note: StoreRules.importNote(sourceID),
                                changeID: changeID, in: db)
        }
    }
}
