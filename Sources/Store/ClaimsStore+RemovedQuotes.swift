import GRDB

extension ClaimsStore {
    /// Why the quote is out of the listings, if a source removal took it out; `nil` for a live quote.
    /// Throws ``StoreError/noQuote(_:)`` for an unknown id.
    public func removal(ofQuote quoteID: Int64) throws -> QuoteRemoval? {
        try writer.read { db in
            let liveID = try ClaimLinks.live(quoteID, in: db)
            return try RemovalSQL.removal(of: liveID, in: db)
        }
    }
}

/// The SQL that tells live claims from claims taken out with a removed source.
enum RemovalSQL {
    /// Why the claim `quoteID` is out of the listings, or `nil`.
    static func removal(of quoteID: Int64, in db: Database) throws -> QuoteRemoval? {
        try Row.fetchOne(db, sql: """
            SELECT q.removed_with, src.removed_by, src.removed_at FROM quote q
            JOIN source src ON src.id = q.removed_with WHERE q.id = ?
            """, arguments: [quoteID]).map { row in
            QuoteRemoval(quoteID: quoteID, sourceID: row["removed_with"], removedBy: row["removed_by"],
                         removedAt: row["removed_at"])
        }
    }

    /// Refuses, before anything is written, ids that name no quote (``StoreError/noQuotes(_:)``,
    /// all of them) and then claims taken out with a removed source (``StoreError/removedQuotes(_:)``).
    static func checkLive(_ ids: [Int64], in db: Database) throws {
        var missing: [Int64] = []
        for id in ids where try Bool.fetchOne(db, sql: "SELECT 1 FROM quote WHERE id = ?", arguments: [id]) == nil {
            missing.append(id)
        }
        guard missing.isEmpty else { throw StoreError.noQuotes(missing) }
        try checkNotRemoved(ids, in: db)
    }

    /// Refuses claims taken out with a removed source, naming them all (``StoreError/removedQuotes(_:)``).
    static func checkNotRemoved(_ ids: [Int64], in db: Database) throws {
        var removed: [QuoteRemoval] = []
        for id in ids {
            if var removal = try removal(of: ClaimLinks.live(id, in: db), in: db) {
                removal.quoteID = id
                removed.append(removal)
            }
        }
        guard removed.isEmpty else { throw StoreError.removedQuotes(removed) }
    }
}
