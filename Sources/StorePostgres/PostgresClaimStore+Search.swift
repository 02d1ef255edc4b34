import PostgresNIO
import Store

/// Search on PostgreSQL: the SQLite store's FTS5 searches, evaluated by
/// ``Store/TextSearch`` over the store's rows (the same tokens, query syntax,
/// matches, bm25 ranks with ties in id order, and highlights), so that both
/// backends give the same hits in the same order.
///
/// There is no index on PostgreSQL yet: each search reads every quote's words
/// and speaker (or every live source's paragraphs) once, in one snapshot,
/// keeping only the matches' ids and ranks; the records are read afterwards,
/// one at a time, in rank order.
extension PostgresClaimStore {
    /// The quotes matching both `query` and `filter`, best match first (see ``forEachSearchHit(_:matching:_:)``).
    public func search(_ query: SearchQuery, matching filter: QuoteFilter) async throws -> [SearchHit] {
        var hits: [SearchHit] = []
        try await forEachSearchHit(query, matching: filter) { hits.append($0) }
        return hits
    }

    /// Calls `body` with each quote matching both `query` and `filter`, best
    /// match first (FTS5's bm25 over the quotes' words and speakers; ties in id
    /// order), at most `filter.limit` of them; the filter's order and paging
    /// are not used. Throws ``Store/SearchQueryError`` when the query is not FTS5's syntax.
    public func forEachSearchHit(_ query: SearchQuery, matching filter: QuoteFilter,
                                 _ body: (SearchHit) throws -> Void) async throws {
        var wanted = filter
        wanted.limit = nil
        wanted.afterID = nil
        wanted.order = .default
        try await read { connection in
            let allowedQuery = try await QuoteQuery.quotes(matching: wanted, selecting: "SELECT q.id FROM quote q",
                                                           on: connection, logger: logger)
            if let limit = filter.limit, limit < 0 { throw StoreError.invalidLimit(limit) }
            let parsed = try TextSearch.parse(query)
            var allowed: Set<Int64> = []
            for try await id in try await connection.query(allowedQuery, logger: logger).decode(Int64.self) {
                allowed.insert(id)
            }
            // Every row of the index: every quote, joined and removed ones included, as FTS5 holds them.
            var corpus = TextSearch.Corpus(phrases: parsed.phrases.count)
            var found: [(id: Int64, length: Int, instances: TextSearch.Instances, highlights: [Range<Int>])] = []
            for try await (id, text, speaker) in try await connection.query("""
                SELECT q.id, q.text, s.name FROM quote q LEFT JOIN speaker s ON s.id = q.speaker_id ORDER BY q.id
                """, logger: logger).decode((Int64, String, String?).self) {
                let words = TextSearch.tokens(text)
                let speakerWords = speaker.map(TextSearch.tokens) ?? []
                let instances = TextSearch.instances(of: parsed, in: [words, speakerWords])
                corpus.add(tokens: words.count + speakerWords.count, instances: instances)
                if allowed.contains(id), TextSearch.matches(parsed.query, instances) {
                    let counted = TextSearch.counted(parsed.query, instances)
                    found.append((id, words.count + speakerWords.count, counted,
                                  TextSearch.highlights(column: 0, tokens: words, instances: counted)))
                }
            }
            let ranked = found.map { (id: $0.id, rank: corpus.rank(length: $0.length, instances: $0.instances),
                                      highlights: $0.highlights) }
                .sorted { $0.rank != $1.rank ? $0.rank < $1.rank : $0.id < $1.id }
            for hit in ranked.prefix(filter.limit ?? Int.max) {
                guard let quote = try await QuoteQuery.quote(id: hit.id, on: connection, logger: logger) else { continue }
                try body(SearchHit(quote: quote, matches: TextSearch.ranges(hit.highlights, in: quote.text)))
            }
        }
    }

    /// The paragraphs matching `query` and `filter`, best match first (see ``forEachParagraphHit(_:matching:_:)``).
    public func searchSources(_ query: SearchQuery, matching filter: SourceFilter) async throws -> [ParagraphHit] {
        var hits: [ParagraphHit] = []
        try await forEachParagraphHit(query, matching: filter) { hits.append($0) }
        return hits
    }

