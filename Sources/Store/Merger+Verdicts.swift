import GRDB

extension Merger {
    /// Merges the verdict of `record` into the known claim `quoteID`.
    mutating func mergeVerdict(of record: ExportRecord, into quoteID: Int64) throws {
        let quote = record.quote
        guard let current = try QuoteFields(quoteID: quoteID, in: db),
              let row = try Row.fetchOne(db, sql: "SELECT reviewed_by, reviewed_at FROM quote WHERE id = ?",
                                         arguments: [quoteID]) else { throw StoreError.noQuote(quoteID) }
        let localBy: String? = row["reviewed_by"]
        let localAt: String? = row["reviewed_at"]
        let merged = try MergeRules.merging(record, into: current.values, reviewedAt: localAt)
        let incomingWins = merged.incomingWins
        var updated = current
        updated.values = merged.values
        let changed = merged.changed
        guard !changed.isEmpty else { return }
        let hadHistory = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit WHERE quote_id = ?",
                                          arguments: [quoteID]) ?? 0 > 0
        try updated.save(changed, reviewedBy: incomingWins ? quote.reviewedBy : localBy,
                         at: incomingWins ? quote.reviewedAt : localAt, in: db)
        report.verdicts += 1
        guard hadHistory else { return }
        mergeGroups += 1
        for field in changed {
            try db.execute(sql: """
                INSERT INTO merge_audit (quote_id, at, who, field, old_value, new_value, note, merge_group)
                VALUES (?, ?, ?, ?, ?, ?, 'merge', ?)
                """, arguments: [quoteID, now, reviewer, field.rawValue, current.values[field] ?? nil,
                                 updated.values[field] ?? nil, mergeGroups])
        }
    }

    /// Appends the staged entries: the exporter's in its change order (change
    /// ids shifted past this store's), then the merge's own; skips entries the
    /// quote's trail already holds.
    mutating func appendAudit() throws {
        let base = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(change_id), 0) FROM audit") ?? 0
        let top = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(change), 0) FROM merge_audit") ?? 0
        let rows = try Row.fetchCursor(db, sql: """
            SELECT * FROM merge_audit ORDER BY merge_group IS NOT NULL, change, merge_group, ord
            """)
        while let row = try rows.next() {
            let quoteID: Int64 = row["quote_id"]
            let at: String = row["at"], who: String = row["who"], field: String = row["field"]
            let old: String? = row["old_value"], new: String? = row["new_value"], note: String? = row["note"]
            let present = try Int.fetchOne(db.cachedStatement(sql: """
                SELECT COUNT(*) FROM audit WHERE quote_id = ? AND at = ? AND who = ? AND field = ?
                    AND old_value IS ? AND new_value IS ? AND note IS ?
                """), arguments: [quoteID, at, who, field, old, new, note]) ?? 0
            if present > 0 { continue }
            let change: Int64? = row["change"]
            let group: Int64? = row["merge_group"]
            let changeID = change.map { base + $0 } ?? (base + top + (group ?? 0))
            try db.execute(sql: """
                INSERT INTO audit (id, quote_id, at, who, field, old_value, new_value, note, change_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [try keptID(row["orig_id"], in: "audit"), quoteID, at, who, field, old, new, note,
                                 changeID])
            report.auditEntries += 1
        }
        try db.execute(sql: "DROP TABLE merge_audit")
    }
}
