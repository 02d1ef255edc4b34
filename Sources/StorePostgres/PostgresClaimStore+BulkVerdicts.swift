import Foundation
import PostgresNIO
import Store

extension PostgresClaimStore {
    /// Applies the same change to every quote of `quoteIDs`, all or nothing, in one transaction:
    /// the rule of ``Store/ClaimsStore/recordVerdicts(quoteIDs:change:reviewer:at:expecting:)``
    /// (`quotecheck mark`). Every id is checked before anything is written (unknown ones named
    /// together in ``Store/StoreError/noQuotes(_:)``, claims taken out with a removed source in
    /// ``Store/StoreError/removedQuotes(_:)``); any refusal on any quote leaves every quote as it
    /// was. The outcomes come back in the order of `quoteIDs` (an id given twice is changed once).
    public func recordVerdicts(quoteIDs: [Int64], change: VerdictChange, reviewer: String, at date: Date = Date(),
                               expecting expected: Int64? = nil) async throws -> [VerdictOutcome] {
        try StoreRules.validate(change)
        var seen = Set<Int64>()
        let ids = quoteIDs.filter { seen.insert($0).inserted }
        return try await transaction { connection in
            try await SourceRemovalRows(connection: connection, logger: logger).checkLive(ids)
            let verdicts = VerdictRows(connection: connection, logger: logger, change: change, reviewer: reviewer,
                                       date: date)
            var outcomes: [VerdictOutcome] = []
            for id in ids { outcomes.append(try await verdicts.apply(to: id, expecting: expected)) }
            return outcomes
        }
    }
}

/// Writes one ``Store/VerdictChange`` to quotes inside a transaction the caller opened:
/// the SQLite store's `VerdictWriter`, step for step.
struct VerdictRows {
    /// The open transaction.
    let connection: PostgresConnection
    /// Where nothing is logged.
    let logger: Logger
    /// The change, already validated.
    let change: VerdictChange
    /// Who gives it.
    let reviewer: String
    /// When.
    let date: Date

    /// Changes the quote `quoteID` (or the claim it was joined into) and says what it replaced.
    ///
    /// The claim's row is locked (`SELECT … FOR UPDATE`) before it is checked: a claim taken out
    /// with a removed source is refused (``Store/StoreError/removedQuotes(_:)``), then its version
    /// is compared with `expected` (``Store/StoreError/conflict(_:)`` when it moved on).
    func apply(to quoteID: Int64, expecting expected: Int64?) async throws -> VerdictOutcome {
        let now = StoreRules.timestamp(date)
        let liveID = try await ClaimRows.live(quoteID, on: connection, logger: logger)
        guard let current = try await AuditedFields.lock(liveID, on: connection, logger: logger) else {
            throw StoreError.noQuote(quoteID)
        }
        // Checked once the row is locked: a source removal committed meanwhile is seen here.
        if var removal = try await SourceRemovalRows(connection: connection, logger: logger).removal(of: liveID) {
            removal.quoteID = quoteID
            throw StoreError.removedQuotes([removal])
        }
        try await ClaimRows.check(liveID, expected: expected, on: connection, logger: logger)
        let previous = try await AuditedFields.mark(of: liveID, on: connection, logger: logger)
        let updated = try StoreRules.applying(change, to: current.values, quoteID: liveID)
        let changed = StoreRules.auditedColumns.filter { (current.values[$0] ?? nil) != (updated[$0] ?? nil) }
        var changeID: Int64?
        if !changed.isEmpty {
            try await AuditedFields(quoteID: liveID, values: updated)
                .save(changed, reviewedBy: reviewer, at: now, on: connection, logger: logger)
            let id = try await AuditTrail.newChangeID(on: connection, logger: logger)
            changeID = id
            for column in changed {
                try await AuditTrail.append(quoteID: liveID, at: now, who: reviewer, field: column,
                                            old: current.values[column] ?? nil, new: updated[column] ?? nil,
                                            note: nil, changeID: id, on: connection, logger: logger)
            }
        }
        var resultID = liveID
        if let name = change.speaker {
            let speaker = try await SpeakerRows.findOrCreate(name, at: now, on: connection, logger: logger)
            let id: Int64
            if let changeID { id = changeID } else { id = try await AuditTrail.newChangeID(on: connection, logger: logger) }
            let joins = ClaimJoins(connection: connection, logger: logger, who: reviewer, now: now, changeID: id)
            resultID = try await joins.reassign(liveID, to: speaker.id, note: nil)
            if resultID != liveID || changed.isEmpty {
                try await connection.run(
                    "UPDATE quote SET reviewed_by = \(reviewer), reviewed_at = \(now) WHERE id = \(resultID)",
                    logger: logger)
            }
        }
        guard let record = try await QuoteQuery.quote(id: resultID, on: connection, logger: logger) else {
            throw StoreError.noQuote(quoteID)
        }
        let replaced = StoreRules.overwritten(
            status: (current.values["status"] ?? nil) ?? "", rating: current.values["rating"] ?? nil,
            reviewedBy: previous.by, reviewedAt: previous.at, changedColumns: changed, by: reviewer, at: date)
        return VerdictOutcome(quote: record, overwritten: replaced)
    }
}
