import Foundation
import PostgresNIO
import Store

extension PostgresClaimStore {
    /// Gives the quotes `quoteIDs` to `assignee` (`nil` takes them back), all or nothing, and returns
    /// what changed in the order of `quoteIDs` (an id given twice counts once): the rule of
    /// ``Store/ClaimsStore/assign(quoteIDs:to:by:at:)``, with the same `assigned` entries.
    ///
    /// The claims' rows are locked in id order before they are read, so that
    /// assignments and verdicts from several machines are ordered and never deadlock one another.
    @discardableResult
    public func assign(quoteIDs: [Int64], to assignee: String?, by reviewer: String,
                       at date: Date = Date()) async throws -> [Assignment] {
        let now = StoreRules.timestamp(date)
        var seen = Set<Int64>()
        let ids = quoteIDs.filter { seen.insert($0).inserted }
        return try await transaction { connection in
            try await SourceRemovalRows(connection: connection, logger: logger).checkLive(ids)
            var liveIDs: [Int64] = []
            for id in ids { liveIDs.append(try await ClaimRows.live(id, on: connection, logger: logger)) }
            var previous: [Int64: String?] = [:]
            for row in try await connection.rows("""
                SELECT id, assigned_to FROM quote WHERE id = ANY(\(Array(Set(liveIDs)))) ORDER BY id FOR UPDATE
                """, logger: logger) {
                previous[try row[0].decode(Int64.self)] = .some(try row[1].decode(String?.self))
            }
            var done: [Assignment] = []
            for liveID in liveIDs {
                let assignment = Assignment(quoteID: liveID, previous: previous[liveID] ?? nil, assignee: assignee)
                done.append(assignment)
                guard assignment.changed else { continue }
                previous[liveID] = .some(assignee)
                try await connection.run("UPDATE quote SET assigned_to = \(assignee) WHERE id = \(liveID)",
                                         logger: logger)
                try await AuditTrail.append(quoteID: liveID, at: now, who: reviewer, field: AuditEntry.assignedField,
                                            old: assignment.previous, new: assignee, note: nil,
                                            changeID: try await AuditTrail.newChangeID(on: connection, logger: logger),
                                            on: connection, logger: logger)
            }
            return done
        }
    }

    /// Who the quote is assigned to, if anyone (the claim it was joined into, for a joined one).
    /// ``Store/StoreError/noQuote(_:)`` for an unknown id.
    public func assignee(ofQuote quoteID: Int64) async throws -> String? {
        try await read { connection in
            let liveID = try await ClaimRows.live(quoteID, on: connection, logger: logger)
            return try await connection.value("SELECT assigned_to FROM quote WHERE id = \(liveID)",
                                              as: String?.self, logger: logger) ?? nil
        }
    }
}
