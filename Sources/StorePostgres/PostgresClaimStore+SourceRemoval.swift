import Foundation
import PostgresNIO
import Store

extension PostgresClaimStore {
    /// Takes out a wrongly imported source, in one transaction, and returns what it touched:
    /// the rule of ``Store/ClaimsStore/removeSource(id:by:at:)``, with the same trail entries
    /// (`removed` on a claim found nowhere else, `appearance` on one that only loses this
    /// appearance, both noted `source remove #ID`). The source's row is locked first, so two
    /// checkers removing it at once are ordered: the second is refused with
    /// ``Store/StoreError/sourceRemoved(_:)``. Throws ``Store/StoreError/noSource(_:)`` for an unknown id.
    @discardableResult
    public func removeSource(id sourceID: Int64, by reviewer: String,
                             at date: Date = Date()) async throws -> SourceRemoval {
        let now = StoreRules.timestamp(date)
        return try await transaction { connection in
            let rows = SourceRemovalRows(connection: connection, logger: logger)
            guard try await rows.lockRemovedAt(of: sourceID) == nil else { throw StoreError.sourceRemoved(sourceID) }
            try await connection.run(
                "UPDATE source SET removed_at = \(now), removed_by = \(reviewer) WHERE id = \(sourceID)", logger: logger)
            let changeID = try await AuditTrail.newChangeID(on: connection, logger: logger)
            let note = StoreRules.removeNote(sourceID)
            let quoteIDs = try await connection.rows("""
                SELECT DISTINCT a.quote_id FROM appearance a JOIN quote q ON q.id = a.quote_id
                WHERE a.source_id = \(sourceID) AND q.merged_into IS NULL AND q.removed_with IS NULL ORDER BY a.quote_id
                """, logger: logger).map { try $0[0].decode(Int64.self) }
            var removal = SourceRemoval(sourceID: sourceID)
            for quoteID in quoteIDs {
                if try await rows.appearsElsewhere(quoteID, than: sourceID) {
                    try await rows.setAside(quoteID, in: sourceID)
                    try await AuditTrail.append(quoteID: quoteID, at: now, who: reviewer,
                                                field: StoreRules.appearanceField, old: StoreRules.sourceValue(sourceID),
                                                new: nil, note: note, changeID: changeID, on: connection, logger: logger)
                    removal.appearancesRemoved.append(quoteID)
                } else {
                    try await connection.run("UPDATE quote SET removed_with = \(sourceID) WHERE id = \(quoteID)",
                                             logger: logger)
                    try await AuditTrail.append(quoteID: quoteID, at: now, who: reviewer,
                                                field: StoreRules.removedField, old: nil,
                                                new: StoreRules.sourceValue(sourceID), note: note, changeID: changeID,
                                                on: connection, logger: logger)
                    removal.quotesRemoved.append(quoteID)
                }
            }
            return removal
        }
    }

    /// Brings back a removed source, in one transaction, and returns what it touched: the rule of
    /// ``Store/ClaimsStore/restoreSource(id:by:at:)``, with the same trail entries (`restored` and
    /// `appearance`, noted `source restore #ID`). Throws ``Store/StoreError/noSource(_:)`` or
    /// ``Store/StoreError/sourceNotRemoved(_:)``.
    @discardableResult
    public func restoreSource(id sourceID: Int64, by reviewer: String,
                              at date: Date = Date()) async throws -> SourceRemoval {
        let now = StoreRules.timestamp(date)
        return try await transaction { connection in
            let rows = SourceRemovalRows(connection: connection, logger: logger)
            guard try await rows.lockRemovedAt(of: sourceID) != nil else {
                throw StoreError.sourceNotRemoved(sourceID)
            }
            try await connection.run("UPDATE source SET removed_at = NULL, removed_by = NULL WHERE id = \(sourceID)",
                                     logger: logger)
            let changeID = try await AuditTrail.newChangeID(on: connection, logger: logger)
            let note = StoreRules.restoreNote(sourceID)
            let value = StoreRules.sourceValue(sourceID)
            var removal = SourceRemoval(sourceID: sourceID)
            let restored = try await connection.rows("SELECT id FROM quote WHERE removed_with = \(sourceID) ORDER BY id",
                                                     logger: logger).map { try $0[0].decode(Int64.self) }
            for quoteID in restored {
                try await connection.run("UPDATE quote SET removed_with = NULL WHERE id = \(quoteID)", logger: logger)
                try await AuditTrail.append(quoteID: quoteID, at: now, who: reviewer, field: StoreRules.restoredField,
                                            old: nil, new: value, note: note, changeID: changeID,
                                            on: connection, logger: logger)
                removal.quotesRemoved.append(quoteID)
            }
            for setAside in try await rows.setAside(of: sourceID) {
                let quoteID = setAside.quoteID
                try await rows.putBack(setAside)
                let holder = try await connection.rows("SELECT removed_with FROM quote WHERE id = \(quoteID)",
                                                       logger: logger).first?[0].decode(Int64?.self)
                if let other = holder {
                    // Held out by another removed source: back, without that source's appearance.
                    try await rows.setAside(quoteID, in: other)
                    try await connection.run("UPDATE quote SET removed_with = NULL WHERE id = \(quoteID)", logger: logger)
                    try await AuditTrail.append(quoteID: quoteID, at: now, who: reviewer, field: StoreRules.restoredField,
                                                old: nil, new: value, note: note, changeID: changeID,
                                                on: connection, logger: logger)
                    removal.quotesRemoved.append(quoteID)
                } else if !removal.appearancesRemoved.contains(quoteID) {
                    try await AuditTrail.append(quoteID: quoteID, at: now, who: reviewer,
                                                field: StoreRules.appearanceField, old: nil, new: value, note: note,
                                                changeID: changeID, on: connection, logger: logger)
                    removal.appearancesRemoved.append(quoteID)
                }
            }
            return removal
        }
    }

