import GRDB

extension ClaimsStore {
    /// The quotes matching both `query` and `filter`, best match first (FTS5's
    /// bm25 rank; ties in id order, as FTS5 sorts them), at most `filter.limit` of them; the filter's
    /// order and paging are not used.
    ///
    /// Throws ``SearchQueryError`` when the index cannot read the query.
    public func search(_ query: SearchQuery, matching filter: QuoteFilter) throws -> [SearchHit] {
        var hits: [SearchHit] = []
        try forEachSearchHit(query, matching: filter) { hits.append($0) }
        return hits
    }

    /// Calls `body` with each quote matching both `query` and `filter`, best
    /// match first (as ``search(_:matching:)``), reading each one only when its
    /// turn comes: FTS5 ranks the matches itself (its `ORDER BY rank`), and
    /// only the quotes handed to `body` are read and highlighted (on the
    /// index's own cursor), so a search with a limit costs the ranking and a
    /// few rows, and one without a limit holds one quote at a time.
    ///
    /// The reading happens in one snapshot; `body` must not write to the store.
    /// Throws ``SearchQueryError`` when the index cannot read the query.
    public func forEachSearchHit(_ query: SearchQuery, matching filter: QuoteFilter,
                                 _ body: (SearchHit) throws -> Void) throws {
        try writer.read { db in
            var (conditions, arguments) = try QuerySQL.conditions(matching: filter, in: db)
            arguments = [query.expression] + arguments
            // Ordered by rank alone, FTS5 sorts the matches itself (ties in id order) and
            // evaluates highlight() only for the rows the query hands out.
            var sql = """
                SELECT quote_search.rowid, highlight(quote_search, 0, char(2), char(3)) FROM quote_search
                JOIN quote q ON q.id = quote_search.rowid
                WHERE quote_search MATCH ? AND \(conditions.joined(separator: "\n  AND "))
                ORDER BY quote_search.rank
                """
            if let limit = filter.limit {
                guard limit >= 0 else { throw StoreError.invalidLimit(limit) }
                sql += "\nLIMIT ?"
                arguments += [limit]
            }
            let record = try db.cachedStatement(sql: QuoteRecord.selection + " WHERE q.id = ?")
            try SearchSQL.refusingSyntax(of: query) {
                let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
                while let row = try rows.next() {
                    let id: Int64 = row[0]
                    let marked: String = row[1]
                    guard let found = try Row.fetchOne(record, arguments: [id]) else { continue }
                    let quote = try QuoteRecord(row: found)
                    try body(SearchHit(quote: quote, matches: SearchSQL.ranges(marked: marked, in: quote.text)))
                }
            }
        }
    }
}

/// The SQL and the text handling of the full-text index (migration "v8-search").
enum SearchSQL {
    /// Opens a match in `highlight()`'s output.
    static let open: Unicode.Scalar = "\u{2}"
    /// Closes a match in `highlight()`'s output.
    static let close: Unicode.Scalar = "\u{3}"

    /// The curly marks and the straight ones they are indexed and searched as.
    static let marks: [(curly: String, straight: String)] = [
        ("\u{2019}", "'"), ("\u{2018}", "'"), ("\u{201C}", "\""), ("\u{201D}", "\""),
    ]

    /// `text` with its curly marks straight (one character for one, so offsets agree).
    static func normalise(_ text: String) -> String {
        var result = text
        for mark in marks { result = result.replacingOccurrences(of: mark.curly, with: mark.straight) }
        return result
    }

    /// An SQL expression: the value of `column` with its curly marks straight.
    static func normalised(_ column: String) -> String {
        marks.reduce(column) { expression, mark in
            "replace(\(expression), '\(mark.curly)', '\(mark.straight == "'" ? "''" : mark.straight)')"
        }
    }

    /// Runs `body`, turning FTS5's refusal of the query into a ``SearchQueryError``.
    static func refusingSyntax<T>(of query: SearchQuery, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR
            && (error.message ?? "").localizedCaseInsensitiveContains("fts5") {
            throw SearchQueryError(words: query.words, reason: .syntax(error.message ?? ""))
        }
    }

    /// `marked` without its ``open`` and ``close`` marks.
    static func unmarked(_ marked: String) -> String {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: marked.unicodeScalars.lazy.filter { $0 != open && $0 != close })
        return String(text)
    }

    /// The stretches of `text` that `marked` (its indexed form with matches
    /// marked) marks; the two agree scalar for scalar outside the marks.
    static func ranges(marked: String, in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var position = text.unicodeScalars.startIndex
        var start: String.Index?
        for scalar in marked.unicodeScalars {
            if scalar == open {
                start = position
            } else if scalar == close {
                if let from = start { ranges.append(from..<position) }
                start = nil
            } else {
                guard position < text.unicodeScalars.endIndex else { return ranges }
                position = text.unicodeScalars.index(after: position)
            }
        }
        return ranges
    }
}
