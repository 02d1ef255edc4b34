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
            let note = StoreRules.removeNote(sourceID)
            let quoteIDs = try Int64.fetchAll(db, sql: """
                SELECT DISTINCT a.quote_id FROM appearance a JOIN quote q ON q.id = a.quote_id
                WHERE a.source_id = ? AND q.merged_into IS NULL AND q.removed_with IS NULL ORDER BY a.quote_id
                """, arguments: [sourceID])
            var removal = SourceRemoval(sourceID: sourceID)
            for quoteID in quoteIDs {
                if try SourceRemovalSQL.appearsElsewhere(quoteID, than: sourceID, in: db) {
                    try SourceRemovalSQL.setAside(quoteID, in: sourceID, in: db)
                    try AuditLog.append(quoteID: quoteID, at: now, who: reviewer, fieldName: StoreRules.appearanceField,
                                        old: StoreRules.sourceValue(sourceID), new: nil, note: note, changeID: changeID, in: db)
                    removal.appearancesRemoved.append(quoteID)
                } else {
                    try db.execute(sql: "UPDATE quote SET removed_with = ? WHERE id = ?", arguments: [sourceID, quoteID])
                    try AuditLog.append(quoteID: quoteID, at: now, who: reviewer, fieldName: StoreRules.removedField,
                                        old: nil, new: StoreRules.sourceValue(sourceID), note: note, changeID: changeID, in: db)
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
            let note = StoreRules.restoreNote(sourceID)
            var removal = SourceRemoval(sourceID: sourceID)
            let restored = try Int64.fetchAll(db, sql: "SELECT id FROM quote WHERE removed_with = ? ORDER BY id",
                                              arguments: [sourceID])
            for quoteID in restored {
                try db.execute(sql: "UPDATE quote SET removed_with = NULL WHERE id = ?", arguments: [quoteID])
                try AuditLog.append(quoteID: quoteID, at: now, who: reviewer, fieldName: StoreRules.restoredField,
                                    old: nil, new: StoreRules.sourceValue(sourceID), note: note, changeID: changeID, in: db)
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
                    try AuditLog.append(quoteID: quoteID, at: now, who: reviewer, fieldName: StoreRules.restoredField,
                                        old: nil, new: StoreRules.sourceValue(sourceID), note: note, changeID: changeID, in: db)
                    removal.quotesRemoved.append(quoteID)
                } else if !removal.appearancesRemoved.contains(quoteID) {
                    try AuditLog.append(quoteID: quoteID, at: now, who: reviewer, fieldName: StoreRules.appearanceField,
                                        old: nil, new: StoreRules.sourceValue(sourceID), note: note, changeID: changeID, in: db)
                    removal.appearancesRemoved.append(quoteID)
                }
            }
            return removal
        }
    }
}
