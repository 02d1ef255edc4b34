import Foundation
import GRDB

extension ClaimsStore {
    /// Every speaker with its usual role, aliases and number of claims, by name.
    public func speakers() throws -> [SpeakerRecord] {
        try writer.read { db in
            let aliases = try Row.fetchAll(db, sql: "SELECT speaker_id, alias FROM speaker_alias ORDER BY alias")
            let byID = Dictionary(grouping: aliases, by: { $0["speaker_id"] as Int64 })
            return try Row.fetchAll(db, sql: """
                SELECT s.id, s.name, s.type, s.role,
                    (SELECT COUNT(*) FROM quote q WHERE q.speaker_id = s.id AND q.merged_into IS NULL) AS quotes
                FROM speaker s ORDER BY s.name COLLATE NOCASE, s.id
                """).map { row in
                let id: Int64 = row["id"]
                return SpeakerRecord(id: id, name: row["name"], type: row["type"], role: row["role"],
                                     aliases: byID[id, default: []].map { $0["alias"] as String },
                                     quoteCount: row["quotes"])
            }
        }
    }

    /// The speaker named by an id, a name (any case) or an alias of one speaker.
    /// Throws ``StoreError/unknownSpeaker(_:)`` or ``StoreError/ambiguousSpeaker(_:_:)``.
    public func speaker(_ reference: String) throws -> SpeakerRecord {
        let id = try writer.read { db in try SpeakerSQL.resolve(reference, in: db).id }
        guard let record = try speakers().first(where: { $0.id == id }) else {
            throw StoreError.unknownSpeaker(reference)
        }
        return record
    }

    /// Merges speaker `source` into `target` (each an id, a name or an alias), in one transaction,
    /// and returns `target` as it now is.
    ///
    /// The source's claims move to the target, each with a `speaker` entry in
    /// its trail (noted `speaker merge`); a claim whose words the target
    /// already has is joined with it (appearances and trails together, the
    /// verdict reviewed last). The source's aliases and its name become
    /// aliases of the target, and the source is removed.
    @discardableResult
    public func mergeSpeaker(_ source: String, into target: String, by reviewer: String,
                             at date: Date = Date()) throws -> SpeakerRecord {
        let now = Timestamp.string(from: date)
        let targetID = try writer.write { db in
            let from = try SpeakerSQL.resolve(source, in: db)
            let into = try SpeakerSQL.resolve(target, in: db)
            guard from.id != into.id else { throw StoreError.sameSpeaker(from.name) }
            let changeID = try AuditLog.newChangeID(in: db)
            let join = ClaimJoin(db: db, who: reviewer, now: now, changeID: changeID)
            let quoteIDs = try Int64.fetchAll(db, sql: """
                SELECT id FROM quote WHERE speaker_id = ? AND merged_into IS NULL
                ORDER BY first_source_id, first_position, id
                """, arguments: [from.id])
            for quoteID in quoteIDs {
                _ = try join.reassign(quoteID, to: into.id, note: StoreRules.mergeNote(from: from.name, into: into.name))
            }
            // Claims joined earlier keep their rows: they follow the speaker too.
            try db.execute(sql: "UPDATE quote SET speaker_id = ? WHERE speaker_id = ?", arguments: [into.id, from.id])
            try db.execute(sql: """
                INSERT OR IGNORE INTO speaker_alias (speaker_id, alias)
                SELECT ?, alias FROM speaker_alias WHERE speaker_id = ? AND alias != ?
                """, arguments: [into.id, from.id, into.name])
            if from.name != into.name {
                try db.execute(sql: "INSERT OR IGNORE INTO speaker_alias (speaker_id, alias) VALUES (?, ?)",
                               arguments: [into.id, from.name])
            }
            try db.execute(sql: "DELETE FROM speaker_alias WHERE speaker_id = ?", arguments: [from.id])
            try db.execute(sql: "DELETE FROM speaker WHERE id = ?", arguments: [from.id])
            return into.id
        }
        return try speaker(String(targetID))
    }

    /// Renames a speaker (an id, a name or an alias) and returns it as it now is.
    ///
    /// Each of its claims gets a `speaker` entry (old name → new name, noted
    /// `speaker rename`); the old name becomes an alias, so that filters by it
    /// still work. A name another speaker has is refused
    /// (``StoreError/speakerNameTaken(_:)``): merge the two instead.
    @discardableResult
    public func renameSpeaker(_ reference: String, to name: String, by reviewer: String,
                              at date: Date = Date()) throws -> SpeakerRecord {
        let now = Timestamp.string(from: date)
        let newName = try StoreRules.speakerName(name)
        let id = try writer.write { db in
            let speaker = try SpeakerSQL.resolve(reference, in: db)
            guard speaker.name != newName else { return speaker.id }
            if try Int64.fetchOne(db, sql: "SELECT id FROM speaker WHERE name = ? AND id != ?",
                                  arguments: [newName, speaker.id]) != nil {
                throw StoreError.speakerNameTaken(newName)
            }
            try db.execute(sql: "UPDATE speaker SET name = ? WHERE id = ?", arguments: [newName, speaker.id])
            try db.execute(sql: "DELETE FROM speaker_alias WHERE speaker_id = ? AND alias = ?",
                           arguments: [speaker.id, newName])
            try db.execute(sql: "INSERT OR IGNORE INTO speaker_alias (speaker_id, alias) VALUES (?, ?)",
                           arguments: [speaker.id, speaker.name])
            let changeID = try AuditLog.newChangeID(in: db)
            let quoteIDs = try Int64.fetchAll(db, sql: """
                SELECT id FROM quote WHERE speaker_id = ? AND merged_into IS NULL ORDER BY id
                """, arguments: [speaker.id])
            for quoteID in quoteIDs {
                try AuditLog.append(quoteID: quoteID, at: now, who: reviewer, fieldName: AuditEntry.speakerField,
                                    old: speaker.name, new: newName, note: StoreRules.renameNote,
                                    changeID: changeID, in: db)
            }
            return speaker.id
        }
        return try speaker(String(id))
    }
}
