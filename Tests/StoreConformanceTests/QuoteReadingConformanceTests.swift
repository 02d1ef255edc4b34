import Foundation
import Store
import Testing

/// Streaming quotes, their ids, appearances and surroundings, and the bulk verdict of
/// `quotecheck mark` behave alike on every backend.
@Suite("Store conformance: streaming quotes, appearances, surroundings, bulk verdicts")
struct QuoteReadingConformanceTests {
    /// The filters the listings are compared under.
    static let filters: [QuoteFilter] = [
        .all, QuoteFilter(status: "verified"), QuoteFilter(status: "all", order: .confidence),
        QuoteFilter(site: "SÜDDEUTSCHE zeitung"), QuoteFilter(speaker: "jane SMITH"), QuoteFilter(sourceID: 2),
        QuoteFilter(limit: 2), QuoteFilter(afterID: 3),
    ]

    /// A failure thrown from inside a streaming body.
    struct Stop: Error, Equatable {}

    @Test("forEachQuote and quoteIDs give what quotes(matching:) gives, in its order, under every filter",
          arguments: Backend.available)
    func streamingMatchesListing(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = harness.store
            try await ConformanceData.importTwoArticles(into: store)
            try await store.recordVerdict(quoteID: 4, change: VerdictChange(status: .verified), reviewer: "ana",
                                          at: ConformanceData.later(1), expecting: nil)
            for filter in Self.filters {
                let listed = try await store.quotes(matching: filter)
                var streamed: [QuoteRecord] = []
                try await store.forEachQuote(matching: filter) { streamed.append($0) }
                #expect(streamed == listed, "\(filter)")
                #expect(try await store.quoteIDs(matching: filter) == listed.map(\.id), "\(filter)")
            }
            #expect(try await store.quoteIDs(matching: QuoteFilter(status: "all", order: .confidence))
                    == [5, 2, 1, 4, 6, 3])
            await #expect(throws: StoreError.invalidLimit(-1)) {
                try await store.forEachQuote(matching: QuoteFilter(limit: -1)) { _ in }
            }
            await #expect(throws: StoreError.noQuote(77)) { try await store.quoteIDs(matching: QuoteFilter(afterID: 77)) }
        }
    }

    @Test("an error thrown while streaming ends the reading, comes back as it was, and leaves the store usable",
          arguments: Backend.available)
    func streamingStops(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = harness.store
            try await ConformanceData.importTwoArticles(into: store)
            // More rounds than the PostgreSQL store has pooled connections: none is left mid-stream.
            for _ in 0..<6 {
                var seen: [Int64] = []
                await #expect(throws: Stop()) {
                    try await store.forEachQuote(matching: .all) { quote in
                        seen.append(quote.id)
                        if seen.count == 2 { throw Stop() }
                    }
                }
                #expect(seen == [1, 2])
            }
            #expect(try await store.quoteIDs(matching: .all) == [1, 2, 3, 4, 5, 6])
            try await store.recordVerdict(quoteID: 1, change: VerdictChange(status: .verified), reviewer: "ana",
                                          at: ConformanceData.later(1), expecting: nil)
            #expect(try await store.quote(id: 1)?.status == .verified)
        }
    }

    @Test("a claim's appearances come earliest published first, undated last, with their places",
          arguments: Backend.available)
    func appearances(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = harness.store
            let quote = [ConformanceData.quote("We will win.", by: "Jane Smith", paragraph: 1)]
            for (name, published) in [("late", "2024-05-03T09:00:00+02:00"), ("undated", nil),
                                      ("early", "2024-05-01T23:30:00-05:00"), ("day", "2024-05-02")] {
                var article = ConformanceData.article(name)
                article.publishedAt = published
                _ = try await store.importSource(ConformanceData.source(name, url: name == "day" ? "https://d.example/" : nil),
                                                 article: article, quotes: quote)
            }
            let places = try await store.appearances(ofQuote: 1)
            // 2024-05-01T23:30-05:00 is 2024-05-02T04:30Z: after the bare day 2024-05-02 (00:00Z).
            #expect(places.map(\.sourceTitle) == ["day", "early", "late", "undated"])
            #expect(places.map(\.sourceID) == [4, 3, 1, 2])
            let day = try #require(places.first)
            #expect(day.sourceURL == "https://d.example/" && day.sourceFile == nil && day.publishedAt == "2024-05-02")
            #expect(day.position == 0 && day.paragraph == 1 && day.start == 1 && day.end == 13)
            #expect(day.context == "\u{201C}We will win.\u{201D} Jane Smith said.")
            #expect(places[1].sourceURL == "https://example.com/early" && places[1].sourceFile == "sources/early.html")
            await #expect(throws: StoreError.noQuote(9)) { try await store.appearances(ofQuote: 9) }
        }
    }

    @Test("a quote's surroundings: its paragraph, the one before, the archive path; none past the text or for a manual quote",
          arguments: Backend.available)
    func surroundings(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = harness.store
            try await ConformanceData.importTwoArticles(into: store)
            var quote = try #require(try await store.quote(id: 1))
            #expect(try await store.surroundings(of: quote)
                    == QuoteSurroundings(before: nil, paragraph: "First paragraph.", archivePath: "sources/archive/sha-a"))
            quote.paragraph = 1
            #expect(try await store.surroundings(of: quote)
                    == QuoteSurroundings(before: "First paragraph.", paragraph: "Second paragraph.",
                                         archivePath: "sources/archive/sha-a"))
            quote.paragraph = 2
            #expect(try await store.surroundings(of: quote)
                    == QuoteSurroundings(before: "Second paragraph.", paragraph: nil, archivePath: "sources/archive/sha-a"))
            quote.paragraph = nil
            #expect(try await store.surroundings(of: quote) == QuoteSurroundings(archivePath: "sources/archive/sha-a"))
            quote.sourceID = 9
            #expect(try await store.surroundings(of: quote) == QuoteSurroundings())
        }
    }

    @Test("a bulk verdict names every unknown id, refuses all on one refusal, changes each quote once, in order",
          arguments: Backend.available)
    func bulkVerdicts(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = harness.store
            try await ConformanceData.importTwoArticles(into: store)
            let at = ConformanceData.later(1)
            await #expect(throws: StoreError.noQuotes([99_999, 88_888])) {
                try await store.recordVerdicts(quoteIDs: [1, 99_999, 2, 88_888], change: VerdictChange(status: .verified),
                                               reviewer: "ann", at: at, expecting: nil)
            }
            try await store.recordVerdict(quoteID: 2, change: VerdictChange(evidence: "https://a.example/1"),
                                          reviewer: "ann", at: at, expecting: nil)
            await #expect(throws: StoreError.evidenceNotListed(quoteID: 1, url: "https://a.example/1")) {
                try await store.recordVerdicts(quoteIDs: [2, 1],
                                               change: VerdictChange(status: .verified,
                                                                     removedEvidence: ["https://a.example/1"]),
                                               reviewer: "ann", at: at, expecting: nil)
            }
            #expect(try await store.quote(id: 2)?.evidence == ["https://a.example/1"])
            #expect(try await store.quote(id: 2)?.status == .unreviewed)
            #expect(try await store.history(quoteID: 1).isEmpty)
            let outcomes = try await store.recordVerdicts(quoteIDs: [3, 1, 3], change: VerdictChange(status: .verified),
                                                          reviewer: "ann", at: at, expecting: nil)
            #expect(outcomes.map(\.quote.id) == [3, 1])
            #expect(outcomes.allSatisfy { $0.quote.status == .verified && $0.quote.reviewedBy == "ann" })
            let current = [try await store.quote(id: 3), try await store.quote(id: 1)]
            #expect(outcomes.map { Optional($0.quote) } == current)
            #expect(outcomes.allSatisfy { $0.overwritten == nil })
            let seen = try #require(try await store.quote(id: 3)).version
            let error = await #expect(throws: StoreError.self) {
                try await store.recordVerdicts(quoteIDs: [3], change: VerdictChange(status: .misquoted), reviewer: "bob",
                                               at: at, expecting: seen - 1)
            }
            guard case .conflict(let conflict) = error else {
                Issue.record("expected a conflict, got \(String(describing: error))")
                return
            }
            #expect(conflict.quoteID == 3 && conflict.expected == seen - 1 && conflict.current == seen)
        }
    }

    @Test("a bulk verdict replacing another reviewer's recent verdict says so; one's own, an old one or evidence alone do not",
          arguments: Backend.available)
    func overwrittenVerdicts(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = harness.store
            try await ConformanceData.importTwoArticles(into: store)
            let bobAt = ConformanceData.moment
            try await store.recordVerdicts(quoteIDs: [1, 2], change: VerdictChange(status: .misquoted, rating: .false),
                                           reviewer: "bob", at: bobAt, expecting: nil)
            let own = try await store.recordVerdicts(quoteIDs: [1], change: VerdictChange(note: "n"), reviewer: "bob",
                                                     at: bobAt.addingTimeInterval(60), expecting: nil)
            #expect(own.first?.overwritten == nil)
            let ana = try await store.recordVerdicts(quoteIDs: [1], change: VerdictChange(status: .verified),
                                                     reviewer: "ana", at: bobAt.addingTimeInterval(1_800), expecting: nil)
            #expect(ana.first?.overwritten == OverwrittenVerdict(reviewer: "bob", at: "2024-05-01T12:01:00.000Z",
                                                                  status: .misquoted, rating: .false))
            let late = try await store.recordVerdicts(quoteIDs: [2], change: VerdictChange(status: .verified),
                                                      reviewer: "ana", at: bobAt.addingTimeInterval(7_200), expecting: nil)
            #expect(late.first?.overwritten == nil)
            let added = try await store.recordVerdicts(quoteIDs: [2], change: VerdictChange(evidence: "https://a.example"),
                                                       reviewer: "cy", at: bobAt.addingTimeInterval(7_260), expecting: nil)
            #expect(added.first?.overwritten == nil)
        }
    }
}
