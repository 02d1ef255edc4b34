import GRDB

/// Moving a claim to another speaker, and joining two claims that became identical.
///
/// Runs inside a write transaction. Every change is appended to the audit
/// trail: a `speaker` entry on the claim that moved, and an entry for each
/// verdict field the joined claim takes over (noted `join #ID`).
struct ClaimJoin {
    let db: Database
    /// Who makes the change.
    let who: String
    /// When (a store timestamp).
    let now: String
    /// The audit change the entries belong to.
    let changeID: Int64

    /// The note of entries written by a join; such entries are not undone by ``ClaimsStore/undoLastChange(by:at:)``.
    static func joinNote(_ absorbed: Int64) -> String { "join #\(absorbed)" }

    /// Attributes the live claim `quoteID` to `speakerID` (`nil`: unattributed) and returns the live claim
    /// that carries it afterwards (another one if the speaker already had a claim with the same words).
    func reassign(_ quoteID: Int64, to speakerID: Int64?, note: String?) throws -> Int64 {
        guard let row = try Row.fetchOne(db, sql: "SELECT claim_key, speaker_id FROM quote WHERE id = ?",
                                         arguments: [quoteID]) else { throw StoreError.noQuote(quoteID) }
        let oldSpeaker: Int64? = row["speaker_id"]
        guard oldSpeaker != speakerID else { return quoteID }
        let claimKey: String = row["claim_key"]
        try AuditLog.append(quoteID: quoteID, at: now, who: who, fieldName: "speaker",
                            old: try SpeakerSQL.name(of: oldSpeaker, in: db),
                            new: try SpeakerSQL.name(of: speakerID, in: db),
                            note: note, changeID: changeID, in: db)
        let twin = try Int64.fetchOne(db, sql: """
            SELECT id FROM quote WHERE claim_key = ? AND speaker_key = ? AND id != ? AND merged_into IS NULL
            """, arguments: [claimKey, speakerID ?? 0, quoteID])
        guard let twin else {
            try db.execute(sql: "UPDATE quote SET speaker_id = ?, speaker_key = ? WHERE id = ?",
                           arguments: [speakerID, speakerID ?? 0, quoteID])
            return quoteID
        }
        // The claim that appeared first stays; the other is joined into it.
        let order = try Row.fetchAll(db, sql: """
            SELECT id FROM quote WHERE id IN (?, ?) ORDER BY first_source_id, first_position, id
            """, arguments: [quoteID, twin]).map { $0["id"] as Int64 }
        guard let survivor = order.first, let absorbed = order.last, survivor != absorbed else { return twin }
        try retire(absorbed, into: survivor, speakerID: speakerID)
        if survivor == quoteID {
            try db.execute(sql: "UPDATE quote SET speaker_id = ?, speaker_key = ? WHERE id = ?",
                           arguments: [speakerID, speakerID ?? 0, quoteID])
        }
        try takeVerdict(of: absorbed, into: survivor)
        return survivor
    }

    /// Marks `absorbed` as joined into `survivor` and moves its appearances and joined claims there.
    private func retire(_ absorbed: Int64, into survivor: Int64, speakerID: Int64?) throws {
        try db.execute(sql: "UPDATE quote SET merged_into = ?, speaker_key = ?, speaker_id = ? WHERE id = ?",
                       arguments: [survivor, -absorbed, speakerID, absorbed])
        try db.execute(sql: "UPDATE quote SET merged_into = ? WHERE merged_into = ?", arguments: [survivor, absorbed])
        try db.execute(sql: "UPDATE appearance SET quote_id = ? WHERE quote_id = ?", arguments: [survivor, absorbed])
    }

    /// Gives `survivor` the verdict of `absorbed` if that one was reviewed later, and the union of the evidence.
    private func takeVerdict(of absorbed: Int64, into survivor: Int64) throws {
        guard let kept = try QuoteFields(quoteID: survivor, in: db),
              let gone = try QuoteFields(quoteID: absorbed, in: db),
              let times = try Row.fetchOne(db, sql: """
                  SELECT k.reviewed_by AS kept_by, k.reviewed_at AS kept_at, g.reviewed_by AS gone_by,
                      g.reviewed_at AS gone_at
                  FROM quote k, quote g WHERE k.id = ? AND g.id = ?
                  """, arguments: [survivor, absorbed]) else { throw StoreError.noQuote(survivor) }
        let keptAt: String? = times["kept_at"]
        let goneAt: String? = times["gone_at"]
        let goneWins = goneAt.map { gone in keptAt.map { gone > $0 } ?? true } ?? false
        var updated = kept
        if goneWins {
            for field in [AuditedField.status, .rating, .note] { updated.values[field] = gone.values[field] ?? nil }
        }
        var evidence = try JSONText.decodeArray(kept.values[.evidence] ?? nil, column: "evidence")
        for url in try JSONText.decodeArray(gone.values[.evidence] ?? nil, column: "evidence")
        where !evidence.contains(url) {
            evidence.append(url)
        }
        updated.values[.evidence] = JSONText.array(evidence)
        let changed = AuditedField.allCases.filter { kept.values[$0] != updated.values[$0] }
        guard !changed.isEmpty else { return }
        let by: String? = goneWins ? times["gone_by"] : times["kept_by"]
        try updated.save(changed, reviewedBy: by, at: goneWins ? goneAt : keptAt, in: db)
        for field in changed {
            try AuditLog.append(quoteID: survivor, at: now, who: who, field: field,
                                old: kept.values[field] ?? nil, new: updated.values[field] ?? nil,
                                note: Self.joinNote(absorbed), changeID: changeID, in: db)
        }
    }
}
