import Foundation
import Model
import Store
import Testing

/// Corroboration's reads and writes (`corroborate`) behave alike on every backend: primary
/// statements, reported quotes, and findings replaced by source and read back.
@Suite("Store conformance: corroboration findings")
struct FindingConformanceTests {
    /// A transcript (primary, source 1), an article quoting it (source 2) and a primary statement page (source 3).
    static func desk(_ store: any ClaimStore) async throws {
        var transcript = ConformanceData.source("debate")
        transcript.kind = .transcript
        transcript.isPrimary = true
        let speech = "We will not raise taxes on working families."
        _ = try await store.importSource(transcript, article: ConformanceData.article("debate"), quotes: [
            Quote(text: speech, kind: .transcript, speaker: "Jane Smith", speakerType: .person, saidOn: "2024-04-30",
                  saidOnBasis: .explicit, paragraph: 0, start: 0, end: speech.unicodeScalars.count, context: speech),
            Quote(text: "Thank you.", kind: .transcript, speaker: "Moderator", speakerType: .person, saidOn: "2024-04-30",
                  saidOnBasis: .explicit, paragraph: 1, start: 0, end: 10, context: "Thank you."),
        ])
        _ = try await store.importSource(ConformanceData.source("a", url: "https://a.example/story"),
                                         article: ConformanceData.article("a"), quotes: [
            ConformanceData.quote("We will raise taxes on working families.", by: "Jane Smith"),
            ConformanceData.quote("Someone said this", by: nil, saidOn: nil),
            ConformanceData.quote("Thank you.", by: "Moderator"),
        ])
        var statement = ConformanceData.source("statement")
        statement.isPrimary = true
        _ = try await store.importSource(statement, article: ConformanceData.article("statement"), quotes: [
            ConformanceData.quote("Our schools need help now", by: "Bob Jones"),
        ])
    }

    /// A finding of quote `quote` against source `source`.
    static func finding(quote: Int64, source: Int64, kind: FindingRecord.Kind = .misquoted,
                        score: Double = 0.9) -> NewFinding {
        NewFinding(quoteID: quote, kind: kind, score: score, primarySourceID: source, primaryQuoteID: 1,
                   primarySpeaker: "Jane Smith", primaryText: "We will not raise taxes on working families",
                   primaryStart: 0, primaryEnd: 43, diff: "we will [-not-] raise taxes on working families")
    }

