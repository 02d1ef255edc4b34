import GRDB

extension ClaimsStore {
    /// Calls `body` with each paragraph of a live source's main text that
    /// matches `query` and `filter`, best match first (FTS5's bm25 rank; ties
    /// in the index's order), at most `filter.limit` of them. FTS5 ranks the
    /// matches itself; only the paragraphs handed to `body` are read and
    /// highlighted, one at a time.
    ///
    /// The reading happens in one snapshot; `body` must not write to the store.
    /// Throws ``SearchQueryError`` when the index cannot read the query.
    public func forEachParagraphHit(_ query: SearchQuery, matching filter: SourceFilter,
                                    _ body: (ParagraphHit) throws -> Void) throws {
        try writer.read { db in
            var (conditions, arguments) = try SourceSearchSQL.conditions(matching: filter, in: db)
            arguments = [query.expression] + arguments
            // Ordered by rank alone, FTS5 sorts the matches itself and evaluates
            // highlight() only for the rows the query hands out.
            var sql = """
                SELECT p.source_id, src.title, src.site, COALESCE(src.url, src.canonical_url), src.published_at,
                    p.number, highlight(source_search, 0, char(2), char(3))
                FROM source_search
                JOIN source_paragraph p ON p.id = source_search.rowid
                JOIN source src ON src.id = p.source_id
                WHERE source_search MATCH ?\(conditions.map { "\n  AND " + $0 }.joined())
                ORDER BY source_search.rank
                """
            if let limit = filter.limit {
                guard limit >= 0 else { throw StoreError.invalidLimit(limit) }
                sql += "\nLIMIT ?"
                arguments += [limit]
            }
            try SearchSQL.refusingSyntax(of: query) {
                let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
                while let row = try rows.next() {
                    let marked: String = row[6]
                    let text = SearchSQL.unmarked(marked)
                    try body(ParagraphHit(sourceID: row[0], title: row[1], site: row[2], url: row[3], publishedAt: row[4],
                                          paragraph: row[5], text: text, matches: SearchSQL.ranges(marked: marked, in: text)))
                }
            }
        }
    }

    /// The paragraphs matching `query` and `filter`, best match first (see
    /// ``forEachParagraphHit(_:matching:_:)``).
    public func searchSources(_ query: SearchQuery, matching filter: SourceFilter) throws -> [ParagraphHit] {
        var hits: [ParagraphHit] = []
        try forEachParagraphHit(query, matching: filter) { hits.append($0) }
        return hits
    }

    /// The ids of the live sources matching `filter` whose main text is not
    /// stored (a workbench restored from a JSON Lines export carries the
    /// paragraphs of the sources its quotes came from, and no others): their
    /// words cannot be searched.
    public func sourcesWithoutText(matching filter: SourceFilter) throws -> [Int64] {
        try writer.read { db in
            let (conditions, arguments) = try SourceSearchSQL.conditions(matching: filter, in: db)
            return try Int64.fetchAll(db, sql: """
                SELECT src.id FROM source src
                WHERE NOT EXISTS (SELECT 1 FROM source_paragraph p WHERE p.source_id = src.id)
                \(conditions.map { "  AND " + $0 + "\n" }.joined())ORDER BY src.id
                """, arguments: arguments)
        }
    }
}

/// The SQL of searching the sources' paragraphs (migration "v10-search-sources").
enum SourceSearchSQL {
    /// The conditions on `source src` (joined with AND) and their arguments that `filter` makes.
    static func conditions(matching filter: SourceFilter, in db: Database) throws -> ([String], StatementArguments) {
        var conditions = ["src.removed_at IS NULL"]
        var arguments = StatementArguments()
        if let sourceID = filter.sourceID {
            conditions.append("src.id = ?")
            arguments += [sourceID]
        }
        if let site = filter.site {
            // Compared in Swift (SQLite's NOCASE folds ASCII only), then matched exactly.
            let names = try SiteSQL.names(matching: site, in: db)
            conditions.append(names.isEmpty ? "0" : "src.site IN (\(names.map { _ in "?" }.joined(separator: ", ")))")
            for name in names { arguments += [name] }
        }
        // The publication day is the first ten characters of `published_at` (ISO 8601 or a bare day).
        try DayRangeSQL.append(on: "substr(src.published_at, 1, 10)", since: filter.since, until: filter.until,
                               undated: filter.undated, to: &conditions, &arguments)
        return (conditions, arguments)
    }
}