    /// Calls `body` with each paragraph of a live source's main text that
    /// matches `query` and `filter`, best match first (FTS5's bm25 over the
    /// live sources' paragraphs; ties in source then paragraph order), at most
    /// `filter.limit` of them. Throws ``Store/SearchQueryError`` when the query is not FTS5's syntax.
    public func forEachParagraphHit(_ query: SearchQuery, matching filter: SourceFilter,
                                    _ body: (ParagraphHit) throws -> Void) async throws {
        let accepts = try Self.condition(filter)
        if let limit = filter.limit, limit < 0 { throw StoreError.invalidLimit(limit) }
        let parsed = try TextSearch.parse(query)
        var hits: [(rank: Double, order: Int, hit: ParagraphHit)] = []
        try await read { connection in
            var corpus = TextSearch.Corpus(phrases: parsed.phrases.count)
            var found: [(length: Int, instances: TextSearch.Instances, hit: ParagraphHit)] = []
            for try await (id, title, site, url, publishedAt, paragraphs) in try await connection.query("""
                SELECT id, title, site, COALESCE(url, canonical_url), published_at, paragraphs
                FROM source WHERE removed_at IS NULL ORDER BY id
                """, logger: logger).decode((Int64, String?, String?, String?, String?, String).self) {
                let texts = try StoreRules.decodeArray(paragraphs, column: "paragraphs")
                let wanted = accepts(id, site, publishedAt)
                for (number, text) in texts.enumerated() {
                    let words = TextSearch.tokens(text)
                    let instances = TextSearch.instances(of: parsed, in: [words])
                    corpus.add(tokens: words.count, instances: instances)
                    if wanted, TextSearch.matches(parsed.query, instances) {
                        let counted = TextSearch.counted(parsed.query, instances)
                        let ranges = TextSearch.highlights(column: 0, tokens: words, instances: counted)
                        found.append((words.count, counted, ParagraphHit(
                            sourceID: id, title: title, site: site, url: url, publishedAt: publishedAt,
                            paragraph: number, text: text, matches: TextSearch.ranges(ranges, in: text))))
                    }
                }
            }
            hits = found.enumerated().map { (corpus.rank(length: $0.element.length, instances: $0.element.instances),
                                             $0.offset, $0.element.hit) }
        }
        hits.sort { $0.rank != $1.rank ? $0.rank < $1.rank : $0.order < $1.order }
        for hit in hits.prefix(filter.limit ?? Int.max) { try body(hit.hit) }
    }

    /// The ids of the live sources matching `filter` whose main text is not
    /// stored (no paragraph): their words cannot be searched.
    public func sourcesWithoutText(matching filter: SourceFilter) async throws -> [Int64] {
        let accepts = try Self.condition(filter)
        return try await read { connection in
            var ids: [Int64] = []
            for try await (id, site, publishedAt) in try await connection.query("""
                SELECT id, site, published_at FROM source
                WHERE removed_at IS NULL AND paragraphs = '[]' ORDER BY id
                """, logger: logger).decode((Int64, String?, String?).self) where accepts(id, site, publishedAt) {
                ids.append(id)
            }
            return ids
        }
    }

    /// The test a source must pass for `filter` (the SQLite store's `SourceSearchSQL.conditions`):
    /// its id, its site (compared lowercased, any script), its publication day (the first ten
    /// characters of `published_at`, compared as text; undated when there is none).
    private static func condition(_ filter: SourceFilter) throws -> @Sendable (Int64, String?, String?) -> Bool {
        for day in [filter.since, filter.until].compactMap({ $0 }) where !StoreRules.isDay(day) {
            throw StoreError.invalidDate(day)
        }
        let site = filter.site?.lowercased()
        return { id, sourceSite, publishedAt in
            if let wanted = filter.sourceID, wanted != id { return false }
            if let site, sourceSite?.lowercased() != site { return false }
            let day = publishedAt.map { String(String.UnicodeScalarView($0.unicodeScalars.prefix(10))) }
            if let since = filter.since {
                guard let day, !Array(day.utf8).lexicographicallyPrecedes(Array(since.utf8)) else { return false }
            }
            if let until = filter.until {
                guard let day, !Array(until.utf8).lexicographicallyPrecedes(Array(day.utf8)) else { return false }
            }
            if filter.undated, publishedAt != nil { return false }
            return true
        }
    }
}
