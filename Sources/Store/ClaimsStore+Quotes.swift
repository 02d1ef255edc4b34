import GRDB

extension ClaimsStore {
    /// The quotes that match `filter`, in its order (unless asked otherwise, the
    /// default order: by the claim's first appearance, import order of its
    /// source, then position in it).
    public func quotes(matching filter: QuoteFilter) throws -> [QuoteRecord] {
        try writer.read { db in
            let (sql, arguments) = try QuerySQL.quotes(matching: filter, in: db)
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map(QuoteRecord.init(row:))
        }
    }

    /// Calls `body` with each quote that matches `filter`, in the filter's order,
    /// reading them one at a time (constant memory, for exports of any size).
    ///
    /// The reading happens in one snapshot; `body` must not write to the store.
    public func forEachQuote(matching filter: QuoteFilter, _ body: (QuoteRecord) throws -> Void) throws {
        try writer.read { db in
            let (sql, arguments) = try QuerySQL.quotes(matching: filter, in: db)
            try db.makeStatement(sql: sql).forEachRow(arguments: arguments) { columns in
                try body(QuoteRecord(columns: columns))
            }
        }
    }

    /// The ids of the quotes that match `filter`, in its order, without building their
    /// records (a queue's "n of N" on the web desk).
    public func quoteIDs(matching filter: QuoteFilter) throws -> [Int64] {
        try writer.read { db in
            // The filter's conditions and order are on `quote q` alone: no join is needed.
            let (sql, arguments) = try QuerySQL.quotes(matching: filter, selecting: "SELECT q.id FROM quote q", in: db)
            return try Int64.fetchAll(db, sql: sql, arguments: arguments)
        }
    }

    /// The quote with this id, or `nil`.
    public func quote(id: Int64) throws -> QuoteRecord? {
        try writer.read { db in try QuerySQL.quote(id: id, in: db) }
    }

    /// The quote with this id and the version of its audit trail, read together; `nil` if there is no such quote.
    ///
    /// The id of a claim that was joined into another gives that other claim.
    public func snapshot(ofQuote id: Int64) throws -> QuoteSnapshot? {
        try writer.read { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM quote WHERE id = ?", arguments: [id]) != nil else {
                return nil
            }
            let liveID = try ClaimLinks.live(id, in: db)
            guard let quote = try QuerySQL.quote(id: liveID, in: db) else { return nil }
            return QuoteSnapshot(quote: quote, version: try ClaimLinks.version(of: liveID, in: db))
        }
    }

    /// The first quote matching `filter` (its status included; `nil` or `all`
    /// for any) in the filter's order, after the quote `id` if given; `nil` when none is left.
    public func nextQuote(matching filter: QuoteFilter, after id: Int64?) throws -> QuoteRecord? {
        var next = filter
        next.afterID = id ?? filter.afterID
        next.limit = 1
        return try quotes(matching: next).first
    }

    /// The first unreviewed quote matching `filter` in the filter's order,
    /// after the quote `id` if given; `nil` when none is left.
    ///
    /// The filter's status is ignored (the status is `unreviewed`).
    public func nextUnreviewed(matching filter: QuoteFilter, after id: Int64?) throws -> QuoteRecord? {
        var next = filter
        next.status = Status.unreviewed.rawValue
        next.afterID = id ?? filter.afterID
        next.limit = 1
        return try quotes(matching: next).first
    }

    /// The places the quote appears, earliest first: by publication date
    /// where the sources give one (compared as instants, a bare day as its
    /// start in UTC), undated sources after dated ones, then by import order and position.
    public func appearances(ofQuote id: Int64) throws -> [AppearanceRecord] {
        StoreRules.earliestFirst(try importOrderedAppearances(ofQuote: id))
    }

    /// The places the quote appears, in import order, then position.
    private func importOrderedAppearances(ofQuote id: Int64) throws -> [AppearanceRecord] {
        try writer.read { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM quote WHERE id = ?", arguments: [id]) != nil else {
                throw StoreError.noQuote(id)
            }
            return try Row.fetchAll(db, sql: """
                SELECT a.source_id, src.title, COALESCE(src.url, src.canonical_url) AS url, src.file,
                    src.published_at, a.position, a.paragraph, a.start, a."end", a.context
                FROM appearance a JOIN source src ON src.id = a.source_id
                WHERE a.quote_id = ?
                ORDER BY a.source_id, a.position
                """, arguments: [id]).map(AppearanceRecord.init(row:))
        }
    }
}

