import Foundation
import Store
import Testing

/// Export records and export rows come out alike from every backend: what
/// `export --format jsonl --status all` and the CSV print, read through the protocol.
@Suite("Store conformance: export records and rows")
struct ExportConformanceTests {
    /// Three articles (claim 7 is Jane Smith's first words said by Bob Jones),
    /// then verdicts: a rating and note, evidence, a join of claim 7 into claim 1, a note.
    static func prepare(_ store: any ClaimStore) async throws {
        try await SpeakerChangeConformanceTests.prepare(store)
        try await store.recordVerdict(quoteID: 2, change: VerdictChange(status: .verified, rating: .mostlyTrue,
                                                                        note: "on the record"),
                                      reviewer: "ana", at: ConformanceData.later(1), expecting: nil)
        try await store.recordVerdict(quoteID: 7, change: VerdictChange(evidence: "https://r.example/7"),
                                      reviewer: "bob", at: ConformanceData.later(2), expecting: nil)
        try await store.recordVerdict(quoteID: 7, change: VerdictChange(speaker: "Smith"), reviewer: "ana",
                                      at: ConformanceData.later(3), expecting: nil)
        try await store.recordVerdict(quoteID: 3, change: VerdictChange(status: .misquoted, note: "see tape"),
                                      reviewer: "bob", at: ConformanceData.later(4), expecting: nil)
    }

    /// Every export record of `store` matching `filter`, with `parts`, through the protocol.
    static func records(of store: any ClaimStore, matching filter: QuoteFilter = QuoteFilter(status: "all"),
                        including parts: ExportRecordParts = .all) async throws -> [ExportRecord] {
        var records: [ExportRecord] = []
        try await store.forEachExportRecord(matching: filter, including: parts) { records.append($0) }
        return records
    }

    /// Every column of every export row of `store` matching `filter`, as text.
    static func rows(of store: any ClaimStore, matching filter: QuoteFilter,
                     columns: [ExportColumn] = ExportColumn.allCases) async throws -> [[String?]] {
        var rows: [[String?]] = []
        try await store.exportRows(matching: filter, columns: columns) { row in
            rows.append(ExportColumn.allCases.map { column in
                column == .id ? row.integer(column).map(String.init) : row.string(column)
            })
        }
        return rows
    }

    /// Runs `body` with a store of `backend` and a SQLite store, both given the same history by `prepare`.
    static func withReference(_ backend: Backend, prepare: (any ClaimStore) async throws -> Void,
                              _ body: (_ store: any ClaimStore, _ reference: any ClaimStore) async throws -> Void)
        async throws {
        try await withStore(backend) { harness in
            try await withStore(.sqlite) { reference in
                try await prepare(harness.store)
                try await prepare(reference.store)
                try await body(harness.store, reference.store)
            }
        }
    }

    @Test("export --format jsonl --status all: the same records, field for field, as the SQLite store's",
          arguments: Backend.available)
    func recordsAlike(backend: Backend) async throws {
        try await Self.withReference(backend, prepare: Self.prepare) { store, reference in
            let records = try await Self.records(of: store)
            #expect(records == (try await Self.records(of: reference)))
            #expect(records.map { $0.jsonLine() } == (try await Self.records(of: reference)).map { $0.jsonLine() })
            #expect(records.map(\.quote.id) == [1, 2, 3, 4, 5, 6])
            // Claim 1 carries claim 7's appearance, trail and evidence.
            let first = try #require(records.first)
            #expect(first.quote.appearances == 2 && first.appearances.map(\.source.sha256) == ["sha-a", "sha-c"])
            #expect(first.history.contains { $0.quoteID == 7 && $0.field == "evidence" })
            #expect(first.history.contains { $0.note == "join #7" })
            #expect(first.speakerAliases == ["Smith"] && first.speakerType == "person")
            #expect(first.quote.version == first.history.last?.id)
            // Each source's paragraphs on its first record only.
            let given = records.flatMap(\.appearances).filter { $0.source.paragraphs != nil }.map(\.source.id)
            #expect(given == [1, 3, 2])
            #expect(records[1].quote.rating == .mostlyTrue && records[1].history.map(\.field) == ["status", "rating", "note"])
            #expect(records[3].quote.sourceID == 2 && records[3].history.isEmpty)
        }
    }

