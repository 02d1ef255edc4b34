import Foundation
import Model
import Store
import Testing

/// Search gives the same hits, in the same order, with the same highlights, on every backend.
@Suite("Store conformance: search of quotes and of sources' paragraphs")
struct SearchConformanceTests {
    /// Words that quotes and paragraphs are made of, some frequent, some rare.
    static let words = ["ceasefire", "talks", "negotiators", "negotiation", "common", "understanding", "peace",
                        "budget", "taxes", "kalo", "kalo", "kalo", "the", "the", "deal", "price", "Émile", "naïve",
                        "don\u{2019}t", "peace-plan", "U.S.", "x_y"]

    /// A deterministic sentence of `count` words starting at `seed`.
    static func sentence(_ seed: Int, _ count: Int) -> String {
        (0..<count).map { words[(seed * 7 + $0 * 5 + $0 * $0) % words.count] }.joined(separator: " ")
    }

    /// Four articles of quotes and paragraphs (the fourth without a main text), two verdicts, a corrected text.
    static func prepare(_ store: any ClaimStore) async throws {
        for source in 0..<4 {
            let paragraphs = source == 3 ? [] : (0..<6).map { sentence(source * 11 + $0, 4 + ($0 * 3) % 9) }
            let article = Article(canonicalURL: "https://example.com/\(source)", title: "Story \(source)",
                                  site: source == 1 ? "Süddeutsche Zeitung" : "Example News",
                                  authors: ["A. Writer"], publishedAt: source == 2 ? nil : "2024-0\(source + 1)-10",
                                  language: "en", paragraphs: paragraphs)
            let quotes = (0..<10).map { index in
                ConformanceData.quote(sentence(source * 13 + index, 3 + (index * 2) % 7),
                                      by: ["Jane Smith", "Bob Jones", "Émile Zola", "Ceasefire Council"][index % 4],
                                      paragraph: index % 6)
            }
            _ = try await store.importSource(ConformanceData.source("s\(source)"), article: article, quotes: quotes)
        }
        try await store.recordVerdict(quoteID: 3, change: VerdictChange(status: .verified), reviewer: "ana",
                                      at: ConformanceData.later(1), expecting: nil)
        try await store.recordVerdict(quoteID: 12, change: VerdictChange(text: "The naïve peace talks ended"),
                                      reviewer: "ana", at: ConformanceData.later(2), expecting: nil)
    }

    /// The quote hits of `words` as (id, highlighted stretches).
    static func quoteHits(_ store: any ClaimStore, _ words: String,
                          _ filter: QuoteFilter = .all) async throws -> [String] {
        try await store.search(SearchQuery(words), matching: filter).map { hit in
            "\(hit.quote.id): " + hit.matches.map { "[\(hit.quote.text[$0])]" }.joined(separator: " ")
        }
    }

    /// The paragraph hits of `words` as (source, paragraph, highlighted stretches).
    static func paragraphHits(_ store: any ClaimStore, _ words: String,
                              _ filter: SourceFilter = SourceFilter()) async throws -> [String] {
        try await store.searchSources(SearchQuery(words), matching: filter).map { hit in
            "\(hit.sourceID)/\(hit.paragraph) \(hit.title ?? "") \(hit.publishedOn ?? "-"): "
                + hit.matches.map { "[\(hit.text[$0])]" }.joined(separator: " ")
        }
    }

    /// Searches of docs/search.md's kinds and the syntax the query passes through.
    static let searches = [
        "ceasefire", "\"common understanding\"", "negotiat*", "kalo", "the", "peace", "Ceasefire", "CEASEFIRE",
        "emile", "naive", "dont", "don't", "don\u{2019}t", "peace-plan", "u.s.", "x_y", "x", "smith", "jane kalo",
        "talks OR budget", "kalo NOT the", "(taxes OR deal) AND price", "kalo the OR talks", "kalo OR the talks",
        "\"the kalo\"*", "ne*", "zzz", "council", "kalo the NOT talks", "talks NOT kalo the", "\"peace talks\"",
        "jane talks", "kalo the NOT (deal OR talks)", "NOT" + "ice", "\"kalo kalo\"",
    ]

    @Test("quote search: the same hits, order and highlights as the SQLite store, with and without filters",
          arguments: Backend.available)
    func quotes(backend: Backend) async throws {
        try await ExportConformanceTests.withReference(backend, prepare: Self.prepare) { store, reference in
            var total = 0
            for words in Self.searches {
                for filter in [QuoteFilter.all, QuoteFilter(status: "unreviewed"), QuoteFilter(speaker: "jane smith"),
                               QuoteFilter(limit: 3), QuoteFilter(sourceID: 2, order: .confidence)] {
                    let hits = try await Self.quoteHits(store, words, filter)
                    #expect(hits == (try await Self.quoteHits(reference, words, filter)), "\(words) \(filter)")
                    total += hits.count
                }
            }
            #expect(total > 300)
            // A corrected text is searched by its new words.
            #expect(try await Self.quoteHits(store, "ended").first == "12: [ended]")
        }
    }

    @Test("source search: the same paragraphs, order and highlights; the sources without text",
          arguments: Backend.available)
    func sources(backend: Backend) async throws {
        try await ExportConformanceTests.withReference(backend, prepare: Self.prepare) { store, reference in
            var total = 0
            for words in Self.searches {
                for filter in [SourceFilter(), SourceFilter(sourceID: 2), SourceFilter(site: "süddeutsche zeitung"),
                               SourceFilter(since: "2024-02-01"), SourceFilter(until: "2024-01-31"),
                               SourceFilter(undated: true), SourceFilter(limit: 2)] {
                    let hits = try await Self.paragraphHits(store, words, filter)
                    #expect(hits == (try await Self.paragraphHits(reference, words, filter)), "\(words) \(filter)")
                    total += hits.count
                }
            }
            #expect(total > 100)
            #expect(try await store.sourcesWithoutText(matching: SourceFilter()) == [4])
            #expect(try await store.sourcesWithoutText(matching: SourceFilter(site: "example news")) == [4])
            #expect(try await store.sourcesWithoutText(matching: SourceFilter(sourceID: 1)) == [])
        }
    }

    @Test("refusals alike: a query FTS5 cannot read, a bad day, a negative limit", arguments: Backend.available)
    func refusals(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = harness.store
            try await Self.prepare(store)
            for words in ["talks OR", "AND talks", "(talks", "talks)", "NOT", "talks NOT", "kalo (the OR talks)", "(a) b"] {
                await #expect(throws: SearchQueryError.self, "\(words)") {
                    try await store.search(SearchQuery(words), matching: .all)
                }
                await #expect(throws: SearchQueryError.self, "\(words)") {
                    try await store.searchSources(SearchQuery(words), matching: SourceFilter())
                }
            }
            await #expect(throws: StoreError.invalidDate("2024-13-01")) {
                try await store.searchSources(SearchQuery("talks"), matching: SourceFilter(since: "2024-13-01"))
            }
            await #expect(throws: StoreError.invalidLimit(-1)) {
                try await store.search(SearchQuery("talks"), matching: QuoteFilter(limit: -1))
            }
        }
    }
}
