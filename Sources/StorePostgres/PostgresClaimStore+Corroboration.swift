import PostgresNIO
import Store

extension PostgresClaimStore {
    /// The statements of primary records: every live quote appearing in a source of kind
    /// `transcript` or imported as primary, once per such source, by source then first position:
    /// ``Store/ClaimsStore/primaryStatements(inSources:)``. `sources` limits them to those source ids.
    public func primaryStatements(inSources sources: [Int64]? = nil) async throws -> [PrimaryStatementRecord] {
        if let sources, sources.isEmpty { return [] }
        return try await read { connection in
            var statement = StatementBuilder()
            var sql = """
                SELECT q.id, a.source_id, src.sha256, s.name AS speaker, q.speaker_id, q.said_on, q.text,
                    MIN(a.position) AS first_position
                FROM appearance a
                JOIN quote q ON q.id = a.quote_id
                JOIN source src ON src.id = a.source_id
                LEFT JOIN speaker s ON s.id = q.speaker_id
                WHERE (src.kind = 'transcript' OR src.is_primary) AND q.merged_into IS NULL
                """
            if let sources {
                sql += " AND a.source_id = ANY(\(statement.bind(sources)))"
            }
            // PostgreSQL wants every column it reads named in GROUP BY or a key's table there: q.id, src.id and s.id.
            sql += " GROUP BY q.id, a.source_id, src.id, s.id ORDER BY a.source_id, first_position, q.id"
            return try await connection.rows(statement.query(sql), logger: logger).map { row in
                PrimaryStatementRecord(quoteID: try row[0].decode(Int64.self), sourceID: try row[1].decode(Int64.self),
                                       sourceSHA256: try row[2].decode(String.self),
                                       speaker: try row[3].decode(String?.self),
                                       speakerID: try row[4].decode(Int64?.self),
                                       saidOn: try row[5].decode(String?.self), text: try row[6].decode(String.self))
            }
        }
    }

    /// The quotes to check against the record: every live quote with an appearance in a source
    /// that is neither a transcript nor primary, in the default order: ``Store/ClaimsStore/reportedQuotes()``.
    public func reportedQuotes() async throws -> [ReportedQuoteRecord] {
        try await read { connection in
            try await connection.rows("""
                SELECT q.id, q.text, s.name AS speaker, q.speaker_id, q.said_on
                FROM quote q
                LEFT JOIN speaker s ON s.id = q.speaker_id
                WHERE q.merged_into IS NULL AND EXISTS (
                    SELECT 1 FROM appearance a JOIN source src ON src.id = a.source_id
                    WHERE a.quote_id = q.id AND src.kind <> 'transcript' AND NOT src.is_primary)
                ORDER BY q.first_source_id, q.first_position, q.id
                """, logger: logger).map { row in
                ReportedQuoteRecord(quoteID: try row[0].decode(Int64.self), text: try row[1].decode(String.self),
                                    speaker: try row[2].decode(String?.self), speakerID: try row[3].decode(Int64?.self),
                                    saidOn: try row[4].decode(String?.self))
            }
        }
    }
}
