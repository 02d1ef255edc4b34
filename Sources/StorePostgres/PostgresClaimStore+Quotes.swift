import Model
import PostgresNIO
import Store

extension PostgresClaimStore {
    /// The quotes that match `filter`, in its order: the SQLite store's
    /// ``Store/ClaimsStore/quotes(matching:)``, criterion for criterion.
    public func quotes(matching filter: QuoteFilter) async throws -> [QuoteRecord] {
        try await read { connection in
            let query = try await QuoteQuery.quotes(matching: filter, on: connection, logger: logger)
            return try await connection.rows(query, logger: logger).map(QuoteQuery.record)
        }
    }

    /// The quote with this id, or `nil`.
    public func quote(id: Int64) async throws -> QuoteRecord? {
        try await read { connection in
            try await QuoteQuery.quote(id: id, on: connection, logger: logger)
        }
    }

    /// The first quote matching `filter` (its status included) in the filter's order,
    /// after the quote `id` if given; `nil` when none is left.
    public func nextQuote(matching filter: QuoteFilter, after id: Int64?) async throws -> QuoteRecord? {
        var next = filter
        next.afterID = id ?? filter.afterID
        next.limit = 1
        return try await quotes(matching: next).first
    }

    /// The first unreviewed quote matching `filter` (whose status is ignored) in the
    /// filter's order, after the quote `id` if given; `nil` when none is left.
    public func nextUnreviewed(matching filter: QuoteFilter, after id: Int64?) async throws -> QuoteRecord? {
        var next = filter
        next.status = Status.unreviewed.rawValue
        next.afterID = id ?? filter.afterID
        next.limit = 1
        return try await quotes(matching: next).first
    }

    /// The quote with this id and the version of its trail, read together; `nil` if there is none.
    /// The id of a claim joined into another gives that other claim.
    public func snapshot(ofQuote id: Int64) async throws -> QuoteSnapshot? {
        try await read { connection in
            guard try await connection.value("SELECT 1::BIGINT FROM quote WHERE id = \(id)", as: Int64.self,
                                             logger: logger) != nil else { return nil }
            let liveID = try await ClaimRows.live(id, on: connection, logger: logger)
            guard let quote = try await QuoteQuery.quote(id: liveID, on: connection, logger: logger) else { return nil }
            return QuoteSnapshot(quote: quote,
                                 version: try await ClaimRows.version(of: liveID, on: connection, logger: logger))
        }
    }
}

/// The SQL of quote queries on PostgreSQL, built from filters (the SQLite store's `QuerySQL`).
enum QuoteQuery {
    /// The columns of a ``Store/QuoteRecord``, in the order ``record(_:)`` reads them.
    static let selection = makeSelection(
        appearances: "(SELECT COUNT(DISTINCT ap.source_id) FROM appearance ap WHERE ap.quote_id = q.id)")

    /// ``selection`` with `appearances` read by another expression (`0::BIGINT`
    /// when the caller counts them itself), and `extra` columns after the record's.
    static func makeSelection(appearances: String, extra: String? = nil) -> String {
        """
        SELECT q.id, q.text, q.kind, s.name AS speaker, COALESCE(q.speaker_role, s.role) AS speaker_role, q.speaker_id,
            q.cue, q.rule, q.confidence, q.said_on, q.said_on_basis, q.first_source_id AS source_id,
            COALESCE(src.url, src.canonical_url) AS source_url, src.file AS source_file,
            src.title AS source_title, src.site AS source_site, src.published_at,
            a.paragraph, a.start, a."end", a.context,
            q.status, q.rating, q.note, q.evidence, q.reviewed_by, q.reviewed_at,
            \(appearances) AS appearances,
            \(ClaimRows.versionColumn) AS version\(extra.map { ",\n    " + $0 } ?? "")
        FROM quote q
        LEFT JOIN source src ON src.id = q.first_source_id
        LEFT JOIN speaker s ON s.id = q.speaker_id
        LEFT JOIN appearance a ON a.quote_id = q.id AND a.source_id = q.first_source_id
            AND a.position = q.first_position
        """
    }

    /// The quote with this id, or `nil`.
    static func quote(id: Int64, on connection: PostgresConnection, logger: Logger) async throws -> QuoteRecord? {
        var statement = StatementBuilder()
        let sql = selection + " WHERE q.id = \(statement.bind(id))"
        return try await connection.rows(statement.query(sql), logger: logger).first.map(record)
    }

    /// The sort terms of an order; the last ones are always the default order.
    static func terms(_ order: QuoteOrder) -> [String] {
        switch order {
        case .default: ["q.first_source_id", "q.first_position", "q.id"]
        case .confidence: ["q.confidence_order", "q.first_source_id", "q.first_position", "q.id"]
        }
    }

