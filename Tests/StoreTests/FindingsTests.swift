import Extract
import Foundation
@testable import Store
import Testing

@Suite("Corroboration findings in the store")
struct FindingsTests {
    /// A store with a transcript (primary), an article quoting it, and a primary statement page.
    static func desk() throws -> ClaimsStore {
        let store = try ClaimsStore.inMemory()
        var transcript = TestData.source("debate")
        transcript.kind = .transcript
        transcript.isPrimary = true
        let speech = "We will not raise taxes on working families."
        _ = try store.importSource(transcript, article: TestData.article("debate"), quotes: [
            Quote(text: speech, kind: .transcript, speaker: "Jane Smith", speakerType: .person, saidOn: "2024-04-30",
                  saidOnBasis: .explicit, paragraph: 0, start: 0, end: speech.unicodeScalars.count, context: speech),
        ])
        _ = try store.importSource(TestData.source("a"), article: TestData.article("a"), quotes: [
            TestData.quote("We will raise taxes on working families.", by: "Jane Smith"),
            TestData.quote("Someone said this", by: nil, saidOn: nil),
        ])
        var statement = TestData.source("statement")
        statement.isPrimary = true
        _ = try store.importSource(statement, article: TestData.article("statement"), quotes: [
            TestData.quote("Our schools need help now", by: "Bob Jones"),
        ])
        return store
    }

    static func finding(quote: Int64, source: Int64, kind: FindingRecord.Kind = .misquoted) -> NewFinding {
        NewFinding(quoteID: quote, kind: kind, score: 0.9, primarySourceID: source, primaryQuoteID: 1,
                   primarySpeaker: "Jane Smith", primaryText: "We will not raise taxes on working families",
                   primaryStart: 0, primaryEnd: 43, diff: "we will [-not-] raise taxes on working families")
    }

    @Test("primary statements come from transcripts and primary sources; the rest are reported quotes")
    func statementsAndQuotes() throws {
        let store = try Self.desk()
        let statements = try store.primaryStatements()
        #expect(statements.map(\.text) == ["We will not raise taxes on working families.", "Our schools need help now"])
        #expect(statements[0].speaker == "Jane Smith")
        #expect(statements[0].sourceSHA256 == "sha-debate")
        #expect(statements[0].saidOn == "2024-04-30")
        #expect(try store.primaryStatements(inSources: [3]).map(\.speaker) == ["Bob Jones"])
        #expect(try store.primaryStatements(inSources: []).isEmpty)
        let reported = try store.reportedQuotes()
        #expect(reported.map(\.text) == ["We will raise taxes on working families.", "Someone said this"])
        #expect(reported[0].speakerID == statements[0].speakerID)
    }

    @Test("a run replaces the findings against its sources and leaves verdicts alone")
    func replace() throws {
        let store = try Self.desk()
        let quote = try #require(try store.reportedQuotes().first).quoteID
        try store.replaceFindings([Self.finding(quote: quote, source: 1), Self.finding(quote: quote, source: 3, kind: .misattributed)],
                                  at: TestData.moment)
        var stored = try store.findings(ofQuote: quote)
        #expect(stored.count == 2)
        let first = try #require(stored.first)
        #expect(first.kind == .misquoted)
        #expect(first.primarySHA256 == "sha-debate")
        #expect(first.primarySourceURL == "https://example.com/debate")
        #expect(first.createdAt == "2024-05-01T12:00:00.000Z")
        #expect(first.diff == "we will [-not-] raise taxes on working families")
        #expect(first.evidenceURL == "https://example.com/debate#:~:text=We%20will%20not%20raise%20taxes%20on%20working%20families")

        try store.replaceFindings([], againstSources: [3])
        stored = try store.findings(ofQuote: quote)
        #expect(stored.map(\.primarySourceID) == [1])
        try store.replaceFindings([])
        #expect(try store.findings().isEmpty)
        #expect(try store.quote(id: quote)?.status == .unreviewed)
    }

    @Test("findings name existing quotes and sources")
    func unknown() throws {
        let store = try Self.desk()
        #expect(throws: StoreError.noQuote(99)) { try store.replaceFindings([Self.finding(quote: 99, source: 1)]) }
        #expect(throws: StoreError.noSource(42)) { try store.replaceFindings([Self.finding(quote: 2, source: 42)]) }
    }

    @Test("accepting a finding suggests a status")
    func suggestedStatus() {
        #expect(FindingRecord.Kind.verbatim.suggestedStatus == .verified)
        #expect(FindingRecord.Kind.misquoted.suggestedStatus == .misquoted)
        #expect(FindingRecord.Kind.spliced.suggestedStatus == .misquoted)
        #expect(FindingRecord.Kind.truncated.suggestedStatus == .outOfContext)
        #expect(FindingRecord.Kind.misattributed.suggestedStatus == .misattributed)
    }
}
