import PostgresNIO
import Store

/// Naming, locking and reading one speaker on PostgreSQL, and tracing a
/// correction on its claims (the SQLite store's `SpeakerSQL.resolve` and `appendToClaims`).
extension SpeakerRows {
    /// The speaker named by `reference`: an id (digits), else a name (any ASCII case), else an alias of one speaker.
    static func resolve(_ reference: String, on connection: PostgresConnection,
                        logger: Logger) async throws -> (id: Int64, name: String) {
        let trimmed = reference.trimmingCharacters(in: .whitespaces)
        if let id = Int64(trimmed), let name = try await name(of: id, on: connection, logger: logger) {
            return (id, name)
        }
        if let found = try await byName(trimmed, on: connection, logger: logger) { return found }
        throw StoreError.unknownSpeaker(reference)
    }

    /// Locks the rows of the speakers `ids` until the transaction ends, in id order (so that two
    /// corrections of the same speakers from two machines wait for each other instead of
    /// deadlocking), and returns their names as they now are; `nil` when one was removed
    /// meanwhile (merged into another): the caller names its speakers again.
    static func lock(_ ids: [Int64], on connection: PostgresConnection,
                     logger: Logger) async throws -> [Int64: String]? {
        var names: [Int64: String] = [:]
        for id in Set(ids).sorted() {
            guard let name = try await connection.value(
                "SELECT name FROM speaker WHERE id = \(id) \(unescaped: PostgresDialect.lockRow)",
                as: String.self, logger: logger) else { return nil }
            names[id] = name
        }
        return names
    }

    /// Resolves the speakers with `resolve` and locks their rows (``lock(_:on:logger:)``), resolving
    /// again when one was merged away while this transaction waited for its lock: the outcome is the
    /// one the correction would have had had it started after the other (as on SQLite, where writers
    /// take turns), e.g. ``Store/StoreError/sameSpeaker(_:)`` for a name now an alias of the target.
    static func resolvingAndLocking<Speakers>(
        on connection: PostgresConnection, logger: Logger,
        _ resolve: () async throws -> (speakers: Speakers, ids: [Int64])
    ) async throws -> (speakers: Speakers, names: [Int64: String]) {
        while true {
            let resolved = try await resolve()
            if let names = try await lock(resolved.ids, on: connection, logger: logger) {
                return (resolved.speakers, names)
            }
        }
    }

    /// The speaker named by `reference` (see ``resolve(_:on:logger:)``), its row locked until the transaction ends.
    static func resolveAndLock(_ reference: String, on connection: PostgresConnection,
                               logger: Logger) async throws -> (id: Int64, name: String) {
        let locked = try await resolvingAndLocking(on: connection, logger: logger) {
            let found = try await resolve(reference, on: connection, logger: logger)
            return (found, [found.id])
        }
        return (locked.speakers.id, locked.names[locked.speakers.id] ?? locked.speakers.name)
    }

    /// Speaker `id` with its usual role, aliases (bytewise order) and number of live claims,
    /// as ``PostgresClaimStore/speakers()`` lists it; `nil` if there is no such speaker.
    static func record(_ id: Int64, on connection: PostgresConnection, logger: Logger) async throws -> SpeakerRecord? {
        guard let row = try await connection.rows("""
            SELECT s.id, s.name, s.type, s.role,
                (SELECT COUNT(*) FROM quote q WHERE q.speaker_id = s.id AND q.merged_into IS NULL) AS quotes
            FROM speaker s WHERE s.id = \(id)
            """, logger: logger).first else { return nil }
        let aliases = try await connection.rows(
            "SELECT alias FROM speaker_alias WHERE speaker_id = \(id) ORDER BY alias \(unescaped: PostgresDialect.bytewise)",
            logger: logger).map { try $0[0].decode(String.self) }
        return SpeakerRecord(id: id, name: try row[1].decode(String.self), type: try row[2].decode(String?.self),
                             role: try row[3].decode(String?.self), aliases: aliases,
                             quoteCount: Int(try row[4].decode(Int64.self)))
    }

    /// Appends one entry (one change) to the trail of each live claim of speaker `id`, by claim id.
    static func appendToClaims(of id: Int64, at now: String, who: String, field: String, old: String?, new: String?,
                               note: String, on connection: PostgresConnection, logger: Logger) async throws {
        let changeID = try await AuditTrail.newChangeID(on: connection, logger: logger)
        try await connection.run("""
            INSERT INTO audit (quote_id, at, who, field, old_value, new_value, note, change_id)
            SELECT id, \(now), \(who), \(field), \(old), \(new), \(note), \(changeID)
            FROM quote WHERE speaker_id = \(id) AND merged_into IS NULL ORDER BY id
            """, logger: logger)
    }
}
