import Foundation
import GRDB

extension ClaimsStore {
    /// Sets the usual role of a speaker (an id, a name or an alias); an empty
    /// `role` clears it. Returns the speaker as it now is.
    ///
    /// Quote records show a quote's own role where it has one, else its
    /// speaker's usual role. Each of the speaker's claims gets a
    /// `speaker_role` entry (old usual role → new, noted `speaker role`), so
    /// that the change is traced like a merge or a rename; like those, it is
    /// not undone by `undo`.
    @discardableResult
    public func setSpeakerRole(_ reference: String, to role: String, by reviewer: String,
                               at date: Date = Date()) throws -> SpeakerRecord {
        let now = Timestamp.string(from: date)
        let newRole = StoreRules.speakerRole(role)
        let id = try writer.write { db in
            let speaker = try SpeakerSQL.resolve(reference, in: db)
            let oldRole = try String.fetchOne(db, sql: "SELECT role FROM speaker WHERE id = ?", arguments: [speaker.id])
            guard oldRole != newRole else { return speaker.id }
            try db.execute(sql: "UPDATE speaker SET role = ? WHERE id = ?", arguments: [newRole, speaker.id])
            try SpeakerSQL.appendToClaims(of: speaker.id, at: now, who: reviewer,
                                          fieldName: StoreRules.speakerRoleField, old: oldRole, new: newRole,
                                          note: StoreRules.roleNote(speaker.name), in: db)
            return speaker.id
        }
        return try speaker(String(id))
    }

    /// Removes a wrong alias from a speaker (an id, a name or an alias) and
    /// returns the speaker as it now is.
    ///
    /// An alias the speaker does not have (compared in any case) is refused
    /// with ``StoreError/notAnAlias(speaker:alias:)``. Each of the speaker's
    /// claims gets a `speaker_alias` entry (the alias → nothing, noted
    /// `speaker unalias`).
    @discardableResult
    public func removeSpeakerAlias(_ reference: String, alias: String, by reviewer: String,
                                   at date: Date = Date()) throws -> SpeakerRecord {
        let now = Timestamp.string(from: date)
        let id = try writer.write { db in
            let speaker = try SpeakerSQL.resolve(reference, in: db)
            let trimmed = alias.trimmingCharacters(in: .whitespacesAndNewlines)
            guard let stored = try String.fetchOne(db, sql: """
                SELECT alias FROM speaker_alias WHERE speaker_id = ? AND alias = ? COLLATE NOCASE
                ORDER BY alias = ? DESC LIMIT 1
                """, arguments: [speaker.id, trimmed, trimmed]) else {
                throw StoreError.notAnAlias(speaker: speaker.name, alias: alias)
            }
            try db.execute(sql: "DELETE FROM speaker_alias WHERE speaker_id = ? AND alias = ?",
                           arguments: [speaker.id, stored])
            try SpeakerSQL.appendToClaims(of: speaker.id, at: now, who: reviewer, fieldName: StoreRules.speakerAliasField,
                                          old: stored, new: nil, note: StoreRules.unaliasNote(speaker.name), in: db)
            return speaker.id
        }
        return try speaker(String(id))
    }
}

extension SpeakerSQL {
    /// Appends one entry (one change) to the trail of each live claim of speaker `id`.
    static func appendToClaims(of id: Int64, at now: String, who: String, fieldName: String,
                               old: String?, new: String?, note: String, in db: Database) throws {
        let changeID = try AuditLog.newChangeID(in: db)
        let quoteIDs = try Int64.fetchAll(db, sql: """
            SELECT id FROM quote WHERE speaker_id = ? AND merged_into IS NULL ORDER BY id
            """, arguments: [id])
        for quoteID in quoteIDs {
            try AuditLog.append(quoteID: quoteID, at: now, who: who, fieldName: fieldName,
                                old: old, new: new, note: note, changeID: changeID, in: db)
        }
    }
}
