import Extract
import Foundation
import Store
import Testing
@testable import Export

@Suite struct QuoteExporterTests {
    static let moment = Date(timeIntervalSince1970: 1_714_564_800)  // 2024-05-01T12:00:00Z

    /// A store with three quotes of one article; the first is verified with evidence.
    static func store() throws -> (ClaimsStore, [QuoteRecord]) {
        let store = try ClaimsStore.inMemory()
        let context = "\u{201C}We will win, again.\u{201D} Smith said. Jones: \u{201C}=2+2\u{201D}. \u{201C}Maybe\u{201D}"
        func quote(_ text: String, _ speaker: String?, _ start: Int) -> Quote {
            Quote(text: text, kind: .direct, speaker: speaker, speakerRole: speaker == "Jane Smith" ? "Mayor" : nil,
                  cue: "said", saidOn: "2024-04-30", saidOnBasis: .explicit,
                  paragraph: 0, start: start, end: start + text.unicodeScalars.count, context: context)
        }
        _ = try store.importSource(
            NewSource(sha256: "abc", url: "https://news.example/a", byteCount: 10, importedAt: moment),
            article: Article(title: "Vote \"day\"", site: "News", publishedAt: "2024-05-01"),
            quotes: [quote("We will win, again.", "Jane Smith", 1), quote("=2+2", "Bob Jones", 40),
                     quote("Maybe", nil, 50)])
        let quotes = try store.quotes(matching: .all)
        try store.recordVerdict(
            quoteID: quotes[0].id,
            change: VerdictChange(status: .verified, rating: .mostlyTrue, note: "on tape",
                                  evidence: "https://a.example/1"),
            reviewer: "ann", at: moment)
        try store.recordVerdict(quoteID: quotes[0].id, change: VerdictChange(evidence: "https://a.example/2"),
                                reviewer: "ann", at: moment)
        try store.recordVerdict(quoteID: quotes[1].id, change: VerdictChange(status: .misquoted),
                                reviewer: "bob", at: moment)
        return (store, try store.quotes(matching: .all))
    }

    @Test func headerIsExact() throws {
        let store = try ClaimsStore.inMemory()
        var output = ""
        let count = try QuoteExporter().exportCSV(store: store, filter: QuoteFilter(status: "verified"), to: &output)
        #expect(count == 0)
        #expect(output == """
            id,quote,speaker,speaker_role,said_on,said_on_basis,status,rating,note,evidence,reviewed_by,reviewed_at,\
            source_title,source_site,source_url,published_at,context\r\n
            """)
    }

    @Test func verifiedCSVIsExact() throws {
        let (store, quotes) = try Self.store()
        var output = ""
        let count = try QuoteExporter().exportCSV(store: store, filter: QuoteFilter(status: "verified"), to: &output)
        #expect(count == 1)
        let lines = output.components(separatedBy: "\r\n")
        #expect(lines.count == 3)  // header, one row, nothing after the last CRLF
        let context = "\u{201C}We will win, again.\u{201D} Smith said. Jones: \u{201C}=2+2\u{201D}. \u{201C}Maybe\u{201D}"
        #expect(lines[1] == "\(quotes[0].id),\"We will win, again.\",Jane Smith,Mayor,2024-04-30,explicit,verified,"
            + "mostly-true,on tape,https://a.example/1 https://a.example/2,ann,2024-05-01T12:00:00.000Z,"
            + "\"Vote \"\"day\"\"\",News,https://news.example/a,2024-05-01,\"\(context)\"")
        #expect(!output.contains("Maybe,"))  // the unreviewed quote is not exported
    }

    @Test func allStatusesWithAndWithoutFormulaGuard() throws {
        let (store, quotes) = try Self.store()
        var guarded = ""
        try QuoteExporter().exportCSV(store: store, filter: QuoteFilter(status: "all"), to: &guarded)
        let rows = guarded.components(separatedBy: "\r\n").dropFirst()
        #expect(rows.first { $0.hasPrefix("\(quotes[1].id),") }?.hasPrefix("\(quotes[1].id),'=2+2,Bob Jones,") == true)
        #expect(rows.first { $0.hasPrefix("\(quotes[2].id),") }?.hasPrefix("\(quotes[2].id),Maybe,,,2024-04-30,explicit,unreviewed,,,,,,") == true)
        var raw = ""
        try QuoteExporter().exportCSV(store: store, filter: .all, to: &raw, formulaGuard: false)
        #expect(raw.contains("\(quotes[1].id),=2+2,Bob Jones,"))
    }

    @Test func jsonLinesAreTheRecordsOnePerLine() throws {
        let (store, quotes) = try Self.store()
        var output = ""
        let count = try QuoteExporter().exportJSONLines(store: store, filter: .all, to: &output)
        #expect(count == 3)
        #expect(output == quotes.map { $0.jsonLine() + "\n" }.joined())
        var verified = ""
        try QuoteExporter().exportJSONLines(store: store, filter: QuoteFilter(status: "verified"), to: &verified)
        #expect(verified == quotes[0].jsonLine() + "\n")
    }

    @Test func unknownStatusFails() throws {
        let (store, _) = try Self.store()
        var output = ""
        #expect(throws: StoreError.unknownStatus("done")) {
            try QuoteExporter().exportCSV(store: store, filter: QuoteFilter(status: "done"), to: &output)
        }
    }
}
