import PostgresNIO
import Store

/// Telling live claims from claims taken out with a removed source, on PostgreSQL
/// (the SQLite store's `RemovalSQL`).
enum QuoteRemovalRows {
    /// Why the claim `quoteID` is out of the listings, or `nil`.
    static func removal(of quoteID: Int64, on connection: PostgresConnection,
                        logger: Logger) async throws -> QuoteRemoval? {
        guard let row = try await connection.rows("""
            SELECT q.removed_with, src.removed_by, src.removed_at FROM quote q
            JOIN source src ON src.id = q.removed_with WHERE q.id = \(quoteID)
            """, logger: logger).first else { return nil }
        return QuoteRemoval(quoteID: quoteID, sourceID: try row[0].decode(Int64.self),
                            removedBy: try row[1].decode(String?.self), removedAt: try row[2].decode(String?.self))
    }

    /// Refuses, before anything is written, ids that name no quote (``Store/StoreError/noQuotes(_:)``,
    /// all of them, in the order given) and then claims taken out with a removed source
    /// (``Store/StoreError/removedQuotes(_:)``, each under the id given).
    static func checkLive(_ ids: [Int64], on connection: PostgresConnection, logger: Logger) async throws {
        let known = Set(try await connection.rows("SELECT id FROM quote WHERE id = ANY(\(ids))", logger: logger)
            .map { try $0[0].decode(Int64.self) })
        let missing = ids.filter { !known.contains($0) }
        guard missing.isEmpty else { throw StoreError.noQuotes(missing) }
        var removed: [QuoteRemoval] = []
        for id in ids {
            let liveID = try await ClaimRows.live(id, on: connection, logger: logger)
            if var removal = try await removal(of: liveID, on: connection, logger: logger) {
                removal.quoteID = id
                removed.append(removal)
            }
        }
        guard removed.isEmpty else { throw StoreError.removedQuotes(removed) }
    }
}
