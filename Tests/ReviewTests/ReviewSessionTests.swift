import Extract
import Store
import Testing
@testable import Review

@Suite struct ReviewSessionTests {
    static let quote = QuoteRecord(
        id: 7, text: "We will win", kind: .direct, speaker: "Jane Smith", speakerRole: nil, speakerID: 1,
        cue: "said", saidOn: nil, saidOnBasis: .unknown, sourceID: 1, sourceURL: nil, sourceFile: nil,
        sourceTitle: nil, sourceSite: nil, publishedAt: nil, paragraph: 0, start: 0, end: 11, context: nil,
        status: .unreviewed, rating: nil, note: nil, evidence: [], reviewedBy: nil, reviewedAt: nil,
        appearances: 1)

    static func session() -> ReviewSession {
        ReviewSession(filter: .all, reviewer: "ann", current: quote)
    }

    @Test func verdictKeysRecordTheStatus() {
        var session = Self.session()
        #expect(session.handle(.verdict(.verified)) == .record(7, VerdictChange(status: .verified)))
        #expect(session.handle(.verdict(.outOfContext)) == .record(7, VerdictChange(status: .outOfContext)))
    }

    @Test func fieldsRecordTheirValue() {
        var session = Self.session()
        #expect(session.handle(.rating(.false)) == .record(7, VerdictChange(rating: .false)))
        #expect(session.handle(.note("n")) == .record(7, VerdictChange(note: "n")))
        #expect(session.handle(.evidence("https://e")) == .record(7, VerdictChange(evidence: "https://e")))
        #expect(session.handle(.saidOn("2024-01-02")) == .record(7, VerdictChange(saidOn: "2024-01-02")))
        #expect(session.handle(.text("We won")) == .record(7, VerdictChange(text: "We won")))
    }

    @Test func keysThatNeedTextPrompt() {
        var session = Self.session()
        #expect(session.handle(.ask(.note)) == .prompt(.note))
        #expect(session.handle(.ask(.rating)) == .prompt(.rating))
    }

    @Test func otherCommands() {
        var session = Self.session()
        #expect(session.handle(.undo) == .undo)
        #expect(session.handle(.help) == .showHelp)
        #expect(session.handle(.quit) == .quit)
        #expect(session.handle(.unknown("why")) == .invalid("why"))
    }

    @Test func skipRemembersTheQuote() {
        var session = Self.session()
        #expect(session.handle(.skip) == .advance)
        #expect(session.skipped == [7])
        session.unskip(7)
        #expect(session.skipped.isEmpty)
    }

    @Test func withoutAQuoteThereIsNothingToRecord() {
        var session = ReviewSession(filter: .all, reviewer: "ann")
        #expect(session.handle(.verdict(.verified)) == .invalid("no quote to review"))
        #expect(session.handle(.skip) == .invalid("no quote to review"))
        #expect(session.handle(.quit) == .quit)
    }
}
