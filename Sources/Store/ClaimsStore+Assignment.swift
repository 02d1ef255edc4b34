import Foundation
import GRDB

extension ClaimsStore {
    /// Gives the quotes `quoteIDs` to `assignee` (`nil` takes them back), all or nothing,
    /// and returns what changed, in the order of `quoteIDs` (an id given twice counts once).
    ///
    /// Every id is checked first: unknown ones are named together in
    /// ``StoreError/noQuotes(_:)``, claims taken out with a removed source in
    /// ``StoreError/removedQuotes(_:)``, and nothing changes. Each claim whose
    /// assignee changes gets an `assigned` audit entry (who assigned, from whom,
    /// to whom, when); that entry grows the claim's version like any change.
    /// The id of a claim joined into another assigns that other claim.
    @discardableResult
    public func assign(quoteIDs: [Int64], to assignee: String?, by reviewer: String,
                       at date: Date = Date()) throws -> [Assignment] {
        let now = Timestamp.string(from: date)
        var seen = Set<Int64>()
        let ids = quoteIDs.filter { seen.insert($0).inserted }
        return try writer.write { db in
            try RemovalSQL.checkLive(ids, in: db)
            var done: [Assignment] = []
            for id in ids {
                let liveID = try ClaimLinks.live(id, in: db)
                let previous = try String.fetchOne(db, sql: "SELECT assigned_to FROM quote WHERE id = ?",
                                                   arguments: [liveID])
                let assignment = Assignment(quoteID: liveID, previous: previous, assignee: assignee)
                done.append(assignment)
                guard assignment.changed else { continue }
                try db.execute(sql: "UPDATE quote SET assigned_to = ? WHERE id = ?", arguments: [assignee, liveID])
                try AuditLog.append(quoteID: liveID, at: now, who: reviewer, fieldName: AuditEntry.assignedField,
                                    old: previous, new: assignee, note: nil,
                                    changeID: try AuditLog.newChangeID(in: db), in: db)
            }
            return done
        }
    }

    /// Who the quote is assigned to, if anyone. Throws ``StoreError/noQuote(_:)`` for an unknown id.
    public func assignee(ofQuote quoteID: Int64) throws -> String? {
        try writer.read { db in
            let liveID = try ClaimLinks.live(quoteID, in: db)
            return try String.fetchOne(db, sql: "SELECT assigned_to FROM quote WHERE id = ?", arguments: [liveID])
        }
    }
}

/// The SQL of assignments kept in step with the audit trail.
enum AssignmentSQL {
    /// Sets each claim's `assigned_to` from its latest `assigned` entry (by time, then append
    /// order), for the claims that have one: a JSON Lines merge brings the trail, and so the assignment.
    static func replay(in db: Database) throws {
        try db.execute(sql: """
            UPDATE quote SET assigned_to = (
                SELECT au.new_value FROM audit au WHERE au.quote_id = quote.id AND au.field = ?
                ORDER BY au.at DESC, au.id DESC LIMIT 1)
            WHERE id IN (SELECT quote_id FROM audit WHERE field = ?)
            """, arguments: [AuditEntry.assignedField, AuditEntry.assignedField])
    }
}
