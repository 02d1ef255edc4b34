import GRDB

extension ClaimsStore {
    /// The quotes matching both `query` and `filter`, best match first (FTS5's
    /// bm25 rank, ties by id), at most `filter.limit` of them; the filter's
    /// order and paging are not used.
    ///
    /// Throws ``SearchQueryError`` when the index cannot read the query.
    public func search(_ query: SearchQuery, matching filter: QuoteFilter) throws -> [SearchHit] {
        var unordered = filter
        unordered.limit = nil
        unordered.afterID = nil
        unordered.order = .default
        return try writer.read { db in
            let (filterSQL, filterArguments) = try QuerySQL.quotes(matching: unordered, in: db)
            var arguments = filterArguments
            arguments += [query.expression]
            var sql = """
                SELECT f.* FROM quote_search
                JOIN (\(filterSQL)) AS f ON f.id = quote_search.rowid
                WHERE quote_search MATCH ?
                ORDER BY quote_search.rank, f.id
                """
            if let limit = filter.limit {
                guard limit >= 0 else { throw StoreError.invalidLimit(limit) }
                sql += "\nLIMIT ?"
                arguments += [limit]
            }
            let quotes = try SearchSQL.refusingSyntax(of: query) {
                try Row.fetchAll(db, sql: sql, arguments: arguments).map(QuoteRecord.init(row:))
            }
            let marked = try SearchSQL.markedTexts(of: quotes.map(\.id), query: query, in: db)
            return quotes.map { quote in
                SearchHit(quote: quote, matches: marked[quote.id].map { SearchSQL.ranges(marked: $0, in: quote.text) } ?? [])
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

    /// The indexed text of each quote in `ids` with its matches between ``open`` and ``close``.
    static func markedTexts(of ids: [Int64], query: SearchQuery, in db: Database) throws -> [Int64: String] {
        guard !ids.isEmpty else { return [:] }
        var marked: [Int64: String] = [:]
        // A few hundred ids per statement stay below SQLite's limit on arguments.
        for chunk in stride(from: 0, to: ids.count, by: 500).map({ ids[$0..<min($0 + 500, ids.count)] }) {
            let placeholders = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
            var arguments: StatementArguments = [query.expression]
            for id in chunk { arguments += [id] }
            let rows = try refusingSyntax(of: query) {
                try Row.fetchAll(db, sql: """
                    SELECT rowid, highlight(quote_search, 0, char(2), char(3)) FROM quote_search
                    WHERE quote_search MATCH ? AND rowid IN (\(placeholders))
                    """, arguments: arguments)
            }
            for row in rows { marked[row[0]] = row[1] }
        }
        return marked
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
