import Extract
import Foundation
import Testing
@testable import Store

/// What `mark` asks of the store: several evidence URLs, real days, the
/// reviewer's date basis, all-or-nothing changes, versions and overwrites.
@Suite struct MarkVerdictTests {
    @Test func severalEvidenceURLsAreAllAddedAndOneCanBeRemoved() throws {
        let store = try TestData.twoArticles()
        let id = try #require(try store.quotes(matching: .all).first?.id)
        var change = VerdictChange()
        change.evidence = ["https://a.example/1", "http://b.example/2", "https://a.example/1"]
        let updated = try store.recordVerdict(quoteID: id, change: change, reviewer: "ann")
        #expect(updated.evidence == ["https://a.example/1", "http://b.example/2"])
        let removed = try store.recordVerdict(quoteID: id, change: VerdictChange(removedEvidence: ["https://a.example/1"]),
                                              reviewer: "ann")
        #expect(removed.evidence == ["http://b.example/2"])
        #expect(try store.history(quoteID: id).last?.newValue == "[\"http://b.example/2\"]")
    }

    @Test func removingEvidenceThatIsNotListedChangesNothing() throws {
        let store = try TestData.twoArticles()
        let id = try #require(try store.quotes(matching: .all).first?.id)
        try store.recordVerdict(quoteID: id, change: VerdictChange(evidence: "https://a.example/1"), reviewer: "ann")
        #expect(throws: StoreError.evidenceNotListed(quoteID: id, url: "https://z.example/")) {
            try store.recordVerdict(quoteID: id, change: VerdictChange(status: .verified,
                                                                       removedEvidence: ["https://z.example/"]),
                                    reviewer: "ann")
        }
        #expect(try store.quote(id: id)?.status == .unreviewed)
        #expect(try store.history(quoteID: id).count == 1)
    }

    @Test(arguments: ["not a url", "javascript:alert(1)", "ftp://files.example/a", "https://", "//host.example/a",
                      "https://a.example/with space", "mailto:someone@example.org"])
    func evidenceThatIsNotAWebAddressIsRefused(url: String) throws {
        let store = try TestData.twoArticles()
        let id = try #require(try store.quotes(matching: .all).first?.id)
        #expect(!EvidenceURL.isValid(url))
        #expect(throws: StoreError.invalidEvidence(url)) {
            try store.recordVerdict(quoteID: id, change: VerdictChange(status: .verified, evidence: url), reviewer: "ann")
        }
        #expect(try store.quote(id: id)?.status == .unreviewed)
    }

    @Test(arguments: ["https://example.org", "http://example.org/a?b=c#d", "HTTPS://Example.org/x"])
    func webAddressesAreEvidence(url: String) {
        #expect(EvidenceURL.isValid(url))
    }

    @Test(arguments: ["2025-02-30", "2023-02-29", "2100-02-29", "2024-04-31", "2024-13-01", "2024-00-10",
                      "2024-01-00", "2024-1-01", "24-01-01", "2024-01-01x", "２０２４-01-01", "0000-01-01"])
    func impossibleDaysAreNotDays(text: String) throws {
        #expect(Day(text) == nil)
        let store = try TestData.twoArticles()
        let id = try #require(try store.quotes(matching: .all).first?.id)
        #expect(throws: StoreError.invalidDate(text)) {
            try store.recordVerdict(quoteID: id, change: VerdictChange(saidOn: text), reviewer: "ann")
        }
        #expect(throws: StoreError.invalidDate(text)) {
            try store.quotes(matching: QuoteFilter(since: text))
        }
    }

    @Test(arguments: ["2024-02-29", "2000-02-29", "2025-12-31", "0001-01-01", "9999-12-31"])
    func realDaysAreDays(text: String) throws {
        let day = try #require(Day(text))
        #expect(day.description == text)
    }

    @Test func daysSortByTime() throws {
        #expect(try #require(Day("2024-02-29")) < (try #require(Day("2024-03-01"))))
        #expect(Day(year: 2024, month: 2, day: 29) != nil)
        #expect(Day(year: 2023, month: 2, day: 29) == nil)
    }

    @Test func aReviewersDateHasTheBasisReviewerAndUndoRestoresTheOldOne() throws {
        let store = try TestData.twoArticles()
        let quote = try #require(try store.quotes(matching: .all).first)
        #expect(quote.saidOnBasis == .explicit)
        let dated = try store.recordVerdict(quoteID: quote.id, change: VerdictChange(saidOn: "2024-04-29"), reviewer: "ann")
        #expect(dated.saidOn == "2024-04-29")
        #expect(dated.saidOnBasis == .reviewer)
        #expect(dated.jsonLine().contains("\"said_on\":\"2024-04-29\",\"said_on_basis\":\"reviewer\""))
        let trail = try store.history(quoteID: quote.id)
        #expect(trail.map(\.field) == ["said_on", "said_on_basis"])
        #expect(trail.last?.oldValue == "explicit")
        // The same day typed again is still the reviewer's; a cleared day is unknown.
        let cleared = try store.recordVerdict(quoteID: quote.id, change: VerdictChange(saidOn: ""), reviewer: "ann")
        #expect(cleared.saidOn == nil)
        #expect(cleared.saidOnBasis == .unknown)
        try store.undoLastChange(by: "ann")
        try store.undoLastChange(by: "ann")
        let restored = try #require(try store.quote(id: quote.id))
        #expect(restored.saidOn == "2024-04-30")
        #expect(restored.saidOnBasis == .explicit)
    }

    @Test func unknownIdsChangeNoQuoteAndAreAllNamed() throws {
        let store = try TestData.twoArticles()
        let ids = try store.quotes(matching: .all).map(\.id)
        #expect(throws: StoreError.noQuotes([99_999, 88_888])) {
            try store.recordVerdicts(quoteIDs: [ids[0], 99_999, ids[1], 88_888], change: VerdictChange(status: .verified),
                                     reviewer: "ann")
        }
        #expect(try store.quotes(matching: .all).allSatisfy { $0.status == .unreviewed })
        #expect(try store.history(quoteID: ids[0]).isEmpty)
    }

    @Test func aRefusalOnOneQuoteLeavesTheOthersUnchanged() throws {
        let store = try TestData.twoArticles()
        let ids = try store.quotes(matching: .all).map(\.id)
        try store.recordVerdict(quoteID: ids[1], change: VerdictChange(evidence: "https://a.example/1"), reviewer: "ann")
        // The first quote has no such evidence: the whole command is refused, the second quote keeps its URL.
        #expect(throws: StoreError.evidenceNotListed(quoteID: ids[0], url: "https://a.example/1")) {
            try store.recordVerdicts(quoteIDs: [ids[1], ids[0]],
                                     change: VerdictChange(status: .verified, removedEvidence: ["https://a.example/1"]),
                                     reviewer: "ann")
        }
        #expect(try store.quote(id: ids[1])?.evidence == ["https://a.example/1"])
        #expect(try store.quote(id: ids[1])?.status == .unreviewed)
        let outcomes = try store.recordVerdicts(quoteIDs: [ids[0], ids[1], ids[0]],
                                                change: VerdictChange(status: .verified), reviewer: "ann")
        #expect(outcomes.map(\.quote.id) == [ids[0], ids[1]])
        #expect(outcomes.allSatisfy { $0.quote.status == .verified })
    }

    @Test func theVersionIsInTheRecordAndGrowsWithEveryChange() throws {
        let store = try TestData.twoArticles()
        let id = try #require(try store.quotes(matching: .all).first?.id)
        var versions = [try #require(try store.quote(id: id)).version]
        for change in [VerdictChange(status: .verified), VerdictChange(note: "n"), VerdictChange(evidence: "https://a.example")] {
            versions.append(try store.recordVerdict(quoteID: id, change: change, reviewer: "ann").version)
        }
        #expect(versions == versions.sorted() && Set(versions).count == 4)
        #expect(try store.snapshot(ofQuote: id)?.version == versions.last)
        #expect(try store.quotes(matching: .all).first?.version == versions.last)
        let line = try #require(try store.quote(id: id)).jsonLine()
        #expect(line.hasSuffix(",\"appearances\":1,\"version\":\(versions[3])}"))
        let decoded = try JSONDecoder().decode(QuoteRecord.self, from: Data(line.utf8))
        #expect(decoded.version == versions.last)
    }

    @Test func anExpectedVersionThatIsNotTheCurrentOneIsRefused() throws {
        let store = try TestData.twoArticles()
        let id = try #require(try store.quotes(matching: .all).first?.id)
        let seen = try #require(try store.quote(id: id)).version
        try store.recordVerdict(quoteID: id, change: VerdictChange(status: .misquoted), reviewer: "bob")
        for expected in [seen, seen + 1_000] {
            let error = #expect(throws: StoreError.self) {
                try store.recordVerdicts(quoteIDs: [id], change: VerdictChange(status: .verified), reviewer: "ann",
                                         expecting: expected)
            }
            guard case .conflict(let conflict) = error else {
                Issue.record("expected a conflict, got \(String(describing: error))")
                return
            }
            #expect(conflict.expected == expected)
            #expect(conflict.current == (try store.quote(id: id))?.version)
        }
        #expect(try store.quote(id: id)?.status == .misquoted)
        let current = try #require(try store.quote(id: id)).version
        let taken = try store.recordVerdicts(quoteIDs: [id], change: VerdictChange(status: .verified), reviewer: "ann",
                                             expecting: current)
        #expect(taken.first?.quote.status == .verified)
    }

    @Test func replacingAnotherReviewersRecentVerdictIsReported() throws {
        let store = try TestData.twoArticles()
        let ids = try store.quotes(matching: .all).map(\.id)
        let bobAt = TestData.moment
        try store.recordVerdicts(quoteIDs: [ids[0], ids[1]], change: VerdictChange(status: .misquoted, rating: .false),
                                 reviewer: "bob", at: bobAt)
        // bob again: his own verdict, nothing to report.
        let own = try store.recordVerdicts(quoteIDs: [ids[0]], change: VerdictChange(note: "n"), reviewer: "bob",
                                           at: bobAt.addingTimeInterval(60))
        #expect(own.first?.overwritten == nil)
        // ana, 30 minutes later: reported, with what she replaced.
        let ana = try store.recordVerdicts(quoteIDs: [ids[0]], change: VerdictChange(status: .verified), reviewer: "ana",
                                           at: bobAt.addingTimeInterval(1_800))
        let replaced = try #require(ana.first?.overwritten)
        #expect(replaced.reviewer == "bob")
        #expect(replaced.status == .misquoted)
        #expect(replaced.rating == .false)
        #expect(replaced.summary == "bob's verdict misquoted, rated false, given at 2024-05-01T12:01:00.000Z")
        // Two hours later: not recent any more.
        let late = try store.recordVerdicts(quoteIDs: [ids[1]], change: VerdictChange(status: .verified), reviewer: "ana",
                                            at: bobAt.addingTimeInterval(7_200))
        #expect(late.first?.overwritten == nil)
        // Evidence added to bob's recent verdict replaces nothing.
        let added = try store.recordVerdicts(quoteIDs: [ids[1]], change: VerdictChange(evidence: "https://a.example"),
                                             reviewer: "cy", at: bobAt.addingTimeInterval(7_260))
        #expect(added.first?.overwritten == nil)
    }
}
