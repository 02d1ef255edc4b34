import PostgresNIO
import Store

extension PostgresClaimStore {
    /// Calls `body` with each quote that matches `filter`, in the filter's order: the SQLite
    /// store's ``Store/ClaimsStore/forEachQuote(matching:_:)``.
    ///
    /// One query in one snapshot (a read-only transaction), its rows streamed: PostgresNIO
    /// reads the next rows from the server only as `body` takes them, so a million quotes
    /// never sit in memory at once. `body` must not use the store (the snapshot's connection
    /// is busy); an error it throws ends the reading, rolls the snapshot back and comes back as it was.
    public func forEachQuote(matching filter: QuoteFilter, _ body: (QuoteRecord) throws -> Void) async throws {
        try await read { connection in
            let query = try await QuoteQuery.quotes(matching: filter, on: connection, logger: logger)
            for try await row in try await connection.query(query, logger: logger) {
                try body(try QuoteQuery.record(row.makeRandomAccess()))
            }
        }
    }

    /// The ids of the quotes that match `filter`, in its order, without building their records.
    public func quoteIDs(matching filter: QuoteFilter) async throws -> [Int64] {
        try await read { connection in
            // The filter's conditions and order are on `quote q` alone: no join is needed.
            let query = try await QuoteQuery.quotes(matching: filter, selecting: "SELECT q.id FROM quote q",
                                                    on: connection, logger: logger)
            return try await connection.rows(query, logger: logger).map { try $0[0].decode(Int64.self) }
        }
    }

    /// The places the quote appears, earliest first: the order of
    /// ``Store/ClaimsStore/appearances(ofQuote:)`` (``Store/StoreRules/earliestFirst(_:)`` over
    /// import order and position). Throws ``Store/StoreError/noQuote(_:)`` for an unknown id.
    public func appearances(ofQuote id: Int64) async throws -> [AppearanceRecord] {
        let importOrdered = try await read { connection in
            guard try await connection.value("SELECT 1::BIGINT FROM quote WHERE id = \(id)", as: Int64.self,
                                             logger: logger) != nil else { throw StoreError.noQuote(id) }
            return try await connection.rows("""
                SELECT a.source_id, src.title, COALESCE(src.url, src.canonical_url) AS url, src.file,
                    src.published_at, a.position, a.paragraph, a.start, a."end", a.context
                FROM appearance a JOIN source src ON src.id = a.source_id
                WHERE a.quote_id = \(id)
                ORDER BY a.source_id, a.position
                """, logger: logger).map { row in
                AppearanceRecord(sourceID: try row[0].decode(Int64.self), sourceTitle: try row[1].decode(String?.self),
                                 sourceURL: try row[2].decode(String?.self), sourceFile: try row[3].decode(String?.self),
                                 publishedAt: try row[4].decode(String?.self),
                                 position: Int(try row[5].decode(Int64.self)),
                                 paragraph: try row[6].decode(Int64?.self).map { Int($0) },
                                 start: try row[7].decode(Int64?.self).map { Int($0) },
                                 end: try row[8].decode(Int64?.self).map { Int($0) },
                                 context: try row[9].decode(String?.self))
            }
        }
        return StoreRules.earliestFirst(importOrdered)
    }

    /// The quote's paragraph and the one before it, from the main text of the quote's first
    /// source, and that source's archive path: ``Store/ClaimsStore/surroundings(of:)``.
    public func surroundings(of quote: QuoteRecord) async throws -> QuoteSurroundings {
        try await read { connection in
            guard let row = try await connection.rows(
                "SELECT paragraphs, archive_path FROM source WHERE id = \(quote.sourceID)", logger: logger).first else {
                return QuoteSurroundings()
            }
            return try StoreRules.surroundings(paragraphIndex: quote.paragraph, paragraphs: try row[0].decode(String.self),
                                               archivePath: try row[1].decode(String?.self))
        }
    }
}
