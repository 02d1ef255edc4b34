import Foundation
import GRDB

extension ClaimsStore {
    /// The quote's audit trail, oldest first, with the trails of the claims joined into it.
    /// Throws ``StoreError/noQuote(_:)`` for an unknown id.
    public func history(quoteID: Int64) throws -> [AuditEntry] {
        try writer.read { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM quote WHERE id = ?", arguments: [quoteID]) != nil else {
                throw StoreError.noQuote(quoteID)
            }
            return try ClaimLinks.entries(of: quoteID, after: 0, in: db)
        }
    }

    /// Reverses the reviewer's last change that is not yet undone and returns
    /// the quote it touched; `nil` when there is nothing to undo.
    ///
    /// A change is the group of entries written by one call of
    /// ``recordVerdict(quoteID:change:reviewer:at:)`` (one `change_id`). The
    /// reversal restores the old values and appends new entries (noted
    /// `undo`); nothing is deleted. Undoing again reaches further back:
    /// each undo group cancels the latest change before it not yet cancelled.
    /// The quote's `reviewed_by`/`reviewed_at` go back to who reviewed it
    /// before the change, and when (cleared if nobody had), unless someone
    /// changed the quote since (see `AuditLog.markAfterUndoing`). A speaker correction
    /// is undone by giving the claim its old speaker again; speaker merges,
    /// renames, roles, aliases and joins, source removals (entries noted so)
    /// and assignments (`assigned` entries: not a verdict) are not undone (`sources remove --undo` brings a source back).
    @discardableResult
    public func undoLastChange(by reviewer: String, at date: Date = Date()) throws -> Int64? {
        let now = Timestamp.string(from: date)
        return try writer.write { db in
            guard let target = try AuditLog.lastUndoableChange(by: reviewer, in: db) else { return nil }
            let quoteID = try ClaimLinks.live(target[0].quoteID, in: db)
            guard let current = try QuoteFields(quoteID: quoteID, in: db) else { throw StoreError.noQuote(quoteID) }
            var restored = current
            var fields: [AuditedField] = []
            // Oldest value wins when a field appears twice in the group.
            for entry in target.reversed() {
                guard let field = AuditedField(rawValue: entry.field) else { continue }
                restored.values[field] = .some(entry.oldValue)
                if !fields.contains(field) { fields.append(field) }
            }
            let mark = try AuditLog.markAfterUndoing(target, of: quoteID,
                                                     current: ReviewMark(quoteID: quoteID, in: db), in: db)
            try restored.save(fields, reviewedBy: mark.by, at: mark.at, in: db)
            let changeID = try AuditLog.newChangeID(in: db)
            for field in fields {
                try AuditLog.append(quoteID: quoteID, at: now, who: reviewer, field: field,
                                    old: current.values[field] ?? nil, new: restored.values[field] ?? nil,
                                    note: AuditEntry.undoNote, changeID: changeID, in: db)
            }
            guard let speakerEntry = target.last(where: { $0.field == AuditEntry.speakerField }) else { return quoteID }
            let speakerID = try speakerEntry.oldValue.map { try SpeakerSQL.findOrCreate($0, at: now, in: db).id }
            let join = ClaimJoin(db: db, who: reviewer, now: now, changeID: changeID)
            return try join.reassign(quoteID, to: speakerID, note: AuditEntry.undoNote)
        }
    }
}

extension AuditLog {
    /// The entries of the reviewer's latest change not yet undone, newest first.
    ///
    /// Walks the reviewer's entries newest first in groups (same change id);
    /// each undo group cancels the next older change group.
    static func lastUndoableChange(by reviewer: String, in db: Database) throws -> [AuditEntry]? {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT * FROM audit WHERE who = ? AND field <> 'assigned'
                AND (note IS NULL OR (note NOT LIKE 'join #%' AND note NOT LIKE 'speaker %' AND note NOT LIKE 'source %'))
            ORDER BY id DESC
            """, arguments: [reviewer])
        var group: [AuditEntry] = []
        var pendingUndos = 0
        func close() -> [AuditEntry]? {
            guard let first = group.first else { return nil }
            defer { group = [] }
            if first.isUndo {
                pendingUndos += 1
                return nil
            }
            if pendingUndos > 0 {
                pendingUndos -= 1
                return nil
            }
            return group
        }
        while let row = try rows.next() {
            let entry = AuditEntry(row: row)
            if let first = group.first, first.changeID != entry.changeID {
                if let found = close() { return found }
            }
            group.append(entry)
        }
        return close()
    }
}