    @Test("primary statements come from transcripts and primary sources, once per source; the rest are reported quotes",
          arguments: Backend.available)
    func statementsAndQuotes(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = harness.store
            try await Self.desk(store)
            let statements = try await store.primaryStatements(inSources: nil)
            #expect(statements.map(\.quoteID) == [1, 2, 5])
            #expect(statements.map(\.sourceID) == [1, 1, 3])
            #expect(statements.map(\.text) == ["We will not raise taxes on working families.", "Thank you.",
                                               "Our schools need help now"])
            #expect(statements[0].speaker == "Jane Smith" && statements[0].sourceSHA256 == "sha-debate")
            #expect(statements[0].saidOn == "2024-04-30")
            #expect(try await store.primaryStatements(inSources: [3]).map(\.speaker) == ["Bob Jones"])
            #expect(try await store.primaryStatements(inSources: [2]).isEmpty)
            #expect(try await store.primaryStatements(inSources: []).isEmpty)
            let reported = try await store.reportedQuotes()
            #expect(reported.map(\.quoteID) == [2, 3, 4], "a claim in a primary and a reported source is both")
            #expect(reported.map(\.text) == ["Thank you.", "We will raise taxes on working families.", "Someone said this"])
            #expect(reported[1].speakerID == statements[0].speakerID && reported[1].speaker == "Jane Smith")
            #expect(reported[2].speaker == nil && reported[2].saidOn == nil)
        }
    }

    @Test("a run replaces the findings against its sources, best score first, and leaves verdicts alone",
          arguments: Backend.available)
    func replace(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = harness.store
            try await Self.desk(store)
            let stored = try await store.replaceFindings([
                Self.finding(quote: 3, source: 1, score: 0.5),
                Self.finding(quote: 3, source: 3, kind: .misattributed, score: 0.75),
                Self.finding(quote: 2, source: 1, kind: .verbatim, score: 1),
                Self.finding(quote: 3, source: 1, kind: .truncated, score: 0.75),
            ], againstSources: nil, at: ConformanceData.moment)
            #expect(stored == 4)
            let ofQuote = try await store.findings(ofQuote: 3)
            #expect(ofQuote.map(\.kind) == [.misattributed, .truncated, .misquoted], "best score, then stored order")
            let first = try #require(ofQuote.last)
            #expect(first.primarySHA256 == "sha-debate")
            #expect(first.primarySourceURL == "https://example.com/debate", "no fetched URL: the canonical one")
            #expect(first.createdAt == "2024-05-01T12:00:00.000Z")
            #expect(first.score == 0.5 && first.primaryStart == 0 && first.primaryEnd == 43)
            #expect(first.diff == "we will [-not-] raise taxes on working families")
            #expect(first.evidenceURL
                == "https://example.com/debate#:~:text=We%20will%20not%20raise%20taxes%20on%20working%20families")
            #expect(try await store.findings().map(\.quoteID) == [2, 3, 3, 3], "in the order of their quotes")

            try await store.replaceFindings([Self.finding(quote: 4, source: 3, kind: .spliced)], againstSources: [3],
                                            at: ConformanceData.later(1))
            #expect(try await store.findings().map(\.kind) == [.verbatim, .truncated, .misquoted, .spliced])
            #expect(try await store.findings(ofQuote: 99).isEmpty)
            try await store.replaceFindings([], againstSources: nil, at: ConformanceData.later(2))
            #expect(try await store.findings().isEmpty)
            #expect(try await store.quote(id: 3)?.status == .unreviewed)
            #expect(try await store.history(quoteID: 3).isEmpty)
        }
    }

    @Test("findings name existing quotes and sources; a refused run changes nothing", arguments: Backend.available)
    func unknown(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = harness.store
            try await Self.desk(store)
            try await store.replaceFindings([Self.finding(quote: 3, source: 1)], againstSources: nil,
                                            at: ConformanceData.moment)
            await #expect(throws: StoreError.noQuote(99), "the quote is named before the source") {
                try await store.replaceFindings([Self.finding(quote: 99, source: 42)], againstSources: nil,
                                                at: ConformanceData.moment)
            }
            await #expect(throws: StoreError.noSource(42), "the first finding in order is named") {
                try await store.replaceFindings([Self.finding(quote: 4, source: 42), Self.finding(quote: 99, source: 1)],
                                                againstSources: [1], at: ConformanceData.moment)
            }
            #expect(try await store.findings().map(\.quoteID) == [3], "nothing changed")
        }
    }

    @Test("the same run gives the same findings on every backend")
    func sameOnEveryBackend() async throws {
        var results: [(Backend, [FindingRecord], [PrimaryStatementRecord], [ReportedQuoteRecord])] = []
        for backend in Backend.available {
            try await withStore(backend) { harness in
                let store = harness.store
                try await Self.desk(store)
                try await store.replaceFindings([
                    Self.finding(quote: 3, source: 1, score: 0.123456789012345),
                    Self.finding(quote: 4, source: 3, kind: .spliced, score: 2.0 / 3.0),
                    NewFinding(quoteID: 2, kind: .verbatim, score: 1, primarySourceID: 1, primaryQuoteID: nil,
                               primarySpeaker: nil, primaryText: "Thank you.\t\u{201C}é\u{201D}", primaryStart: 0,
                               primaryEnd: 10, diff: ""),
                ], againstSources: nil, at: ConformanceData.moment)
                results.append((backend, try await store.findings(), try await store.primaryStatements(inSources: nil),
                                try await store.reportedQuotes()))
            }
        }
        guard let reference = results.first else { return }
        for other in results.dropFirst() {
            #expect(other.1 == reference.1, "findings of \(other.0) differ from \(reference.0)'s")
            #expect(other.2 == reference.2, "primary statements of \(other.0) differ from \(reference.0)'s")
            #expect(other.3 == reference.3, "reported quotes of \(other.0) differ from \(reference.0)'s")
        }
        #expect(reference.1.count == 3)
    }
}