    /// Why the quote is out of the listings, if a source removal took it out; `nil` for a live quote.
    /// The id of a claim joined into another answers for that other. Throws
    /// ``Store/StoreError/noQuote(_:)`` for an unknown id.
    public func removal(ofQuote quoteID: Int64) async throws -> QuoteRemoval? {
        try await read { connection in
            let liveID = try await ClaimRows.live(quoteID, on: connection, logger: logger)
            return try await SourceRemovalRows(connection: connection, logger: logger).removal(of: liveID)
        }
    }
}

/// An appearance kept aside while its source is removed: a row of `removed_appearance`.
struct SetAsideAppearance {
    let id: Int64, quoteID: Int64, sourceID: Int64, position: Int64
    let paragraph: Int64?, start: Int64?, end: Int64?, context: String?, wasFirst: Bool
}

/// The SQL of removing and restoring sources inside a transaction on PostgreSQL: the SQLite
/// store's `SourceRemovalSQL` and `RemovalSQL`, statement for statement.
struct SourceRemovalRows {
    /// The open transaction.
    let connection: PostgresConnection
    /// Where nothing is logged.
    let logger: Logger

    /// When the source was removed (`nil`: it is not), its row locked until the transaction ends;
    /// throws ``Store/StoreError/noSource(_:)`` if there is none.
    func lockRemovedAt(of sourceID: Int64) async throws -> String? {
        guard let row = try await connection.rows(
            "SELECT removed_at FROM source WHERE id = \(sourceID) FOR UPDATE", logger: logger).first else {
            throw StoreError.noSource(sourceID)
        }
        return try row[0].decode(String?.self)
    }

    /// Whether the claim appears in a source other than `sourceID`.
    func appearsElsewhere(_ quoteID: Int64, than sourceID: Int64) async throws -> Bool {
        try await connection.value("""
            SELECT 1::BIGINT FROM appearance WHERE quote_id = \(quoteID) AND source_id <> \(sourceID) LIMIT 1
            """, as: Int64.self, logger: logger) != nil
    }

    /// Moves the claim's appearances in `sourceID` to `removed_appearance`; if
    /// its first appearance was one of them, the earliest one left becomes first.
    func setAside(_ quoteID: Int64, in sourceID: Int64) async throws {
        guard let first = try await connection.rows(
            "SELECT first_source_id, first_position FROM quote WHERE id = \(quoteID)", logger: logger).first else {
            throw StoreError.noQuote(quoteID)
        }
        let firstSource = try first[0].decode(Int64.self)
        let firstPosition = try first[1].decode(Int64.self)
        try await connection.run("""
            INSERT INTO removed_appearance (quote_id, source_id, position, paragraph, start, "end", context, was_first)
            SELECT quote_id, source_id, position, paragraph, start, "end", context,
                source_id = \(firstSource) AND position = \(firstPosition)
            FROM appearance WHERE quote_id = \(quoteID) AND source_id = \(sourceID) ORDER BY position
            """, logger: logger)
        try await connection.run("DELETE FROM appearance WHERE quote_id = \(quoteID) AND source_id = \(sourceID)",
                                 logger: logger)
        guard firstSource == sourceID else { return }
        try await connection.run("""
            UPDATE quote SET (first_source_id, first_position) = (
                SELECT source_id, position FROM appearance WHERE quote_id = \(quoteID)
                ORDER BY source_id, position LIMIT 1)
            WHERE id = \(quoteID)
            """, logger: logger)
    }

