import PostgresNIO
import Store

extension PostgresClaimStore {
    /// Every speaker with its usual role, aliases and number of claims, by name
    /// ignoring ASCII case (as SQLite's `NOCASE` sorts), then id.
    public func speakers() async throws -> [SpeakerRecord] {
        try await read { connection in
            var aliases: [Int64: [String]] = [:]
            for row in try await connection.rows(
                "SELECT speaker_id, alias FROM speaker_alias ORDER BY alias \(unescaped: PostgresDialect.bytewise)",
                logger: logger) {
                aliases[try row[0].decode(Int64.self), default: []].append(try row[1].decode(String.self))
            }
            return try await connection.rows("""
                SELECT s.id, s.name, s.type, s.role,
                    (SELECT COUNT(*) FROM quote q WHERE q.speaker_id = s.id AND q.merged_into IS NULL) AS quotes
                FROM speaker s ORDER BY s.name_folded \(unescaped: PostgresDialect.bytewise), s.id
                """, logger: logger).map { row in
                let id = try row[0].decode(Int64.self)
                return SpeakerRecord(id: id, name: try row[1].decode(String.self), type: try row[2].decode(String?.self),
                                     role: try row[3].decode(String?.self), aliases: aliases[id, default: []],
                                     quoteCount: Int(try row[4].decode(Int64.self)))
            }
        }
    }
}
