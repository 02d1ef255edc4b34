import Extract
import Foundation
import GRDB
import Testing
@testable import Store

/// Each claim keeps the rule and confidence that attributed its first
/// appearance: stored, read back, written in records, and ordering the review.
@Suite struct AttributionTests {
    /// A quote by `speaker` found by `rule` with `confidence`.
    static func quote(_ text: String, by speaker: String?, rule: String?, confidence: Double?) -> Quote {
        var quote = TestData.quote(text, by: speaker)
        quote.rule = rule
        quote.confidence = confidence
        return quote
    }

    /// A store of five claims in default order A…E, with confidences
    /// 0.9, 0.35, none, 0.35 and 0.05 (two tied, one missing).
    static func queue() throws -> (ClaimsStore, [Int64]) {
        let store = try ClaimsStore.inMemory()
        _ = try store.importSource(TestData.source("a"), article: TestData.article("a"), quotes: [
            quote("Alpha words", by: "Jane Smith", rule: "after-cue", confidence: 0.9),
            quote("Bravo words", by: "Jane Smith", rule: "pronoun", confidence: 0.35),
            quote("Charlie words", by: "Bob Jones", rule: nil, confidence: nil),
        ])
        _ = try store.importSource(TestData.source("b"), article: TestData.article("b"), quotes: [
            quote("Delta words", by: "Bob Jones", rule: "paragraph-subject", confidence: 0.35),
            quote("Echo words", by: nil, rule: "colon-lead", confidence: 0.05),
        ])
        return (store, try store.quotes(matching: .all).map(\.id))
    }

    @Test("rule and confidence are stored and read back with the claim")
    func roundTrip() throws {
        let store = try ClaimsStore.inMemory()
        _ = try store.importSource(TestData.source("a"), article: TestData.article("a"), quotes: [
            Self.quote("We will win.", by: "Jane Smith", rule: "inverted-after", confidence: 0.875),
            Self.quote("Not today", by: "Bob Jones", rule: nil, confidence: nil),
        ])
        let quotes = try store.quotes(matching: .all)
        #expect(quotes.map(\.rule) == ["inverted-after", nil])
        #expect(quotes.map(\.confidence) == [0.875, nil])
        let first = try #require(quotes.first)
        #expect(try store.quote(id: first.id)?.rule == "inverted-after")
        #expect(try store.quote(id: first.id)?.confidence == 0.875)
    }

    @Test("a later appearance leaves the claim's rule and confidence as its first appearance gave them")
    func firstAppearanceKeepsItsRule() throws {
        let store = try ClaimsStore.inMemory()
        _ = try store.importSource(TestData.source("a"), article: TestData.article("a"), quotes: [
            Self.quote("We will win.", by: "Jane Smith", rule: "after-cue", confidence: 0.95),
        ])
        _ = try store.importSource(TestData.source("b"), article: TestData.article("b"), quotes: [
            Self.quote("We will win!", by: "Jane Smith", rule: "pronoun", confidence: 0.4),
        ])
        let claim = try #require(try store.quotes(matching: .all).first)
        #expect(claim.appearances == 2)
        #expect(claim.rule == "after-cue" && claim.confidence == 0.95)
    }

