import GRDB

extension ClaimsStore {
    /// The statements of primary records: every live quote appearing in a
    /// source of kind `transcript` or imported as primary, once per such
    /// source, in import order then position. `sources` limits them to those
    /// source ids (`nil`: every primary source).
    public func primaryStatements(inSources sources: [Int64]? = nil) throws -> [PrimaryStatementRecord] {
        try writer.read { db in
            var sql = """
                SELECT q.id, a.source_id, src.sha256, s.name AS speaker, q.speaker_id, q.said_on, q.text,
                    MIN(a.position) AS first_position
                FROM appearance a
                JOIN quote q ON q.id = a.quote_id
                JOIN source src ON src.id = a.source_id
                LEFT JOIN speaker s ON s.id = q.speaker_id
                WHERE (src.kind = 'transcript' OR src.is_primary) AND q.merged_into IS NULL
                """
            var arguments = StatementArguments()
            if let sources {
                guard !sources.isEmpty else { return [] }
                sql += " AND a.source_id IN (" + sources.map { _ in "?" }.joined(separator: ", ") + ")"
                for id in sources { arguments += [id] }
            }
            sql += " GROUP BY q.id, a.source_id ORDER BY a.source_id, first_position, q.id"
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map(PrimaryStatementRecord.init(row:))
        }
    }

    /// The quotes to check against the record: every live quote with an
    /// appearance in a source that is neither a transcript nor primary, in the default order.
    public func reportedQuotes() throws -> [ReportedQuoteRecord] {
        try writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT q.id, q.text, s.name AS speaker, q.speaker_id, q.said_on
                FROM quote q
                LEFT JOIN speaker s ON s.id = q.speaker_id
                WHERE q.merged_into IS NULL AND EXISTS (
                    SELECT 1 FROM appearance a JOIN source src ON src.id = a.source_id
                    WHERE a.quote_id = q.id AND src.kind <> 'transcript' AND NOT src.is_primary)
                ORDER BY q.first_source_id, q.first_position, q.id
                """).map(ReportedQuoteRecord.init(row:))
        }
    }
}
