import PostgresNIO
import Store

/// Moving a claim to another speaker, and joining two claims that became
/// identical, inside a transaction on PostgreSQL: the SQLite store's `ClaimJoin`,
/// step for step, with the same trail entries (a `speaker` entry on the claim
/// that moved, an entry noted `join #ID` for each verdict field the kept claim takes over).
struct ClaimJoins {
    /// The open transaction.
    let connection: PostgresConnection
    /// Where nothing is logged.
    let logger: Logger
    /// Who makes the change.
    let who: String
    /// When (a store timestamp).
    let now: String
    /// The audit change the entries belong to.
    let changeID: Int64

    /// Attributes the live claim `quoteID` to `speakerID` (`nil`: unattributed) and returns the live claim
    /// that carries it afterwards (another one if the speaker already had a claim with the same words).
    func reassign(_ quoteID: Int64, to speakerID: Int64?, note: String?) async throws -> Int64 {
        guard let row = try await connection.rows(
            "SELECT claim_key, speaker_id FROM quote WHERE id = \(quoteID) FOR UPDATE", logger: logger).first else {
            throw StoreError.noQuote(quoteID)
        }
        let oldSpeaker = try row[1].decode(Int64?.self)
        guard oldSpeaker != speakerID else { return quoteID }
        let claimKey = try row[0].decode(String.self)
        try await AuditTrail.append(quoteID: quoteID, at: now, who: who, field: StoreRules.speakerField,
                                    old: try await SpeakerRows.name(of: oldSpeaker, on: connection, logger: logger),
                                    new: try await SpeakerRows.name(of: speakerID, on: connection, logger: logger),
                                    note: note, changeID: changeID, on: connection, logger: logger)
        let speakerKey = speakerID ?? 0
        let twin = try await connection.value("""
            SELECT id FROM quote WHERE claim_key = \(claimKey) AND speaker_key = \(speakerKey) AND id != \(quoteID)
                AND merged_into IS NULL
            """, as: Int64.self, logger: logger)
        guard let twin else {
            try await connection.run("""
                UPDATE quote SET speaker_id = \(speakerID), speaker_key = \(speakerKey) WHERE id = \(quoteID)
                """, logger: logger)
            return quoteID
        }
        // The claim that appeared first stays; the other is joined into it.
        let order = try await connection.rows("""
            SELECT id FROM quote WHERE id IN (\(quoteID), \(twin)) ORDER BY first_source_id, first_position, id
            """, logger: logger).map { try $0[0].decode(Int64.self) }
        guard let survivor = order.first, let absorbed = order.last, survivor != absorbed else { return twin }
        try await retire(absorbed, into: survivor, speakerID: speakerID)
        if survivor == quoteID {
            try await connection.run("""
                UPDATE quote SET speaker_id = \(speakerID), speaker_key = \(speakerKey) WHERE id = \(quoteID)
                """, logger: logger)
        }
        try await takeVerdict(of: absorbed, into: survivor)
        return survivor
    }

    /// Marks `absorbed` as joined into `survivor` and moves its appearances and joined claims there.
    private func retire(_ absorbed: Int64, into survivor: Int64, speakerID: Int64?) async throws {
        try await connection.run("""
            UPDATE quote SET merged_into = \(survivor), speaker_key = \(-absorbed), speaker_id = \(speakerID)
            WHERE id = \(absorbed)
            """, logger: logger)
        try await connection.run("UPDATE quote SET merged_into = \(survivor) WHERE merged_into = \(absorbed)",
                                 logger: logger)
        try await connection.run("UPDATE appearance SET quote_id = \(survivor) WHERE quote_id = \(absorbed)",
                                 logger: logger)
    }

    /// Gives `survivor` the verdict of `absorbed` if that one was reviewed later, and the union of the evidence.
    private func takeVerdict(of absorbed: Int64, into survivor: Int64) async throws {
        guard let kept = try await AuditedFields.lock(survivor, on: connection, logger: logger),
              let gone = try await AuditedFields.lock(absorbed, on: connection, logger: logger) else {
            throw StoreError.noQuote(survivor)
        }
        let keptMark = try await AuditedFields.mark(of: survivor, on: connection, logger: logger)
        let goneMark = try await AuditedFields.mark(of: absorbed, on: connection, logger: logger)
        let goneWins = goneMark.at.map { gone in keptMark.at.map { gone > $0 } ?? true } ?? false
        var updated = kept
        if goneWins {
            for field in ["status", "rating", "note"] { updated.values[field] = gone.values[field] ?? nil }
        }
        var evidence = try StoreRules.decodeArray(kept.values["evidence"] ?? nil, column: "evidence")
        for url in try StoreRules.decodeArray(gone.values["evidence"] ?? nil, column: "evidence")
        where !evidence.contains(url) {
            evidence.append(url)
        }
        updated.values["evidence"] = StoreRules.jsonArray(evidence)
        let changed = StoreRules.auditedColumns.filter { (kept.values[$0] ?? nil) != (updated.values[$0] ?? nil) }
        guard !changed.isEmpty else { return }
        let mark = goneWins ? goneMark : keptMark
        try await updated.save(changed, reviewedBy: mark.by, at: mark.at, on: connection, logger: logger)
        for field in changed {
            try await AuditTrail.append(quoteID: survivor, at: now, who: who, field: field,
                                        old: kept.values[field] ?? nil, new: updated.values[field] ?? nil,
                                        note: "join #\(absorbed)", changeID: changeID, on: connection, logger: logger)
        }
    }
}
