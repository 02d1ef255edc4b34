import Extract
import Foundation
import Store
import Testing
@testable import Export

/// Export → merge into an empty workbench → export gives the same bytes, in every format.
@Suite struct RoundTripTests {
    static func merge(_ jsonLines: String, into store: ClaimsStore) throws -> MergeReport {
        try store.mergeExport(mergedBy: "restore") { body in
            for line in jsonLines.split(separator: "\n") { try body(try ExportRecord(jsonLine: Array(line.utf8))) }
        }
    }

    static func allFormats(_ store: ClaimsStore) throws -> [String] {
        let exporter = QuoteExporter()
        let writer = ClaimReviewWriter(organizationName: "Check Desk", reviewURL: "https://check.example/q/{id}",
                                       baseDirectory: "/wb")
        var csv = "", plain = "", records = "", reviews = ""
        try exporter.exportCSV(store: store, filter: .all, to: &csv)
        try exporter.exportJSONLines(store: store, filter: .all, to: &plain)
        try exporter.exportRecords(store: store, filter: .all, to: &records)
        try exporter.exportClaimReviews(store: store, filter: .all, writer: writer, asArray: true, to: &reviews)
        return [csv, plain, records, reviews]
    }

    @Test func exportImportExportIsLossless() throws {
        let original = try ExportFixture.store()
        let before = try Self.allFormats(original)
        let restored = try ClaimsStore.inMemory()
        let report = try Self.merge(before[2], into: restored)
        #expect(report.records == 4)
        #expect(report.sourcesAdded == 2)
        #expect(report.quotesAdded == 4)
        #expect(report.auditEntries == 12)
        #expect(try Self.allFormats(restored) == before)
        #expect(try restored.sources() == original.sources())
        // A second merge of the same file changes nothing.
        let again = try Self.merge(before[2], into: restored)
        #expect(again.auditEntries == 0 && again.quotesAdded == 0 && again.sourcesAdded == 0)
        #expect(try Self.allFormats(restored) == before)
    }

    @Test func aFilteredBackupKeepsItsIDs() throws {
        let original = try ExportFixture.store()
        var verified = ""
        try QuoteExporter().exportRecords(store: original, filter: QuoteFilter(status: "unverifiable"), to: &verified)
        let restored = try ClaimsStore.inMemory()
        _ = try Self.merge(verified, into: restored)
        var again = ""
        try QuoteExporter().exportRecords(store: restored, filter: .all, to: &again)
        #expect(again == verified)
    }

    @Test("rule and confidence survive export → merge: the rule as it was, the confidence as written (two decimals)")
    func rulesAndConfidencesSurvive() throws {
        let original = try ExportFixture.store()
        var records = ""
        try QuoteExporter().exportRecords(store: original, filter: .all, to: &records)
        let restored = try ClaimsStore.inMemory()
        _ = try Self.merge(records, into: restored)
        let before = try original.quotes(matching: .all), after = try restored.quotes(matching: .all)
        #expect(after.map(\.rule) == ["after-cue", "colon-lead", "colon-lead", nil])
        #expect(after.map(\.rule) == before.map(\.rule))
        #expect(before.map(\.confidence) == [0.95, 0.6, 0.854, nil])
        #expect(after.map(\.confidence) == [0.95, 0.6, 0.85, nil])
        #expect(try restored.quotes(matching: QuoteFilter(order: .confidence)).map(\.id)
            == original.quotes(matching: QuoteFilter(order: .confidence)).map(\.id))
    }

    @Test("a claim the workbench already holds keeps its own rule and confidence when an export is merged")
    func knownClaimKeepsItsRule() throws {
        let local = try ClaimsStore.inMemory()
        _ = try local.importSource(
            NewSource(sha256: String(repeating: "d", count: 64), byteCount: 1, importedAt: ExportFixture.moment()),
            article: Article(title: "Local", paragraphs: [ExportFixture.paragraphA]),
            quotes: [ExportFixture.quote("We will win, again.", by: "Jane Smith", rule: "pronoun", confidence: 0.25,
                                         in: ExportFixture.paragraphA)])
        var records = ""
        try QuoteExporter().exportRecords(store: try ExportFixture.store(), filter: .all, to: &records)
        let report = try Self.merge(records, into: local)
        #expect(report.quotesMerged == 1)
        let claim = try #require(try local.quotes(matching: QuoteFilter(speaker: "Jane Smith")).first)
        #expect(claim.rule == "pronoun" && claim.confidence == 0.25)
        #expect(claim.appearances == 3)
    }
}
