import Extract
import GRDB
import Testing
@testable import Store

@Suite struct QueryTests {
    @Test func defaultOrderIsFirstAppearance() throws {
        let store = try TestData.twoArticles()
        #expect(try store.quotes(matching: .all).map(\.text)
            == ["We will win.", "Taxes go down", "Not today", "Someone said this"])
    }

    @Test func recordCarriesFirstAppearanceAndSource() throws {
        let store = try TestData.twoArticles()
        let first = try #require(try store.quotes(matching: .all).first)
        #expect(first.speaker == "Jane Smith")
        #expect(first.speakerRole == "Mayor")
        #expect(first.kind == .direct)
        #expect(first.cue == "said")
        #expect(first.saidOn == "2024-04-30")
        #expect(first.saidOnBasis == .explicit)
        #expect(first.sourceTitle == "a")
        #expect(first.sourceSite == "Example News")
        #expect(first.sourceURL == "https://example.com/a")  // no fetch URL: the canonical one
        #expect(first.sourceFile == "sources/a.html")
        #expect(first.publishedAt == "2024-05-01T09:00:00+02:00")
        #expect(first.paragraph == 0)
        #expect(first.start == 1)
        #expect(first.end == 13)
        #expect(first.context == "\u{201C}We will win.\u{201D} Jane Smith said.")
        #expect(first.status == .unreviewed)
        #expect(first.rating == nil)
        #expect(first.evidence.isEmpty)
        #expect(first.appearances == 1)
        #expect(try store.quote(id: first.id) == first)
        #expect(try store.quote(id: 999) == nil)
    }

    @Test func filtersByStatus() throws {
        let store = try TestData.twoArticles()
        let second = try #require(try store.quotes(matching: .all).dropFirst().first)
        try store.recordVerdict(quoteID: second.id, change: VerdictChange(status: .verified), reviewer: "ann")
        #expect(try store.quotes(matching: QuoteFilter(status: "verified")).map(\.id) == [second.id])
        #expect(try store.quotes(matching: QuoteFilter(status: "unreviewed")).count == 3)
        #expect(try store.quotes(matching: QuoteFilter(status: "all")).count == 4)
    }

    @Test func unknownStatusNamesTheValueAndTheVocabulary() throws {
        let store = try TestData.twoArticles()
        let error = #expect(throws: StoreError.self) { try store.quotes(matching: QuoteFilter(status: "ok")) }
        #expect(error?.localizedDescription == """
            unknown status 'ok': use one of unreviewed, verified, misquoted, misattributed, out-of-context, unverifiable
            """)
    }

    @Test func filtersBySpeakerNameOrAliasIgnoringCase() throws {
        let store = try TestData.twoArticles()
        #expect(try store.quotes(matching: QuoteFilter(speaker: "JANE SMITH")).count == 2)
        #expect(try store.quotes(matching: QuoteFilter(speaker: "Smith")).count == 2)
        #expect(try store.quotes(matching: QuoteFilter(speaker: "Nobody")).isEmpty)
    }

    @Test func filtersBySourceSinceAndLimit() throws {
        let store = try TestData.twoArticles()
        let sources = try store.sources()
        let b = try #require(sources.last)
        #expect(try store.quotes(matching: QuoteFilter(sourceID: b.id)).map(\.text)
            == ["Not today", "Someone said this"])
        #expect(try store.quotes(matching: QuoteFilter(since: "2024-04-01")).map(\.text)
            == ["We will win.", "Taxes go down"])
        #expect(try store.quotes(matching: QuoteFilter(limit: 2)).count == 2)
        #expect(throws: StoreError.invalidDate("April")) { try store.quotes(matching: QuoteFilter(since: "April")) }
        #expect(throws: StoreError.invalidLimit(-1)) { try store.quotes(matching: QuoteFilter(limit: -1)) }
    }

    @Test func pagesAfterAnId() throws {
        let store = try TestData.twoArticles()
        let all = try store.quotes(matching: .all)
        let page = try store.quotes(matching: QuoteFilter(limit: 2, afterID: all[1].id))
        #expect(page.map(\.id) == all[2...3].map(\.id))
        #expect(throws: StoreError.noQuote(777)) { try store.quotes(matching: QuoteFilter(afterID: 777)) }
    }

    @Test func streamingGivesTheSameRowsAsListing() throws {
        let store = try TestData.twoArticles()
        var streamed: [QuoteRecord] = []
        try store.forEachQuote(matching: .all) { streamed.append($0) }
        #expect(streamed == (try store.quotes(matching: .all)))
    }

    @Test func nextUnreviewedFollowsTheDefaultOrder() throws {
        let store = try TestData.twoArticles()
        let all = try store.quotes(matching: .all)
        #expect(try store.nextUnreviewed(matching: .all, after: nil)?.id == all[0].id)
        try store.recordVerdict(quoteID: all[0].id, change: VerdictChange(status: .misquoted), reviewer: "ann")
        try store.recordVerdict(quoteID: all[2].id, change: VerdictChange(status: .verified), reviewer: "ann")
        #expect(try store.nextUnreviewed(matching: .all, after: nil)?.id == all[1].id)
        #expect(try store.nextUnreviewed(matching: .all, after: all[1].id)?.id == all[3].id)
        #expect(try store.nextUnreviewed(matching: .all, after: all[3].id) == nil)
        #expect(try store.nextUnreviewed(matching: QuoteFilter(speaker: "Bob Jones"), after: nil) == nil)
    }

    @Test(arguments: [
        QuoteFilter(),
        QuoteFilter(status: "unreviewed"),
        QuoteFilter(status: "verified", afterID: 1),
        QuoteFilter(since: "2024-01-01", afterID: 2),
    ])
    // Listing, review and export walk an index in the default order, with no
    // sort of the whole table (source and speaker filters sort their few rows).
    func defaultOrderNeedsNoSort(filter: QuoteFilter) throws {
        let store = try TestData.twoArticles()
        let plan = try store.writer.read { db in
            let (sql, arguments) = try QuerySQL.quotes(matching: filter, in: db)
            return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments)
                .map { $0["detail"] as String }
        }
        #expect(!plan.contains { $0.contains("TEMP B-TREE FOR ORDER BY") }, "\(plan)")
    }
}

/// The date range and outlet criteria (issue 16).
extension QueryTests {
    @Test func untilTakesDatedQuotesUpToTheDayIncluded() throws {
        let store = try TestData.twoArticles()
        #expect(try store.quotes(matching: QuoteFilter(until: "2024-03-01")).map(\.text) == ["Not today"])
        #expect(try store.quotes(matching: QuoteFilter(until: "2024-04-30")).map(\.text)
            == ["We will win.", "Taxes go down", "Not today"])
        #expect(try store.quotes(matching: QuoteFilter(since: "2024-03-02", until: "2024-04-30")).map(\.text)
            == ["We will win.", "Taxes go down"])
        #expect(try store.quotes(matching: QuoteFilter(since: "2024-03-01", until: "2024-03-01")).map(\.text) == ["Not today"])
        #expect(throws: StoreError.invalidDate("2024-02-30")) { try store.quotes(matching: QuoteFilter(until: "2024-02-30")) }
    }

    @Test func undatedTakesOnlyQuotesWithNoDay() throws {
        let store = try TestData.twoArticles()
        #expect(try store.quotes(matching: QuoteFilter(undated: true)).map(\.text) == ["Someone said this"])
        #expect(try store.quotes(matching: QuoteFilter(speaker: "Bob Jones", undated: true)).isEmpty)
        // The day criteria never take an undated quote.
        #expect(try !store.quotes(matching: QuoteFilter(since: "0001-01-01")).contains { $0.saidOn == nil })
        #expect(try !store.quotes(matching: QuoteFilter(until: "9999-12-31")).contains { $0.saidOn == nil })
    }

    @Test func filtersBySiteIgnoringCaseInAnyScript() throws {
        let store = try ClaimsStore.inMemory()
        func article(_ title: String, site: String?) -> Article {
            Article(canonicalURL: "https://example.com/\(title)", title: title, site: site, paragraphs: ["P."])
        }
        _ = try store.importSource(TestData.source("a"), article: article("a", site: "Süddeutsche Zeitung"),
                                   quotes: [TestData.quote("Wir schaffen das", by: "Angela Merkel")])
        _ = try store.importSource(TestData.source("b"), article: article("b", site: "Coast Herald"),
                                   quotes: [TestData.quote("We will win.", by: "Jane Smith"),
                                            TestData.quote("Wir schaffen das", by: "Angela Merkel")])
        _ = try store.importSource(TestData.source("c"), article: article("c", site: nil),
                                   quotes: [TestData.quote("No site here", by: "Bob Jones")])
        #expect(try store.quotes(matching: QuoteFilter(site: "SÜDDEUTSCHE ZEITUNG")).map(\.text) == ["Wir schaffen das"])
        // A claim that appears on several sites is found by each.
        #expect(try store.quotes(matching: QuoteFilter(site: "coast herald")).map(\.text) == ["Wir schaffen das", "We will win."])
        #expect(try store.quotes(matching: QuoteFilter(site: "Coast")).isEmpty)  // the whole name, not a part
        #expect(try store.siteNames(matching: "coast HERALD") == ["Coast Herald"])
        #expect(try store.siteNames(matching: "Nowhere").isEmpty)
    }
}
