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
        #expect(session.handle(.verdict(.verified)) == .record(7, VerdictChange(status: .verified), expecting: nil))
        #expect(session.handle(.verdict(.outOfContext)) == .record(7, VerdictChange(status: .outOfContext), expecting: nil))
    }

    @Test func fieldsRecordTheirValue() {
        var session = Self.session()
        #expect(session.handle(.rating(.false)) == .record(7, VerdictChange(rating: .false), expecting: nil))
        #expect(session.handle(.rating(nil)) == .record(7, VerdictChange(clearsRating: true), expecting: nil))
        #expect(session.handle(.note("n")) == .record(7, VerdictChange(note: "n"), expecting: nil))
        #expect(session.handle(.evidence("https://e")) == .record(7, VerdictChange(evidence: "https://e"), expecting: nil))
        #expect(session.handle(.saidOn("2024-01-02")) == .record(7, VerdictChange(saidOn: "2024-01-02"), expecting: nil))
        #expect(session.handle(.text("We won")) == .record(7, VerdictChange(text: "We won"), expecting: nil))
    }

    @Test func acceptingAFindingAsksTheDriverForIt() {
        var session = Self.session()
        #expect(session.handle(.acceptFinding) == .acceptFinding(7, expecting: nil))
        var empty = ReviewSession(filter: .all, reviewer: "ann", current: nil)
        #expect(empty.handle(.acceptFinding) == .invalid("no quote to review"))
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

    @Test func theVersionShownIsExpected() {
        var session = ReviewSession(filter: .all, reviewer: "ann", current: Self.quote, version: 41)
        #expect(session.handle(.verdict(.verified)) == .record(7, VerdictChange(status: .verified), expecting: 41))
    }

    @Test func aRefusedVerdictIsGivenByTheSameKeyOrY() {
        for confirmation in [ReviewCommand.verdict(.verified), .confirm] {
            var session = ReviewSession(filter: .all, reviewer: "ann", current: Self.quote, version: 1)
            _ = session.handle(.verdict(.verified))
            var changed = Self.quote
            changed.status = .misquoted
            session.refused(showing: QuoteSnapshot(quote: changed, version: 5))
            #expect(session.current == changed)
            #expect(session.awaitingConfirmation == .verdict(.verified))
            #expect(session.handle(confirmation) == .record(7, VerdictChange(status: .verified), expecting: 5))
            #expect(session.awaitingConfirmation == nil)
        }
    }

    @Test func onATerminalAnotherKeyAfterARefusalActsOnTheSameQuote() {
        var session = ReviewSession(filter: .all, reviewer: "ann", current: Self.quote, version: 1)
        _ = session.handle(.verdict(.verified))
        session.refused(showing: QuoteSnapshot(quote: Self.quote, version: 5))
        #expect(session.handle(.verdict(.misquoted)) == .record(7, VerdictChange(status: .misquoted), expecting: 5))
        #expect(session.skipped.isEmpty)
    }

    @Test("piped: after a refusal the quote stays current; other lines are refused until it is confirmed, skipped or quit")
    func pipedARefusalHoldsTheQuote() {
        func refusedSession() -> ReviewSession {
            var session = ReviewSession(filter: .all, reviewer: "ann", current: Self.quote, version: 1,
                                        conflictPolicy: .holdUntilSettled)
            _ = session.handle(.verdict(.verified))
            session.refused(showing: QuoteSnapshot(quote: Self.quote, version: 5))
            return session
        }
        var session = refusedSession()
        let held = ReviewEffect.invalid("""
            quote #7 still awaits the refused change: repeat it (or send 'y') to give it anyway, \
            an empty line skips the quote, q quits
            """)
        #expect(session.handle(.verdict(.misquoted)) == held)
        #expect(session.handle(.note("checked")) == held)
        #expect(session.handle(.undo) == held)
        #expect(session.handle(.help) == .showHelp)
        #expect(session.skipped.isEmpty)
        #expect(session.current?.id == 7)
        #expect(session.handle(.confirm) == .record(7, VerdictChange(status: .verified), expecting: 5))

        session = refusedSession()
        #expect(session.handle(.skip) == .advance)
        #expect(session.skipped == [7])
        #expect(session.awaitingConfirmation == nil)

        session = refusedSession()
        #expect(session.handle(.quit) == .quit)
    }

    @Test func confirmingWithNothingRefusedIsInvalid() {
        var session = Self.session()
        #expect(session.handle(.confirm) == .invalid("nothing to confirm"))
    }

    @Test func theSpeakerKeyReassigns() {
        var session = Self.session()
        #expect(session.handle(.ask(.speaker)) == .prompt(.speaker))
        #expect(session.handle(.speaker("Bob Jones")) == .record(7, VerdictChange(speaker: "Bob Jones"), expecting: nil))
    }

    @Test func withoutAQuoteThereIsNothingToRecord() {
        var session = ReviewSession(filter: .all, reviewer: "ann")
        #expect(session.handle(.verdict(.verified)) == .invalid("no quote to review"))
        #expect(session.handle(.skip) == .invalid("no quote to review"))
        #expect(session.handle(.quit) == .quit)
    }
}
