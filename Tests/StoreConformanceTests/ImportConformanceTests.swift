import Extract
import Foundation
import Store
import Testing

/// Importing and listing behave alike on every backend.
@Suite("Store conformance: import and list")
struct ImportConformanceTests {
    @Test("an import is listed in the default order with its speakers, sources and appearances",
          arguments: Backend.available)
    func importThenList(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let outcomes = try await ConformanceData.importTwoArticles(into: harness.store)
            #expect(outcomes == [.imported(sourceID: 1, newQuotes: 3, quotes: 3),
                                 .imported(sourceID: 2, newQuotes: 3, quotes: 4)])
            let quotes = try await harness.store.quotes(matching: .all)
            #expect(quotes.map(\.id) == [1, 2, 3, 4, 5, 6])
            #expect(quotes.map(\.text) == ["We will win.", "Taxes go down", "Not today", "Il pleut",
                                           "Someone said this", "smith again"])
            let notToday = try #require(quotes.first { $0.id == 3 })
            #expect(notToday.appearances == 2)
            #expect(notToday.speaker == "Bob Jones")
            #expect(notToday.confidence == nil)
            let first = try #require(quotes.first)
            #expect(first.speakerRole == "Mayor")
            #expect(first.sourceTitle == "a")
            #expect(first.sourceURL == "https://example.com/a")
            #expect(first.publishedAt == "2024-05-01T09:00:00+02:00")
            #expect(first.context == "\u{201C}We will win.\u{201D} Jane Smith said.")
            #expect(first.confidence == 0.8)
            #expect(first.status == .unreviewed && first.version == 0)
            #expect(try await harness.store.quote(id: 4)?.sourceSite == "Süddeutsche Zeitung")
            #expect(try await harness.store.quote(id: 99) == nil)
        }
    }

    @Test("the same bytes imported again are a duplicate that changes nothing", arguments: Backend.available)
    func duplicate(backend: Backend) async throws {
        try await withStore(backend) { harness in
            try await ConformanceData.importTwoArticles(into: harness.store)
            let again = try await harness.store.importSource(
                ConformanceData.source("a"), article: ConformanceData.article("a"),
                quotes: [ConformanceData.quote("Brand new words", by: "Someone New")])
            #expect(again == .duplicate(sourceID: 1))
            #expect(try await harness.store.quotes(matching: .all).count == 6)
        }
    }

    @Test("a document repeating a claim and a speaker stores the claim and the speaker once, ids alike on every backend",
          arguments: Backend.available)
    func repeatsInOneDocument(backend: Backend) async throws {
        try await withStore(backend) { harness in
            try await ConformanceData.importTwoArticles(into: harness.store)
            let outcome = try await harness.store.importSource(
                ConformanceData.source("c"), article: ConformanceData.article("c"), quotes: [
                    ConformanceData.quote("Fresh words", by: "Lena Park", aliases: ["Park"]),
                    ConformanceData.quote("We will win.", by: "Jane Smith"),
                    ConformanceData.quote("Fresh words", by: "Lena Park", aliases: ["Park", "Ms. Park"]),
                    ConformanceData.quote("More words", by: "Omar Diaz"),
                    ConformanceData.quote("More words", by: nil),
                ])
            #expect(outcome == .imported(sourceID: 3, newQuotes: 3, quotes: 5))
            let records = try await harness.store.quotes(matching: QuoteFilter(sourceID: 3))
            #expect(records.map(\.id) == [1, 7, 8, 9])
            // `appearances` counts the sources that carry a claim: "Fresh words" is twice in one source.
            #expect(records.map(\.appearances) == [2, 1, 1, 1])
            #expect(records.map(\.speaker) == ["Jane Smith", "Lena Park", "Omar Diaz", nil])
            let park = try #require(try await harness.store.speakers().first { $0.name == "Lena Park" })
            #expect(park.aliases == ["Ms. Park", "Park"])
        }
    }

    @Test("filters select alike: status, speaker or alias in any ASCII case, source, site, days, limit, paging, order",
          arguments: Backend.available)
    func filters(backend: Backend) async throws {
        try await withStore(backend) { harness in
            try await ConformanceData.importTwoArticles(into: harness.store)
            let store = harness.store
            func ids(_ filter: QuoteFilter) async throws -> [Int64] { try await store.quotes(matching: filter).map(\.id) }
            #expect(try await ids(QuoteFilter(speaker: "JANE SMITH")) == [1, 2, 6])
            #expect(try await ids(QuoteFilter(speaker: "smith")) == [1, 2])
            #expect(try await ids(QuoteFilter(speaker: "ZOLA")) == [4])
            // SQLite's NOCASE folds ASCII only: so does the PostgreSQL store.
            #expect(try await ids(QuoteFilter(speaker: "émile zola")) == [])
            #expect(try await ids(QuoteFilter(sourceID: 2)) == [3, 4, 5, 6])
            #expect(try await ids(QuoteFilter(site: "süddeutsche zeitung")) == [3, 4, 5, 6])
            #expect(try await ids(QuoteFilter(site: "nowhere")) == [])
            #expect(try await ids(QuoteFilter(since: "2024-03-01", until: "2024-03-31")) == [3])
            #expect(try await ids(QuoteFilter(undated: true)) == [5])
            #expect(try await ids(QuoteFilter(limit: 2, afterID: 2)) == [3, 4])
            #expect(try await ids(QuoteFilter(order: .confidence)) == [5, 2, 1, 4, 6, 3])
            #expect(try await ids(QuoteFilter(afterID: 2, order: .confidence)) == [1, 4, 6, 3])
            #expect(try await ids(QuoteFilter(status: "unreviewed", limit: 1)) == [1])
            await #expect(throws: StoreError.unknownStatus("nope")) { try await store.quotes(matching: QuoteFilter(status: "nope")) }
            await #expect(throws: StoreError.invalidDate("2024-13-01")) { try await store.quotes(matching: QuoteFilter(since: "2024-13-01")) }
            await #expect(throws: StoreError.invalidLimit(-1)) { try await store.quotes(matching: QuoteFilter(limit: -1)) }
            await #expect(throws: StoreError.noQuote(42)) { try await store.quotes(matching: QuoteFilter(afterID: 42)) }
        }
    }

    @Test("an import that fails midway leaves nothing, and the same document imports afterwards",
          arguments: Backend.available)
    func failedImportLeavesNothing(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = harness.store
            await #expect(throws: StoreError.invalidConfidence(1.5, quote: "Second")) {
                try await store.importSource(ConformanceData.source("a"), article: ConformanceData.article("a"), quotes: [
                    ConformanceData.quote("First", by: "Ana Lopez", aliases: ["Lopez"]),
                    ConformanceData.quote("Second", by: "Ben Okafor", confidence: 1.5),
                ])
            }
            #expect(try await store.quotes(matching: .all).isEmpty)
            #expect(try await store.speakers().isEmpty)
            #expect(try await harness.integer("SELECT COUNT(*) FROM source") == 0)
            #expect(try await harness.integer("SELECT COUNT(*) FROM appearance") == 0)
            #expect(try await harness.integer("SELECT COUNT(*) FROM speaker_alias") == 0)
            let outcome = try await store.importSource(ConformanceData.source("a"), article: ConformanceData.article("a"),
                                                       quotes: [ConformanceData.quote("First", by: "Ana Lopez")])
            guard case .imported(_, newQuotes: 1, quotes: 1) = outcome else {
                Issue.record("expected a fresh import, got \(outcome)")
                return
            }
        }
    }

    @Test("speakers are listed by name ignoring ASCII case, with aliases, roles and claim counts",
          arguments: Backend.available)
    func speakers(backend: Backend) async throws {
        try await withStore(backend) { harness in
            try await ConformanceData.importTwoArticles(into: harness.store)
            let speakers = try await harness.store.speakers()
            #expect(speakers.map(\.name) == ["Bob Jones", "Jane Smith", "jane smith", "Émile Zola"])
            #expect(speakers.map(\.quoteCount) == [1, 2, 1, 1])
            #expect(speakers.map(\.aliases) == [[], ["Smith"], [], ["zola"]])
            #expect(speakers.allSatisfy { $0.type == "person" && $0.role == nil })
        }
    }

    @Test("the same imports and verdicts give the same records, trails and speakers on every backend")
    func sameRecordsOnEveryBackend() async throws {
        var results: [(Backend, [QuoteRecord], [AuditEntry], [SpeakerRecord])] = []
        for backend in Backend.available {
            try await withStore(backend) { harness in
                let store = harness.store
                try await ConformanceData.importTwoArticles(into: store)
                try await store.recordVerdict(quoteID: 1, change: VerdictChange(status: .verified, rating: .true,
                                              note: "checked", evidence: "https://record.example/1"),
                                              reviewer: "ana", at: ConformanceData.later(1), expecting: nil)
                try await store.recordVerdict(quoteID: 3, change: VerdictChange(status: .misquoted, saidOn: "2024-02-28"),
                                              reviewer: "bob", at: ConformanceData.later(2), expecting: 0)
                try await store.undoLastChange(by: "ana", at: ConformanceData.later(3))
                try await store.recordVerdict(quoteID: 6, change: VerdictChange(note: "whose?", speaker: "smith"),
                                              reviewer: "cy", at: ConformanceData.later(4), expecting: nil)
                try await store.recordVerdict(quoteID: 5, change: VerdictChange(speaker: "Nadia Haddad"),
                                              reviewer: "cy", at: ConformanceData.later(5), expecting: nil)
                try await store.undoLastChange(by: "cy", at: ConformanceData.later(6))
                var trails: [AuditEntry] = []
                for id in Int64(1) ... 6 { trails += try await store.history(quoteID: id) }
                results.append((backend, try await store.quotes(matching: QuoteFilter(status: "all")), trails,
                                try await store.speakers()))
            }
        }
        guard let reference = results.first else { return }
        for other in results.dropFirst() {
            #expect(other.1 == reference.1, "quote records of \(other.0) differ from \(reference.0)'s")
            #expect(other.2 == reference.2, "audit trails of \(other.0) differ from \(reference.0)'s")
            #expect(other.3 == reference.3, "speakers of \(other.0) differ from \(reference.0)'s")
        }
        #expect(reference.1.count == 6)
        #expect(reference.2.count == 15)
    }
}

/// Says, in the test run's output, whether the PostgreSQL backend is in the run.
@Suite("Store conformance: backends")
struct BackendAvailabilityTests {
    @Test("the PostgreSQL backend runs", .enabled(if: PostgresTestServer.url != nil, PostgresTestServer.skipped))
    func postgresRuns() async throws {
        #expect(Backend.available.contains(.postgres))
    }
}
