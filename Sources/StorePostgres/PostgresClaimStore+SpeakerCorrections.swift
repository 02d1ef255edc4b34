import Foundation
import PostgresNIO
import Store

extension PostgresClaimStore {
    /// The speaker named by an id, a name (any ASCII case) or an alias of one speaker:
    /// the rule of ``Store/ClaimsStore/speaker(_:)``.
    public func speaker(_ reference: String) async throws -> SpeakerRecord {
        try await read { connection in
            let id = try await SpeakerRows.resolve(reference, on: connection, logger: logger).id
            guard let record = try await SpeakerRows.record(id, on: connection, logger: logger) else {
                throw StoreError.unknownSpeaker(reference)
            }
            return record
        }
    }

    /// Merges speaker `source` into `target` in one transaction and returns `target` as it now is:
    /// the rule of ``Store/ClaimsStore/mergeSpeaker(_:into:by:at:)``, with the same trail entries.
    ///
    /// Both speakers' rows are locked first, so that corrections of the same
    /// speakers from two machines run one after the other; a speaker merged away
    /// meanwhile is named again (``SpeakerRows/resolvingAndLocking(on:logger:_:)``).
    @discardableResult
    public func mergeSpeaker(_ source: String, into target: String, by reviewer: String,
                             at date: Date = Date()) async throws -> SpeakerRecord {
        let now = StoreRules.timestamp(date)
        return try await transaction { connection in
            let locked = try await SpeakerRows.resolvingAndLocking(on: connection, logger: logger) {
                let from = try await SpeakerRows.resolve(source, on: connection, logger: logger)
                let into = try await SpeakerRows.resolve(target, on: connection, logger: logger)
                guard from.id != into.id else { throw StoreError.sameSpeaker(from.name) }
                return ((from: from, into: into), [from.id, into.id])
            }
            let from = (id: locked.speakers.from.id, name: locked.names[locked.speakers.from.id] ?? locked.speakers.from.name)
            let into = (id: locked.speakers.into.id, name: locked.names[locked.speakers.into.id] ?? locked.speakers.into.name)
            let changeID = try await AuditTrail.newChangeID(on: connection, logger: logger)
            let joins = ClaimJoins(connection: connection, logger: logger, who: reviewer, now: now, changeID: changeID)
            let quoteIDs = try await connection.rows("""
                SELECT id FROM quote WHERE speaker_id = \(from.id) AND merged_into IS NULL
                ORDER BY first_source_id, first_position, id
                """, logger: logger).map { try $0[0].decode(Int64.self) }
            for quoteID in quoteIDs {
                _ = try await joins.reassign(quoteID, to: into.id,
                                             note: StoreRules.mergeNote(from: from.name, into: into.name))
            }
            // Claims joined earlier keep their rows: they follow the speaker too.
            try await connection.run("UPDATE quote SET speaker_id = \(into.id) WHERE speaker_id = \(from.id)",
                                     logger: logger)
            try await connection.run("""
                INSERT INTO speaker_alias (speaker_id, alias)
                SELECT \(into.id), alias FROM speaker_alias WHERE speaker_id = \(from.id) AND alias != \(into.name)
                \(unescaped: PostgresDialect.ignoreConflicts)
                """, logger: logger)
            if from.name != into.name {
                try await connection.run("""
                    INSERT INTO speaker_alias (speaker_id, alias) VALUES (\(into.id), \(from.name))
                    \(unescaped: PostgresDialect.ignoreConflicts)
                    """, logger: logger)
            }
            try await connection.run("DELETE FROM speaker_alias WHERE speaker_id = \(from.id)", logger: logger)
            try await connection.run("DELETE FROM speaker WHERE id = \(from.id)", logger: logger)
            return try await Self.record(into.id, reference: target, on: connection, logger: logger)
        }
    }