    /// The appearances kept aside in `sourceID`, by claim, then in the order they were set aside.
    func setAside(of sourceID: Int64) async throws -> [SetAsideAppearance] {
        try await connection.rows("""
            SELECT id, quote_id, source_id, position, paragraph, start, "end", context, was_first
            FROM removed_appearance WHERE source_id = \(sourceID) ORDER BY quote_id, id
            """, logger: logger).map { row in
            SetAsideAppearance(id: try row[0].decode(Int64.self), quoteID: try row[1].decode(Int64.self),
                               sourceID: try row[2].decode(Int64.self), position: try row[3].decode(Int64.self),
                               paragraph: try row[4].decode(Int64?.self), start: try row[5].decode(Int64?.self),
                               end: try row[6].decode(Int64?.self), context: try row[7].decode(String?.self),
                               wasFirst: try row[8].decode(Bool.self))
        }
    }

    /// Puts an appearance kept aside back among the appearances (first again if it was).
    func putBack(_ appearance: SetAsideAppearance) async throws {
        try await connection.run("""
            INSERT INTO appearance (quote_id, source_id, position, paragraph, start, "end", context)
            VALUES (\(appearance.quoteID), \(appearance.sourceID), \(appearance.position), \(appearance.paragraph),
                \(appearance.start), \(appearance.end), \(appearance.context))
            \(unescaped: PostgresDialect.ignoreConflicts)
            """, logger: logger)
        if appearance.wasFirst {
            try await connection.run("""
                UPDATE quote SET first_source_id = \(appearance.sourceID), first_position = \(appearance.position)
                WHERE id = \(appearance.quoteID)
                """, logger: logger)
        }
        try await connection.run("DELETE FROM removed_appearance WHERE id = \(appearance.id)", logger: logger)
    }

    /// Brings back the claims, taken out with a removed source, that the new source `sourceID`
    /// carries: each leaves its removed source's appearances aside and gets a `restored` entry by
    /// `quotecheck import` (noted `source import #ID`), as the SQLite store's import does.
    func bringBack(quotesOf sourceID: Int64, at now: String) async throws {
        let rows = try await connection.rows("""
            SELECT DISTINCT q.id, q.removed_with FROM appearance a JOIN quote q ON q.id = a.quote_id
            WHERE a.source_id = \(sourceID) AND q.removed_with IS NOT NULL ORDER BY q.id
            """, logger: logger)
        guard !rows.isEmpty else { return }
        let changeID = try await AuditTrail.newChangeID(on: connection, logger: logger)
        for row in rows {
            let quoteID = try row[0].decode(Int64.self)
            try await setAside(quoteID, in: try row[1].decode(Int64.self))
            try await connection.run("UPDATE quote SET removed_with = NULL WHERE id = \(quoteID)", logger: logger)
            try await AuditTrail.append(quoteID: quoteID, at: now, who: StoreRules.importer,
                                        field: StoreRules.restoredField, old: nil,
                                        new: StoreRules.sourceValue(sourceID), note: StoreRules.importNote(sourceID),
                                        changeID: changeID, on: connection, logger: logger)
        }
    }

    /// Why the claim `quoteID` is out of the listings, or `nil`.
    func removal(of quoteID: Int64) async throws -> QuoteRemoval? {
        try await connection.rows("""
            SELECT q.removed_with, src.removed_by, src.removed_at FROM quote q
            JOIN source src ON src.id = q.removed_with WHERE q.id = \(quoteID)
            """, logger: logger).first.map { row in
            QuoteRemoval(quoteID: quoteID, sourceID: try row[0].decode(Int64.self),
                         removedBy: try row[1].decode(String?.self), removedAt: try row[2].decode(String?.self))
        }
    }

    /// Refuses, before anything is written, ids that name no quote (``Store/StoreError/noQuotes(_:)``,
    /// all of them) and then claims taken out with a removed source (``Store/StoreError/removedQuotes(_:)``).
    func checkLive(_ ids: [Int64]) async throws {
        var missing: [Int64] = []
        for id in ids where try await connection.value(
            "SELECT 1::BIGINT FROM quote WHERE id = \(id)", as: Int64.self, logger: logger) == nil {
            missing.append(id)
        }
        guard missing.isEmpty else { throw StoreError.noQuotes(missing) }
        try await checkNotRemoved(ids)
    }

    /// Refuses claims taken out with a removed source, naming them all (``Store/StoreError/removedQuotes(_:)``).
    func checkNotRemoved(_ ids: [Int64]) async throws {
        var removed: [QuoteRemoval] = []
        for id in ids {
            if var removal = try await removal(of: ClaimRows.live(id, on: connection, logger: logger)) {
                removal.quoteID = id
                removed.append(removal)
            }
        }
        guard removed.isEmpty else { throw StoreError.removedQuotes(removed) }
    }
}
