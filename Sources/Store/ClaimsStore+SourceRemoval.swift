import Foundation
import GRDB

extension ClaimsStore {
    /// Takes out a wrongly imported source and returns what it touched.
    ///
    /// Its claims that appear in no other source leave the queue, the
    /// listings and the exports; each gets a `removed` entry (new value
    /// `source #ID`, noted `source remove #ID`). Claims that also appear in
    /// other sources lose only that appearance (an `appearance` entry, old
    /// value `source #ID`); where it was their first, the earliest one left
    /// becomes the first. The source's row and archived bytes stay (the
    /// source is marked removed, by whom and when); nothing in any trail is
    /// rewritten. Throws ``StoreError/noSource(_:)`` or ``StoreError/sourceRemoved(_:)``.
    @discardableResult
    public func removeSource(id sourceID: Int64, by reviewer: String, at date: Date = Date()) throws -> SourceRemoval {
        let now = Timestamp.string(from: date)
        return try writer.write { db in
            let removedAt = try SourceRemovalSQL.removedAt(of: sourceID, in: db)
            guard removedAt == nil else { throw StoreError.sourceRemoved(sourceID) }
            try db.execute(sql: "UPDATE source SET removed_at = ?, removed_by = ? WHERE id = ?",
                           arguments: [now, reviewer, sourceID])
            let changeID = try AuditLog.newChangeID(in: db)
            let note = "source remove #\(sourceID)"
            let quoteIDs = try Int64.fetchAll(db, sql: """
                SELECT DISTINCT a.quote_id FROM appearance a JOIN quote q ON q.id = a.quote_id
                WHERE a.source_id = ? AND q.merged_into IS NULL AND q.removed_with IS NULL ORDER BY a.quote_id
                """, arguments: [sourceID])
            var removal = SourceRemoval(sourceID: sourceID)
            for quoteID in quoteIDs {
                if try SourceRemovalSQL.appearsElsewhere(quoteID, than: sourceID, in: db) {
                    try SourceRemovalSQL.setAside(quoteID, in: sourceID, in: db)
                    try AuditLog.append(quoteID: quoteID, at: now, who: reviewer, fieldName: "appearance",
                                        old: "source #\(sourceID)", new: nil, note: note, changeID: changeID, in: db)
                    removal.appearancesRemoved.append(quoteID)
                } else {
                    try db.execute(sql: "UPDATE quote SET removed_with = ? WHERE id = ?", arguments: [sourceID, quoteID])
                    try AuditLog.append(quoteID: quoteID, at: now, who: reviewer, fieldName: "removed",
                                        old: nil, new: "source #\(sourceID)", note: note, changeID: changeID, in: db)
                    removal.quotesRemoved.append(quoteID)
                }
            }
            return removal
        }
    }

    /// Brings back a removed source (`sources remove --undo`) and returns what it touched.
    ///
    /// The claims its removal took out come back (a `restored` entry, new
    /// value `source #ID`, noted `source restore #ID`), and the claims that
    /// lost an appearance get it back (an `appearance` entry, new value
    /// `source #ID`), first again where it was first. A claim still held out
    /// by another removed source comes back too, since it appears here again:
    /// it leaves that source's appearance aside instead. Throws
    /// ``StoreError/noSource(_:)`` or ``StoreError/sourceNotRemoved(_:)``.
    @discardableResult
    public func restoreSource(id sourceID: Int64, by reviewer: String, at date: Date = Date()) throws -> SourceRemoval {
        let now = Timestamp.string(from: date)
        return try writer.write { db in
            guard try SourceRemovalSQL.removedAt(of: sourceID, in: db) != nil else {
                throw StoreError.sourceNotRemoved(sourceID)
            }
            try db.execute(sql: "UPDATE source SET removed_at = NULL, removed_by = NULL WHERE id = ?",
                           arguments: [sourceID])
            let changeID = try AuditLog.newChangeID(in: db)
            let note = "source restore #\(sourceID)"
            var removal = SourceRemoval(sourceID: sourceID)
            let restored = try Int64.fetchAll(db, sql: "SELECT id FROM quote WHERE removed_with = ? ORDER BY id",
                                              arguments: [sourceID])
            for quoteID in restored {
                try db.execute(sql: "UPDATE quote SET removed_with = NULL WHERE id = ?", arguments: [quoteID])
                try AuditLog.append(quoteID: quoteID, at: now, who: reviewer, fieldName: "restored",
                                    old: nil, new: "source #\(sourceID)", note: note, changeID: changeID, in: db)
                removal.quotesRemoved.append(quoteID)
            }
            let setAside = try Row.fetchAll(db, sql: """
                SELECT * FROM removed_appearance WHERE source_id = ? ORDER BY quote_id, id
                """, arguments: [sourceID])
            for row in setAside {
                let quoteID: Int64 = row["quote_id"]
                try SourceRemovalSQL.putBack(row, in: db)
                if let other = try Int64.fetchOne(db, sql: "SELECT removed_with FROM quote WHERE id = ?",
                                                  arguments: [quoteID]) {
                    // Held out by another removed source: back, without that source's appearance.
                    try SourceRemovalSQL.setAside(quoteID, in: other, in: db)
                    try db.execute(sql: "UPDATE quote SET removed_with = NULL WHERE id = ?", arguments: [quoteID])
                    try AuditLog.append(quoteID: quoteID, at: now, who: reviewer, fieldName: "restored",
                                        old: nil, new: "source #\(sourceID)", note: note, changeID: changeID, in: db)
                    removal.quotesRemoved.append(quoteID)
                } else if !removal.appearancesRemoved.contains(quoteID) {
                    try AuditLog.append(quoteID: quoteID, at: now, who: reviewer, fieldName: "appearance",
                                        old: nil, new: "source #\(sourceID)", note: note, changeID: changeID, in: db)
                    removal.appearancesRemoved.append(quoteID)
                }
            }
            return removal
        }
    }
}

/// What removing or restoring a source touched.
public struct SourceRemoval: Sendable, Equatable {
    /// The source.
    public var sourceID: Int64
    /// The claims that left (or came back): they appear in no other live source.
    public var quotesRemoved: [Int64] = []
    /// The claims that only lost (or got back) their appearance in the source.
    public var appearancesRemoved: [Int64] = []

    /// Creates an empty account for a source.
    public init(sourceID: Int64, quotesRemoved: [Int64] = [], appearancesRemoved: [Int64] = []) {
        self.sourceID = sourceID
        self.quotesRemoved = quotesRemoved
        self.appearancesRemoved = appearancesRemoved
    }
}

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
}
