import GRDB
import Testing
@testable import Store

/// Quote records are read by column position: the positions must be the
/// selection's own columns, and every field must land where it belongs.
@Suite("Quote records read by column position")
struct QuoteRecordColumnTests {
    @Test("the column list is the selection's columns, name for name, in order")
    func columnsMatch() throws {
        let store = try ClaimsStore.inMemory()
        let names = try store.writer.read { db in
            try db.makeStatement(sql: QuoteRecord.selection).columnNames
        }
        #expect(names == QuoteRecord.Column.allCases.map(\.name))
    }

    @Test("a record read by position has every field of its quote")
    func fieldsLand() throws {
        let store = try TestData.twoArticles()
        let quote = try #require(try store.quotes(matching: .all).first { $0.text == "We will win." })
        #expect(quote.speaker == "Jane Smith")
        #expect(quote.speakerRole == "Mayor")
        #expect(quote.cue == "said")
        #expect(quote.saidOn == "2024-04-30")
        #expect(quote.saidOnBasis == .explicit)
        #expect(quote.kind == .direct)
        #expect(quote.sourceTitle == "a")
        #expect(quote.sourceSite == "Example News")
        #expect(quote.sourceFile == "sources/a.html")
        #expect(quote.publishedAt == "2024-05-01T09:00:00+02:00")
        #expect(quote.paragraph == 0 && quote.start == 1 && quote.end == 13)
        #expect(quote.context == "\u{201C}We will win.\u{201D} Jane Smith said.")
        #expect(quote.status == .unreviewed && quote.rating == nil && quote.evidence.isEmpty)
        #expect(quote.appearances == 1)
    }
}