    @Test("a record without parts leaves out paragraphs, trail and aliases; filters and limits as the SQLite store",
          arguments: Backend.available)
    func partsAndFilters(backend: Backend) async throws {
        try await Self.withReference(backend, prepare: Self.prepare) { store, reference in
            let bare = try await Self.records(of: store, including: [])
            #expect(bare.allSatisfy { $0.history.isEmpty && $0.speakerAliases.isEmpty })
            #expect(bare.flatMap(\.appearances).allSatisfy { $0.source.paragraphs == nil })
            #expect(bare == (try await Self.records(of: reference, including: [])))
            for filter in [QuoteFilter(), QuoteFilter(status: "misquoted"), QuoteFilter(speaker: "smith"),
                           QuoteFilter(site: "süddeutsche zeitung"), QuoteFilter(order: .confidence),
                           QuoteFilter(status: "all", limit: 2), QuoteFilter(sourceID: 3)] {
                let records = try await Self.records(of: store, matching: filter)
                #expect(records == (try await Self.records(of: reference, matching: filter)), "\(filter)")
            }
        }
    }

    @Test("export rows: every column alike, for every filter, and only the columns asked for",
          arguments: Backend.available)
    func rowsAlike(backend: Backend) async throws {
        try await Self.withReference(backend, prepare: Self.prepare) { store, reference in
            let all = try await Self.rows(of: store, matching: QuoteFilter(status: "all"))
            #expect(all.count == 6)
            #expect(all[1][ExportColumn.rating.rawValue] == "mostly-true")
            #expect(all[0][ExportColumn.evidence.rawValue] == "[\"https://r.example/7\"]")
            #expect(all[3][ExportColumn.sourceURL.rawValue] == "https://b.example/story")
            for filter in [QuoteFilter(status: "all"), QuoteFilter(), QuoteFilter(speaker: "ZOLA"),
                           QuoteFilter(order: .confidence), QuoteFilter(since: "2024-03-01", until: "2024-04-30"),
                           QuoteFilter(undated: true), QuoteFilter(limit: 0)] {
                #expect(try await Self.rows(of: store, matching: filter)
                        == (try await Self.rows(of: reference, matching: filter)), "\(filter)")
            }
            let some = try await Self.rows(of: store, matching: .all, columns: [.text, .context])
            #expect(some.allSatisfy { row in
                row.enumerated().allSatisfy { ($0.offset == ExportColumn.text.rawValue
                    || $0.offset == ExportColumn.context.rawValue) == ($0.element != nil) }
            })
            #expect(try await Self.rows(of: store, matching: .all, columns: []).count == 6)
        }
    }

    @Test("an export longer than a batch streams whole and in order, each source's paragraphs once",
          arguments: Backend.available)
    func manyQuotes(backend: Backend) async throws {
        let prepare: (any ClaimStore) async throws -> Void = { store in
            for source in 0..<3 {
                let quotes = (0..<420).map { index in
                    ConformanceData.quote("Claim \(source)-\(index) holds.", by: "Speaker \(index % 7)",
                                          paragraph: index % 2)
                }
                _ = try await store.importSource(ConformanceData.source("big-\(source)"),
                                                 article: ConformanceData.article("big-\(source)"), quotes: quotes)
            }
            try await store.recordVerdict(quoteID: 777, change: VerdictChange(status: .verified), reviewer: "ana",
                                          at: ConformanceData.later(1), expecting: nil)
        }
        try await Self.withReference(backend, prepare: prepare) { store, reference in
            let records = try await Self.records(of: store)
            #expect(records.count == 1260)
            #expect(records.map(\.quote.id) == Array(1...1260))
            #expect(records.filter { $0.appearances.first?.source.paragraphs != nil }.map(\.quote.id) == [1, 421, 841])
            #expect(records[776].history.map(\.newValue) == ["verified"])
            #expect(records == (try await Self.records(of: reference)))
        }
    }
}