    /// Renames a speaker in one transaction and returns it as it now is: the rule of
    /// ``Store/ClaimsStore/renameSpeaker(_:to:by:at:)`` (the old name becomes an alias,
    /// each claim gets a `speaker` entry, a name another speaker has is refused).
    @discardableResult
    public func renameSpeaker(_ reference: String, to name: String, by reviewer: String,
                              at date: Date = Date()) async throws -> SpeakerRecord {
        let now = StoreRules.timestamp(date)
        let newName = try StoreRules.speakerName(name)
        return try await transaction { connection in
            let speaker = try await SpeakerRows.resolveAndLock(reference, on: connection, logger: logger)
            if speaker.name != newName {
                if try await connection.value(
                    "SELECT id FROM speaker WHERE name = \(newName) AND id != \(speaker.id)",
                    as: Int64.self, logger: logger) != nil {
                    throw StoreError.speakerNameTaken(newName)
                }
                try await connection.run("UPDATE speaker SET name = \(newName) WHERE id = \(speaker.id)", logger: logger)
                try await connection.run(
                    "DELETE FROM speaker_alias WHERE speaker_id = \(speaker.id) AND alias = \(newName)", logger: logger)
                try await connection.run("""
                    INSERT INTO speaker_alias (speaker_id, alias) VALUES (\(speaker.id), \(speaker.name))
                    \(unescaped: PostgresDialect.ignoreConflicts)
                    """, logger: logger)
                try await SpeakerRows.appendToClaims(of: speaker.id, at: now, who: reviewer, field: StoreRules.speakerField,
                                                     old: speaker.name, new: newName, note: StoreRules.renameNote,
                                                     on: connection, logger: logger)
            }
            return try await Self.record(speaker.id, reference: reference, on: connection, logger: logger)
        }
    }

    /// Sets (an empty `role`: clears) a speaker's usual role in one transaction and returns the
    /// speaker as it now is: the rule of ``Store/ClaimsStore/setSpeakerRole(_:to:by:at:)``.
    @discardableResult
    public func setSpeakerRole(_ reference: String, to role: String, by reviewer: String,
                               at date: Date = Date()) async throws -> SpeakerRecord {
        let now = StoreRules.timestamp(date)
        let newRole = StoreRules.speakerRole(role)
        return try await transaction { connection in
            let speaker = try await SpeakerRows.resolveAndLock(reference, on: connection, logger: logger)
            let oldRole = try await connection.value("SELECT role FROM speaker WHERE id = \(speaker.id)",
                                                     as: String?.self, logger: logger) ?? nil
            if oldRole != newRole {
                try await connection.run("UPDATE speaker SET role = \(newRole) WHERE id = \(speaker.id)", logger: logger)
                try await SpeakerRows.appendToClaims(of: speaker.id, at: now, who: reviewer,
                                                     field: StoreRules.speakerRoleField, old: oldRole, new: newRole,
                                                     note: StoreRules.roleNote(speaker.name),
                                                     on: connection, logger: logger)
            }
            return try await Self.record(speaker.id, reference: reference, on: connection, logger: logger)
        }
    }

    /// Removes a wrong alias (compared in any ASCII case, the exact one first) from a speaker in
    /// one transaction and returns the speaker as it now is: the rule of
    /// ``Store/ClaimsStore/removeSpeakerAlias(_:alias:by:at:)``.
    @discardableResult
    public func removeSpeakerAlias(_ reference: String, alias: String, by reviewer: String,
                                   at date: Date = Date()) async throws -> SpeakerRecord {
        let now = StoreRules.timestamp(date)
        let trimmed = alias.trimmingCharacters(in: .whitespacesAndNewlines)
        return try await transaction { connection in
            let speaker = try await SpeakerRows.resolveAndLock(reference, on: connection, logger: logger)
            guard let stored = try await connection.value(PostgresQuery(unsafeSQL: """
                SELECT alias FROM speaker_alias
                WHERE speaker_id = $1 AND alias_folded = \(PostgresDialect.foldCase("$2"))
                ORDER BY alias = $2 DESC, alias \(PostgresDialect.bytewise) LIMIT 1
                """, binds: try Self.bindings(speaker.id, trimmed)), as: String.self, logger: logger) else {
                throw StoreError.notAnAlias(speaker: speaker.name, alias: alias)
            }
            try await connection.run(
                "DELETE FROM speaker_alias WHERE speaker_id = \(speaker.id) AND alias = \(stored)", logger: logger)
            try await SpeakerRows.appendToClaims(of: speaker.id, at: now, who: reviewer,
                                                 field: StoreRules.speakerAliasField, old: stored, new: nil,
                                                 note: StoreRules.unaliasNote(speaker.name),
                                                 on: connection, logger: logger)
            return try await Self.record(speaker.id, reference: reference, on: connection, logger: logger)
        }
    }

    /// Speaker `id` as it now is, read in the transaction that changed it.
    private static func record(_ id: Int64, reference: String, on connection: PostgresConnection,
                               logger: Logger) async throws -> SpeakerRecord {
        guard let record = try await SpeakerRows.record(id, on: connection, logger: logger) else {
            throw StoreError.unknownSpeaker(reference)
        }
        return record
    }

    /// Bindings of an integer and a text, `$1` and `$2`.
    private static func bindings(_ id: Int64, _ text: String) throws -> PostgresBindings {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(text)
        return binds
    }
}
