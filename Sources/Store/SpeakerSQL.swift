import GRDB

/// Finding speakers by id, name or alias.
enum SpeakerSQL {
    /// The speaker named by `reference`: an id (digits), else a name (any case), else an alias of one speaker.
    static func resolve(_ reference: String, in db: Database) throws -> (id: Int64, name: String) {
        let trimmed = reference.trimmingCharacters(in: .whitespaces)
        if let id = Int64(trimmed),
           let name = try String.fetchOne(db, sql: "SELECT name FROM speaker WHERE id = ?", arguments: [id]) {
            return (id, name)
        }
        if let found = try byName(trimmed, in: db) { return found }
        throw StoreError.unknownSpeaker(reference)
    }

    /// The speaker with this name (exact, else any case), else the one speaker with this alias; `nil` if none.
    static func byName(_ name: String, in db: Database) throws -> (id: Int64, name: String)? {
        for sql in ["SELECT id, name FROM speaker WHERE name = ?",
                    "SELECT id, name FROM speaker WHERE name = ? COLLATE NOCASE ORDER BY id"] {
            if let row = try Row.fetchOne(db, sql: sql, arguments: [name]) { return (row["id"], row["name"]) }
        }
        let rows = try Row.fetchAll(db, sql: """
            SELECT DISTINCT s.id, s.name FROM speaker_alias a JOIN speaker s ON s.id = a.speaker_id
            WHERE a.alias = ? COLLATE NOCASE ORDER BY s.id
            """, arguments: [name])
        if rows.count > 1 { throw StoreError.ambiguousSpeaker(name, rows.map { $0["name"] }) }
        return rows.first.map { ($0["id"], $0["name"]) }
    }

    /// The speaker with this name or alias, created (with no type) if there is none.
    static func findOrCreate(_ name: String, at now: String, in db: Database) throws -> (id: Int64, name: String) {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw StoreError.emptySpeakerName }
        if let found = try byName(trimmed, in: db) { return found }
        try db.execute(sql: "INSERT INTO speaker (name, type, created_at) VALUES (?, NULL, ?)", arguments: [trimmed, now])
        return (db.lastInsertedRowID, trimmed)
    }

    /// The name of speaker `id`, or `nil`.
    static func name(of id: Int64?, in db: Database) throws -> String? {
        guard let id else { return nil }
        return try String.fetchOne(db, sql: "SELECT name FROM speaker WHERE id = ?", arguments: [id])
    }
}
