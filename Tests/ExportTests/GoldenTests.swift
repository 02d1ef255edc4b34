import Foundation
import Store
import Testing
@testable import Export

/// Each format, written from ``ExportFixture``, compared with ``Golden`` in full.
@Suite struct GoldenTests {
    static let writer = ClaimReviewWriter(organizationName: "Check Desk", organizationURL: "https://check.example",
                                          reviewURL: "https://check.example/quotes/{id}", baseDirectory: "/wb")

    @Test func csvWithByteOrderMark() throws {
        var output = ""
        let count = try QuoteExporter().exportCSV(store: ExportFixture.store(), filter: .all, to: &output,
                                                  byteOrderMark: true)
        #expect(count == 4)
        #expect(output == "\u{FEFF}" + Golden.csvRecords.map { $0 + "\r\n" }.joined())
        #expect(Array(output.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
    }

    @Test func csvOfTheVerifiedQuotesHasNoByteOrderMarkByDefault() throws {
        var output = ""
        try QuoteExporter().exportCSV(store: ExportFixture.store(), filter: QuoteFilter(status: "verified"), to: &output)
        #expect(output == Golden.csvRecords[0] + "\r\n" + Golden.csvRecords[1] + "\r\n")
    }

    @Test func jsonLines() throws {
        var output = ""
        let count = try QuoteExporter().exportRecords(store: ExportFixture.store(), filter: .all, to: &output)
        #expect(count == 4)
        #expect(output == Golden.jsonLines.map { $0 + "\n" }.joined())
    }

    @Test func jsonLinesStartWithTheDesignRecordUnchanged() throws {
        let store = try ExportFixture.store()
        var output = ""
        try QuoteExporter().exportRecords(store: store, filter: .all, to: &output)
        let quotes = try store.quotes(matching: .all)
        for (line, quote) in zip(output.split(separator: "\n"), quotes) {
            var prefix = quote.jsonLine()
            prefix.removeLast()
            #expect(line.hasPrefix(prefix + ","))
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            for key in ["claim_key", "speaker_type", "speaker_aliases", "source_sha256", "appearances_detail", "history"] {
                #expect(object[key] != nil, "missing \(key)")
            }
        }
    }

    @Test func claimReviewArray() throws {
        var output = ""
        let count = try QuoteExporter().exportClaimReviews(store: ExportFixture.store(), filter: .all,
                                                           writer: Self.writer, asArray: true, to: &output)
        #expect(count.written == 3)
        #expect(count.unreviewed == 1)
        #expect(output == "[\n" + Golden.claimReviews.joined(separator: ",\n") + "\n]\n")
        let array = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
        #expect(array.count == 3)
    }

    @Test func claimReviewJSONLines() throws {
        var output = ""
        try QuoteExporter().exportClaimReviews(store: ExportFixture.store(), filter: .all, writer: Self.writer,
                                               asArray: false, to: &output)
        #expect(output == Golden.claimReviews.map { $0 + "\n" }.joined())
    }

    @Test func emptySelectionIsAnEmptyArray() throws {
        var array = "", lines = ""
        let filter = QuoteFilter(status: "out-of-context")
        try QuoteExporter().exportClaimReviews(store: ExportFixture.store(), filter: filter, writer: Self.writer,
                                               asArray: true, to: &array)
        try QuoteExporter().exportClaimReviews(store: ExportFixture.store(), filter: filter, writer: Self.writer,
                                               asArray: false, to: &lines)
        #expect(array == "[]\n")
        #expect(lines == "")
    }
}