    @Test("a confidence outside 0…1 is refused and the document is not stored", arguments: [1.2, -0.1, .infinity])
    func outOfRangeIsRefused(confidence: Double) throws {
        let store = try ClaimsStore.inMemory()
        #expect(throws: StoreError.invalidConfidence(confidence, quote: "We will win.")) {
            try store.importSource(TestData.source("a"), article: TestData.article("a"), quotes: [
                Self.quote("We will win.", by: "Jane Smith", rule: "after-cue", confidence: confidence),
            ])
        }
        #expect(try store.sources().isEmpty)
    }

    @Test("the record's JSON line carries rule and confidence after cue, null when absent")
    func jsonLine() throws {
        let (store, _) = try Self.queue()
        let lines = try store.quotes(matching: .all).map { $0.jsonLine() }
        #expect(lines[0].contains(#""cue":"said","rule":"after-cue","confidence":0.90,"said_on":"#))
        #expect(lines[2].contains(#""cue":"said","rule":null,"confidence":null,"said_on":"#))
        #expect(lines[4].contains(#""rule":"colon-lead","confidence":0.05,"#))
        for line in lines {
            let decoded = try JSONDecoder().decode(QuoteRecord.self, from: Data(line.utf8))
            #expect(decoded.jsonLine() == line)
        }
    }

    @Test("an export line written before rule and confidence were kept reads with neither")
    func olderExportLine() throws {
        let (store, _) = try Self.queue()
        var line = ""
        try store.forEachExportRecord(matching: QuoteFilter(limit: 1)) { line = $0.jsonLine() }
        let older = line.replacingOccurrences(of: #""rule":"after-cue","confidence":0.90,"#, with: "")
        #expect(older != line)
        let record = try ExportRecord(jsonLine: Array(older.utf8))
        #expect(record.quote.rule == nil && record.quote.confidence == nil)
        #expect(try ExportRecord(jsonLine: Array(line.utf8)).quote.confidence == 0.9)
    }

    @Test("confidence is written with two decimals", arguments: [
        (0.0, "0.00"), (1.0, "1.00"), (0.95, "0.95"), (0.05, "0.05"), (0.5, "0.50"),
        (0.875, "0.88"), (0.994, "0.99"), (0.996, "1.00"), (0.1 + 0.2, "0.30"),
    ])
    func twoDecimals(value: Double, text: String) {
        #expect(ConfidenceText.string(value) == text)
    }

    @Test("a value outside 0…1 has no confidence text", arguments: [-0.01, 1.01, .nan])
    func noTextOutsideTheRange(value: Double) {
        #expect(ConfidenceText.string(value) == nil)
    }

    @Test("a store made before the migration gains the columns, NULL for every claim it held")
    func migrationFromAnOlderStore() throws {
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue, upTo: "v5-findings")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO source (id, sha256, imported_at) VALUES (1, 'sha-old', '2024-05-01T12:00:00.000Z');
                INSERT INTO quote (id, claim_key, text, kind, cue, first_source_id, first_position, created_at)
                    VALUES (1, 'old words', 'Old words', 'direct', 'said', 1, 0, '2024-05-01T12:00:00.000Z');
                INSERT INTO appearance (quote_id, source_id, position, paragraph, start, "end", context)
                    VALUES (1, 1, 0, 0, 1, 10, '“Old words” she said.');
                """)
        }
        let store = try ClaimsStore(writer: queue)
        let old = try #require(try store.quote(id: 1))
        #expect(old.text == "Old words" && old.cue == "said")
        #expect(old.rule == nil && old.confidence == nil)
        #expect(old.jsonLine().contains(#""rule":null,"confidence":null"#))
        // The old claim joins the confidence queue at its end.
        _ = try store.importSource(TestData.source("new"), article: TestData.article("new"), quotes: [
            Self.quote("New words", by: "Jane Smith", rule: "after-cue", confidence: 0.6),
        ])
        #expect(try store.quotes(matching: QuoteFilter(order: .confidence)).map(\.text) == ["New words", "Old words"])
    }

    @Test("the confidence order: least certain first, ties in the default order, none last")
    func confidenceOrder() throws {
        let (store, ids) = try Self.queue()
        #expect(try store.quotes(matching: .all).map(\.id) == ids)  // the default order is unchanged
        let ordered = try store.quotes(matching: QuoteFilter(order: .confidence))
        #expect(ordered.map(\.id) == [ids[4], ids[1], ids[3], ids[0], ids[2]])
        #expect(ordered.map(\.confidence) == [0.05, 0.35, 0.35, 0.9, nil])
    }

    @Test("paging after a quote follows the confidence order, through ties and past the quotes without one")
    func pagingInConfidenceOrder() throws {
        let (store, ids) = try Self.queue()
        var walked: [Int64] = []
        var anchor: Int64?
        while let next = try store.nextQuote(matching: QuoteFilter(order: .confidence), after: anchor) {
            walked.append(next.id)
            anchor = next.id
        }
        #expect(walked == [ids[4], ids[1], ids[3], ids[0], ids[2]])
        let page = try store.quotes(matching: QuoteFilter(limit: 2, afterID: ids[1], order: .confidence))
        #expect(page.map(\.id) == [ids[3], ids[0]])
    }

    @Test("the unreviewed queue in confidence order skips the reviewed quotes")
    func unreviewedQueue() throws {
        let (store, ids) = try Self.queue()
        try store.recordVerdict(quoteID: ids[4], change: VerdictChange(status: .verified), reviewer: "ann")
        try store.recordVerdict(quoteID: ids[3], change: VerdictChange(status: .misquoted), reviewer: "ann")
        let filter = QuoteFilter(order: .confidence)
        #expect(try store.nextUnreviewed(matching: filter, after: nil)?.id == ids[1])
        #expect(try store.nextUnreviewed(matching: filter, after: ids[1])?.id == ids[0])
        #expect(try store.nextUnreviewed(matching: filter, after: ids[0])?.id == ids[2])
        #expect(try store.nextUnreviewed(matching: filter, after: ids[2]) == nil)
    }

    @Test("the next unreviewed quote in confidence order is sought in an index, without a sort")
    func queueUsesItsIndex() throws {
        let (store, ids) = try Self.queue()
        let plan = try store.writer.read { db in
            let (sql, arguments) = try QuerySQL.quotes(
                matching: QuoteFilter(status: "unreviewed", limit: 1, afterID: ids[1], order: .confidence), in: db)
            return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments)
                .map { $0["detail"] as String }
        }
        // It seeks straight to the quote after the anchor (status, then the whole sort key).
        #expect(plan.contains { $0.contains("quote_confidence_queue (status=? AND (confidence_order,") }, "\(plan)")
        #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
    }
}
