import Foundation
import PostgresNIO
import Store

extension PostgresClaimStore {
    /// The quote's audit trail, oldest first, with the trails of the claims joined into it.
    /// Throws ``Store/StoreError/noQuote(_:)`` for an unknown id.
    public func history(quoteID: Int64) async throws -> [AuditEntry] {
        try await read { connection in
            guard try await connection.value("SELECT 1::BIGINT FROM quote WHERE id = \(quoteID)", as: Int64.self,
                                             logger: logger) != nil else { throw StoreError.noQuote(quoteID) }
            return try await ClaimRows.entries(of: quoteID, after: 0, on: connection, logger: logger)
        }
    }

    /// Reverses the reviewer's last change not yet undone and returns the quote
    /// it touched; `nil` when there is nothing to undo: the rule of
    /// ``Store/ClaimsStore/undoLastChange(by:at:)``, with the same entries
    /// (noted `undo`) appended and nothing deleted.
    @discardableResult
    public func undoLastChange(by reviewer: String, at date: Date = Date()) async throws -> Int64? {
        let now = StoreRules.timestamp(date)
        return try await transaction { connection in
            // One reviewer's undos are ordered: two at once would both pick the same change.
            try await connection.run("SELECT pg_advisory_xact_lock(hashtext(\(reviewer)))", logger: logger)
            let entries = try await connection.rows(PostgresQuery(unsafeSQL: """
                SELECT \(ClaimRows.entryColumns) FROM audit WHERE who = $1 ORDER BY id DESC
                """, binds: Self.binding(reviewer)), logger: logger).map(ClaimRows.entry)
                .filter { StoreRules.isUndoable(note: $0.note) }
            guard let target = StoreRules.lastUndoableChange(newestFirst: entries) else { return nil }
            let quoteID = try await ClaimRows.live(target[0].quoteID, on: connection, logger: logger)
            guard let current = try await AuditedFields.lock(quoteID, on: connection, logger: logger) else {
                throw StoreError.noQuote(quoteID)
            }
            var restored = current
            var fields: [String] = []
            // Oldest value wins when a field appears twice in the group.
            for entry in target.reversed() where StoreRules.auditedColumns.contains(entry.field) {
                restored.values[entry.field] = .some(entry.oldValue)
                if !fields.contains(entry.field) { fields.append(entry.field) }
            }
            let trail = try await ClaimRows.entries(of: quoteID, after: 0, on: connection, logger: logger)
            let mark = StoreRules.markAfterUndoing(
                target, current: try await AuditedFields.mark(of: quoteID, on: connection, logger: logger), trail: trail)
            try await restored.save(fields, reviewedBy: mark.by, at: mark.at, on: connection, logger: logger)
            let changeID = try await AuditTrail.newChangeID(on: connection, logger: logger)
            for field in fields {
                try await AuditTrail.append(quoteID: quoteID, at: now, who: reviewer, field: field,
                                            old: current.values[field] ?? nil, new: restored.values[field] ?? nil,
                                            note: StoreRules.undoNote, changeID: changeID,
                                            on: connection, logger: logger)
            }
            guard let speakerEntry = target.last(where: { $0.field == StoreRules.speakerField }) else { return quoteID }
            var speakerID: Int64?
            if let name = speakerEntry.oldValue {
                speakerID = try await SpeakerRows.findOrCreate(name, at: now, on: connection, logger: logger).id
            }
            let joins = ClaimJoins(connection: connection, logger: logger, who: reviewer, now: now, changeID: changeID)
            return try await joins.reassign(quoteID, to: speakerID, note: StoreRules.undoNote)
        }
    }

    /// Bindings of one text, `$1`.
    static func binding(_ text: String) -> PostgresBindings {
        var binds = PostgresBindings()
        binds.append(text)
        return binds
    }
}
