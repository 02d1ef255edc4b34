import Foundation
import PostgresNIO
import Store

/// Finding speakers by name or alias on PostgreSQL (the SQLite store's `SpeakerSQL`).
enum SpeakerRows {
    /// The speaker with this name (exact, else any ASCII case), else the one speaker with this alias; `nil` if none.
    /// An alias of several speakers is ``Store/StoreError/ambiguousSpeaker(_:_:)``.
    static func byName(_ name: String, on connection: PostgresConnection,
                       logger: Logger) async throws -> (id: Int64, name: String)? {
        let exact = try await connection.rows("SELECT id, name FROM speaker WHERE name = \(name)", logger: logger)
        if let row = exact.first { return (try row[0].decode(Int64.self), try row[1].decode(String.self)) }
        let folded = try await connection.rows(PostgresQuery(unsafeSQL: """
            SELECT id, name FROM speaker WHERE name_folded = \(PostgresDialect.foldCase("$1")) ORDER BY id
            """, binds: PostgresClaimStore.binding(name)), logger: logger)
        if let row = folded.first { return (try row[0].decode(Int64.self), try row[1].decode(String.self)) }
        let rows = try await connection.rows(PostgresQuery(unsafeSQL: """
            SELECT DISTINCT s.id, s.name FROM speaker_alias a JOIN speaker s ON s.id = a.speaker_id
            WHERE a.alias_folded = \(PostgresDialect.foldCase("$1")) ORDER BY s.id
            """, binds: PostgresClaimStore.binding(name)), logger: logger)
        let found = try rows.map { (try $0[0].decode(Int64.self), try $0[1].decode(String.self)) }
        if found.count > 1 { throw StoreError.ambiguousSpeaker(name, found.map(\.1)) }
        return found.first.map { (id: $0.0, name: $0.1) }
    }

    /// The speaker with this name or alias, created (with no type) if there is none.
    static func findOrCreate(_ name: String, at now: String, on connection: PostgresConnection,
                             logger: Logger) async throws -> (id: Int64, name: String) {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw StoreError.emptySpeakerName }
        if let found = try await byName(trimmed, on: connection, logger: logger) { return found }
        if let id = try await connection.value("""
            INSERT INTO speaker (name, type, created_at) VALUES (\(trimmed), NULL, \(now))
            \(unescaped: PostgresDialect.ignoreConflicts) RETURNING id
            """, as: Int64.self, logger: logger) {
            return (id, trimmed)
        }
        // Another writer created it meanwhile.
        guard let found = try await byName(trimmed, on: connection, logger: logger) else {
            throw StoreError.unknownSpeaker(trimmed)
        }
        return found
    }

    /// The name of speaker `id`, or `nil`.
    static func name(of id: Int64?, on connection: PostgresConnection, logger: Logger) async throws -> String? {
        guard let id else { return nil }
        return try await connection.value("SELECT name FROM speaker WHERE id = \(id)", as: String.self, logger: logger)
    }
}
