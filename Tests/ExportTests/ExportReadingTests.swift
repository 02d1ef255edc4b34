import Extract
import Foundation
import GRDB
import Synchronization
import Testing
@testable import Export
@testable import Store

/// What each export reads from the store: only what its format prints, in a
/// number of statements that does not grow with the quotes (or, for the
/// full records, one statement per quote for its appearances and one per
/// quote with a trail), seen through SQLite's statement trace.
@Suite struct ExportReadingTests {
    /// A store of `sources` articles of `perSource` quotes each; every third quote has a verdict.
    static func store(sources: Int, perSource: Int) throws -> ClaimsStore {
        let store = try ClaimsStore.inMemory()
        for sourceIndex in 0..<sources {
            var quotes: [Quote] = []
            var paragraphs: [String] = []
            for i in 0..<perSource {
                let text = "Statement \(sourceIndex)-\(i), \"quoted\"."
                let context = "Minister \(i % 5) said \u{201C}\(text)\u{201D}"
                paragraphs.append(context)
                quotes.append(Quote(text: text, kind: .direct, speaker: "Speaker \(i % 5)", speakerAliases: ["S\(i % 5)"],
                                    cue: "said", saidOn: "2025-11-25", saidOnBasis: .explicit, paragraph: i,
                                    start: 23, end: 23 + text.unicodeScalars.count, context: context))
            }
            _ = try store.importSource(
                NewSource(sha256: String(format: "%064x", sourceIndex), url: "https://n.example/\(sourceIndex)",
                          byteCount: 100, importedAt: Date(timeIntervalSince1970: 1_764_576_000)),
                article: Article(title: "Article \(sourceIndex)", site: "News", paragraphs: paragraphs), quotes: quotes)
        }
        for id in stride(from: Int64(1), through: Int64(sources * perSource), by: 3) {
            try store.recordVerdict(quoteID: id, change: VerdictChange(status: .verified, evidence: "https://e.example/\(id)"),
                                    reviewer: "ann", at: Date(timeIntervalSince1970: 1_764_576_600))
        }
        return store
    }

    /// The SQL of every statement `body` runs on `store`'s connection.
    static func statements(of store: ClaimsStore, _ body: () throws -> Void) throws -> [String] {
        let seen = Mutex<[String]>([])
        try store.writer.writeWithoutTransaction { db in
            db.trace { event in
                if case .statement(let statement) = event { seen.withLock { $0.append(statement.sql) } }
            }
        }
        defer { try? store.writer.writeWithoutTransaction { db in db.trace(nil) } }
        try body()
        return seen.withLock { $0 }.filter { statement in
            !["BEGIN", "COMMIT", "PRAGMA", "--"].contains { statement.hasPrefix($0) }
        }
    }

    @Test("the CSV runs one statement, which reads no trail, no appearance count and no paragraphs")
    func csvReadsOnlyItsColumns() throws {
        let store = try Self.store(sources: 3, perSource: 20)
        var output = ""
        let sql = try Self.statements(of: store) {
            try QuoteExporter().exportCSV(store: store, filter: .all, to: &output)
        }
        #expect(output.components(separatedBy: "\r\n").count == 62)
        #expect(sql.count == 1, "\(sql)")
        for statement in sql {
            #expect(!statement.contains("audit"), "\(statement)")
            #expect(!statement.contains("COUNT("), "\(statement)")
            #expect(!statement.contains("paragraphs"), "\(statement)")
        }
    }

    @Test("the full records take one statement per quote for its appearances, one per quote with a trail, and a few more")
    func jsonLinesReadNoStatementPerField() throws {
        let (sources, perSource) = (3, 20)
        let store = try Self.store(sources: sources, perSource: perSource)
        let quotes = sources * perSource, reviewed = (quotes + 2) / 3
        var output = ""
        let sql = try Self.statements(of: store) {
            try QuoteExporter().exportRecords(store: store, filter: .all, to: &output)
        }
        #expect(output.split(separator: "\n").count == quotes)
        // The quotes, the aliases, each source once and its paragraphs once, then per quote.
        #expect(sql.count <= 2 + 2 * sources + quotes + reviewed, "\(sql.count) statements")
        #expect(sql.filter { $0.contains("speaker_alias") }.count == 1)
    }

    @Test("ClaimReview reads no trail, no paragraphs and no aliases")
    func claimReviewReadsWhatItPrints() throws {
        let store = try Self.store(sources: 2, perSource: 10)
        var output = ""
        let sql = try Self.statements(of: store) {
            try QuoteExporter().exportClaimReviews(
                store: store, filter: .all,
                writer: ClaimReviewWriter(organizationName: "Desk", reviewURL: "https://d.example/{id}"),
                asArray: true, to: &output)
        }
        #expect(output.contains("ClaimReview"))
        for statement in sql {
            #expect(!statement.contains("FROM audit WHERE"), "\(statement)")
            #expect(!statement.contains("paragraphs FROM"), "\(statement)")
            #expect(!statement.contains("speaker_alias"), "\(statement)")
        }
    }
}