/// The SQL of quote queries, built from filters.
enum QuerySQL {
    /// The quote with this id, or `nil`.
    static func quote(id: Int64, in db: Database) throws -> QuoteRecord? {
        try Row.fetchOne(db, sql: QuoteRecord.selection + " WHERE q.id = ?", arguments: [id])
            .map(QuoteRecord.init(row:))
    }

    /// The statement and arguments that select the quotes matching `filter` in its order.
    static func quotes(matching filter: QuoteFilter, in db: Database) throws -> (String, StatementArguments) {
        try quotes(matching: filter, selecting: QuoteRecord.selection, in: db)
    }

    /// The statement and arguments that select the quotes matching `filter` in its order,
    /// `selection` being `SELECT … FROM quote q` with the joins its columns need.
    static func quotes(matching filter: QuoteFilter, selecting selection: String,
                       in db: Database) throws -> (String, StatementArguments) {
        var (conditions, arguments) = try self.conditions(matching: filter, in: db)
        let terms = filter.order.terms
        if let afterID = filter.afterID {
            // The anchor's own sort key, compared as one row value (the order's index serves it).
            guard let anchor = try Row.fetchOne(db, sql: """
                SELECT \(terms.dropLast().joined(separator: ", ")) FROM quote q WHERE q.id = ?
                """, arguments: [afterID]) else { throw StoreError.noQuote(afterID) }
            let placeholders = Array(repeating: "?", count: terms.count).joined(separator: ", ")
            conditions.append("(\(terms.joined(separator: ", "))) > (\(placeholders))")
            for value in anchor.databaseValues { arguments += [value] }
            arguments += [afterID]
        }
        var sql = selection
        sql += "\nWHERE " + conditions.joined(separator: "\n  AND ")
        sql += "\nORDER BY " + terms.joined(separator: ", ")
        if let limit = filter.limit {
            guard limit >= 0 else { throw StoreError.invalidLimit(limit) }
            sql += "\nLIMIT ?"
            arguments += [limit]
        }
        return (sql, arguments)
    }

    /// The conditions on `quote q` (joined with AND) and their arguments that
    /// `filter`'s criteria make, without its order, paging and limit.
    static func conditions(matching filter: QuoteFilter, in db: Database) throws -> ([String], StatementArguments) {
        // Claims joined into another one are not listed (their appearances and trail moved there),
        // nor claims taken out with a removed source.
        var conditions: [String] = ["q.merged_into IS NULL", "q.removed_with IS NULL"]
        var arguments = StatementArguments()
        if let status = filter.status, status != "all" {
            conditions.append("q.status = ?")
            arguments += [try Status(validating: status).rawValue]
        }
        if let speaker = filter.speaker {
            conditions.append("""
                q.speaker_id IN (SELECT id FROM speaker WHERE name = ? COLLATE NOCASE
                    UNION SELECT speaker_id FROM speaker_alias WHERE alias = ? COLLATE NOCASE)
                """)
            arguments += [speaker, speaker]
        }
        if let sourceID = filter.sourceID {
            conditions.append("q.id IN (SELECT quote_id FROM appearance WHERE source_id = ?)")
            arguments += [sourceID]
        }
        if let site = filter.site {
            // Compared in Swift (SQLite's NOCASE folds ASCII only), then matched exactly.
            let names = try SiteSQL.names(matching: site, in: db)
            let placeholders = names.map { _ in "?" }.joined(separator: ", ")
            conditions.append(names.isEmpty ? "0" : """
                q.id IN (SELECT a.quote_id FROM appearance a JOIN source src ON src.id = a.source_id
                    WHERE src.site IN (\(placeholders)))
                """)
            for name in names { arguments += [name] }
        }
        try DayRangeSQL.append(on: "q.said_on", since: filter.since, until: filter.until,
                               undated: filter.undated, to: &conditions, &arguments)
        if let assignee = filter.assignedTo {
            conditions.append("q.assigned_to = ?")
            arguments += [assignee]
        }
        if let view = filter.notHeldByOthers {
            let (condition, values) = LeaseSQL.notHeldByOthers(view)
            conditions.append(condition)
            arguments += values
        }
        return (conditions, arguments)
    }
}

