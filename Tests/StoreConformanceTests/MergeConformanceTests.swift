import Foundation
import Store
import Testing

/// An exported file merged into a store gives the same store on every backend:
/// the same report, records, ids, trails and undo.
@Suite("Store conformance: merging an exported file")
struct MergeConformanceTests {
    /// The moment of the merges.
    static let mergedAt = ConformanceData.later(60)

    /// The export records of the history of ``ExportConformanceTests/prepare(_:)``, read from a SQLite store.
    static func exported() async throws -> [ExportRecord] {
        var records: [ExportRecord] = []
        try await withStore(.sqlite) { harness in
            try await ExportConformanceTests.prepare(harness.store)
            records = try await ExportConformanceTests.records(of: harness.store)
        }
        return records
    }

    /// Merges `records` into `store` as "merger", read through the protocol's reader, each record once a pass.
    static func merge(_ records: [ExportRecord], into store: any ClaimStore) async throws -> MergeReport {
        var passes = 0
        let report = try await store.mergeExport(mergedBy: "merger", at: mergedAt) {
            passes += 1
            return ExportRecordList(records)
        }
        #expect(passes == 2)
        return report
    }

    @Test("into an empty store everything comes back as it was, ids kept, and the numbering goes on after them",
          arguments: Backend.available)
    func intoEmpty(backend: Backend) async throws {
        let records = try await Self.exported()
        try await ExportConformanceTests.withReference(backend, prepare: { _ in }) { store, reference in
            let report = try await Self.merge(records, into: store)
            #expect(report == (try await Self.merge(records, into: reference)))
            #expect(report.records == 6 && report.sourcesAdded == 3 && report.quotesAdded == 6)
            #expect(report.quotesMerged == 0 && report.appearancesAdded == 8 && report.verdicts == 3)
            #expect(report.auditEntries == records.flatMap(\.history).count)
            let merged = try await ExportConformanceTests.records(of: store)
            #expect(merged == (try await ExportConformanceTests.records(of: reference)))
            // Ids kept: sources, speakers, claims, trail entries and changes.
            #expect(merged.map(\.quote.id) == records.map(\.quote.id))
            #expect(merged.map(\.quote.speakerID) == records.map(\.quote.speakerID))
            #expect(merged.flatMap(\.appearances).map(\.source.id) == records.flatMap(\.appearances).map(\.source.id))
            #expect(merged.flatMap(\.history).map(\.id) == records.flatMap(\.history).map(\.id))
            #expect(merged.flatMap(\.history).map(\.changeID) == records.flatMap(\.history).map(\.changeID))
            // The numbering goes on after the kept ids: a new verdict's entry and change follow the largest.
            let lastEntry = try #require(records.flatMap(\.history).map(\.id).max())
            let lastChange = try #require(records.flatMap(\.history).map(\.changeID).max())
            let after = try await store.recordVerdict(quoteID: 5, change: VerdictChange(note: "later"),
                                                      reviewer: "ana", at: ConformanceData.later(90), expecting: nil)
            let entry = try #require(try await store.history(quoteID: 5).last)
            #expect(after.version == lastEntry + 1 && entry.changeID == lastChange + 1)
            #expect(try await store.undoLastChange(by: "bob", at: ConformanceData.later(91)) == 3)
            _ = try await store.importSource(ConformanceData.source("d"), article: ConformanceData.article("d"),
                                             quotes: [ConformanceData.quote("Fresh words", by: "Nadia Haddad")])
            #expect(try await store.quotes(matching: QuoteFilter(sourceID: 4)).map(\.id) == [7])
        }
    }

    @Test("into a store that holds some of it: the same report and the same records as the SQLite store's",
          arguments: Backend.available)
    func intoKnown(backend: Backend) async throws {
        let records = try await Self.exported()
        // Here: the first article only, where quote 2 was reviewed later, and 3 earlier, with a trail.
        let prepare: (any ClaimStore) async throws -> Void = { store in
            _ = try await store.importSource(ConformanceData.source("z"), article: ConformanceData.article("z"),
                                             quotes: [ConformanceData.quote("Elsewhere", by: "Zed Zee")])
            _ = try await store.importSource(ConformanceData.source("a"), article: ConformanceData.article("a"),
                                             quotes: [
                                                 ConformanceData.quote("We will win.", by: "Jane Smith"),
                                                 ConformanceData.quote("Taxes go down", by: "Jane Smith"),
                                                 ConformanceData.quote("Not today", by: "Bob Jones"),
                                             ])
            try await store.recordVerdict(quoteID: 3, change: VerdictChange(status: .unverifiable, note: "mine",
                                                                            evidence: "https://mine.example/"),
                                          reviewer: "cy", at: ConformanceData.later(30), expecting: nil)
            try await store.recordVerdict(quoteID: 4, change: VerdictChange(status: .verified),
                                          reviewer: "cy", at: ConformanceData.later(0.5), expecting: nil)
        }
        try await ExportConformanceTests.withReference(backend, prepare: prepare) { store, reference in
            let report = try await Self.merge(records, into: store)
            #expect(report == (try await Self.merge(records, into: reference)))
            #expect(report.sourcesKnown == 1 && report.sourcesAdded == 2 && report.quotesMerged == 3)
            let merged = try await ExportConformanceTests.records(of: store)
            #expect(merged == (try await ExportConformanceTests.records(of: reference)))
            let taxes = try #require(merged.first { $0.quote.text == "Taxes go down" })
            #expect(taxes.quote.status == .unverifiable && taxes.quote.evidence == ["https://mine.example/"])
            let notToday = try #require(merged.first { $0.quote.text == "Not today" })
            #expect(notToday.quote.status == .misquoted && notToday.history.last?.note == "merge")
            // Merging it again adds nothing.
            let again = try await Self.merge(records, into: store)
            #expect(again.sourcesAdded == 0 && again.quotesAdded == 0 && again.auditEntries == 0)
            #expect(try await ExportConformanceTests.records(of: store) == merged)
        }
    }

    @Test("a record whose source is not among its appearances is refused and nothing is merged",
          arguments: Backend.available)
    func malformed(backend: Backend) async throws {
        var broken = try await Self.exported()
        broken[2].sourceSHA256 = "sha-nowhere"
        let records = broken
        try await withStore(backend) { harness in
            await #expect(throws: ExportRecordError.malformed("quote 3: source_sha256 is not among appearances_detail")) {
                try await Self.merge(records, into: harness.store)
            }
            let left = try await harness.store.quotes(matching: .all)
            #expect(left.isEmpty)
        }
    }
}