    /// The statement that selects the quotes matching `filter` in its order; `columns` is
    /// `SELECT … FROM quote q` with the joins its columns need (by default ``selection``).
    static func quotes(matching filter: QuoteFilter, selecting columns: String = QuoteQuery.selection,
                       on connection: PostgresConnection, logger: Logger) async throws -> PostgresQuery {
        var statement = StatementBuilder()
        var conditions = ["q.merged_into IS NULL", "q.removed_with IS NULL"]
        if let status = filter.status, status != "all" {
            conditions.append("q.status = \(statement.bind(try Status(validating: status).rawValue))")
        }
        if let speaker = filter.speaker {
            let name = statement.bind(speaker)
            conditions.append("""
                q.speaker_id IN (SELECT id FROM speaker WHERE name_folded = \(PostgresDialect.foldCase(name))
                    UNION SELECT speaker_id FROM speaker_alias WHERE alias_folded = \(PostgresDialect.foldCase(name)))
                """)
        }
        if let sourceID = filter.sourceID {
            conditions.append("q.id IN (SELECT quote_id FROM appearance WHERE source_id = \(statement.bind(sourceID)))")
        }
        if let site = filter.site {
            // Compared in Swift, any script, as the SQLite store does; then matched exactly.
            let wanted = site.lowercased()
            var names: [String] = []
            for row in try await connection.rows(
                "SELECT DISTINCT site FROM source WHERE site IS NOT NULL", logger: logger) {
                let name = try row[0].decode(String.self)
                if name.lowercased() == wanted { names.append(name) }
            }
            conditions.append(names.isEmpty ? "false" : """
                q.id IN (SELECT a.quote_id FROM appearance a JOIN source src ON src.id = a.source_id
                    WHERE src.site = ANY(\(statement.bind(names))))
                """)
        }
        // Days are `YYYY-MM-DD` text: compared byte by byte, text order is day order.
        if let since = filter.since {
            guard StoreRules.isDay(since) else { throw StoreError.invalidDate(since) }
            conditions.append("q.said_on \(PostgresDialect.bytewise) >= \(statement.bind(since))")
        }
        if let until = filter.until {
            guard StoreRules.isDay(until) else { throw StoreError.invalidDate(until) }
            conditions.append("q.said_on \(PostgresDialect.bytewise) <= \(statement.bind(until))")
        }
        if filter.undated {
            conditions.append("q.said_on IS NULL")
        }
        if let assignee = filter.assignedTo {
            conditions.append("q.assigned_to = \(statement.bind(assignee))")
        }
        if let view = filter.notHeldByOthers {
            conditions.append(LeaseRows.notHeldByOthers(view, statement: &statement))
        }
        let terms = terms(filter.order)
        if let afterID = filter.afterID {
            var anchorStatement = StatementBuilder()
            let anchorSQL = "SELECT \(terms.dropLast().joined(separator: ", ")) FROM quote q WHERE q.id = "
                + anchorStatement.bind(afterID)
            guard let anchor = try await connection.rows(anchorStatement.query(anchorSQL), logger: logger).first else {
                throw StoreError.noQuote(afterID)
            }
            var placeholders: [String] = []
            if filter.order == .confidence {
                placeholders.append(statement.bind(try anchor[0].decode(Double.self)))
            }
            let offset = filter.order == .confidence ? 1 : 0
            placeholders.append(statement.bind(try anchor[offset].decode(Int64.self)))
            placeholders.append(statement.bind(try anchor[offset + 1].decode(Int64.self)))
            placeholders.append(statement.bind(afterID))
            conditions.append("(\(terms.joined(separator: ", "))) > (\(placeholders.joined(separator: ", ")))")
        }
        var sql = columns
        sql += "\nWHERE " + conditions.joined(separator: "\n  AND ")
        sql += "\nORDER BY " + terms.joined(separator: ", ")
        if let limit = filter.limit {
            guard limit >= 0 else { throw StoreError.invalidLimit(limit) }
            sql += "\nLIMIT \(statement.bind(Int64(limit)))"
        }
        return statement.query(sql)
    }

    /// Reads a record from a row of ``selection``.
    static func record(_ row: PostgresRandomAccessRow) throws -> QuoteRecord {
        func text(_ index: Int) throws -> String? { try row[index].decode(String?.self) }
        func integer(_ index: Int) throws -> Int? { try row[index].decode(Int64?.self).map { Int($0) } }
        func vocabulary<Value: RawRepresentable<String>>(_ type: Value.Type, _ index: Int, column: String) throws -> Value {
            let raw = try row[index].decode(String.self)
            guard let value = Value(rawValue: raw) else { throw StoreError.corruptValue(column: column, value: raw) }
            return value
        }
        let ratingText = try text(22)
        return QuoteRecord(
            id: try row[0].decode(Int64.self),
            text: try row[1].decode(String.self),
            kind: try vocabulary(QuoteKind.self, 2, column: "kind"),
            speaker: try text(3),
            speakerRole: try text(4),
            speakerID: try row[5].decode(Int64?.self),
            cue: try text(6),
            rule: try text(7),
            confidence: try row[8].decode(Double?.self),
            saidOn: try text(9),
            saidOnBasis: try vocabulary(DateBasis.self, 10, column: "said_on_basis"),
            sourceID: try row[11].decode(Int64.self),
            sourceURL: try text(12),
            sourceFile: try text(13),
            sourceTitle: try text(14),
            sourceSite: try text(15),
            publishedAt: try text(16),
            paragraph: try integer(17),
            start: try integer(18),
            end: try integer(19),
            context: try text(20),
            status: try vocabulary(Status.self, 21, column: "status"),
            rating: try ratingText.map { raw in
                guard let rating = Rating(rawValue: raw) else { throw StoreError.corruptValue(column: "rating", value: raw) }
                return rating
            },
            note: try text(23),
            evidence: try StoreRules.decodeArray(try text(24), column: "evidence"),
            reviewedBy: try text(25),
            reviewedAt: try text(26),
            appearances: Int(try row[27].decode(Int64.self)),
            version: try row[28].decode(Int64.self))
    }
}
