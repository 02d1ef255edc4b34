import Foundation
import Testing
@testable import Store

@Suite struct UndoTests {
    @Test func undoRestoresAndAppends() throws {
        let store = try TestData.twoArticles()
        let id = try #require(try store.quotes(matching: .all).first?.id)
        try store.recordVerdict(quoteID: id, change: VerdictChange(status: .verified, note: "ok"), reviewer: "ann")
        #expect(try store.undoLastChange(by: "ann") == id)
        let quote = try #require(try store.quote(id: id))
        #expect(quote.status == .unreviewed)
        #expect(quote.note == nil)
        #expect(quote.reviewedBy == nil)
        let history = try store.history(quoteID: id)
        #expect(history.count == 4)
        #expect(history[2...].allSatisfy { $0.isUndo && $0.who == "ann" })
        #expect(history[2].field == "status")
        #expect(history[2].oldValue == "verified")
        #expect(history[2].newValue == "unreviewed")
    }

    @Test func undoingAgainReachesFurtherBack() throws {
        let store = try TestData.twoArticles()
        let ids = try store.quotes(matching: .all).map(\.id)
        let t1 = TestData.moment
        let t2 = t1.addingTimeInterval(1)
        try store.recordVerdict(quoteID: ids[0], change: VerdictChange(status: .verified), reviewer: "ann", at: t1)
        try store.recordVerdict(quoteID: ids[1], change: VerdictChange(status: .misquoted), reviewer: "ann", at: t2)
        try store.recordVerdict(quoteID: ids[2], change: VerdictChange(status: .verified), reviewer: "bob", at: t2)
        #expect(try store.undoLastChange(by: "ann", at: t2.addingTimeInterval(1)) == ids[1])
        #expect(try store.undoLastChange(by: "ann", at: t2.addingTimeInterval(2)) == ids[0])
        #expect(try store.undoLastChange(by: "ann", at: t2.addingTimeInterval(3)) == nil)
        #expect(try store.quote(id: ids[0])?.status == .unreviewed)
        #expect(try store.quote(id: ids[1])?.status == .unreviewed)
        #expect(try store.quote(id: ids[2])?.status == .verified)  // bob's change stays
    }

    @Test func undoOfALaterChangeKeepsTheEarlierVerdict() throws {
        let store = try TestData.twoArticles()
        let id = try #require(try store.quotes(matching: .all).first?.id)
        try store.recordVerdict(quoteID: id, change: VerdictChange(status: .verified), reviewer: "ann",
                                at: TestData.moment)
        try store.recordVerdict(quoteID: id, change: VerdictChange(rating: .false), reviewer: "ann",
                                at: TestData.moment.addingTimeInterval(5))
        try store.undoLastChange(by: "ann")
        let quote = try #require(try store.quote(id: id))
        #expect(quote.status == .verified)
        #expect(quote.rating == nil)
        #expect(quote.reviewedBy == "ann")
    }

    @Test func changesMadeAtTheSameMomentAreUndoneOneByOne() throws {
        let store = try TestData.twoArticles()
        let id = try #require(try store.quotes(matching: .all).first?.id)
        try store.recordVerdict(quoteID: id, change: VerdictChange(note: "first"), reviewer: "ann", at: TestData.moment)
        try store.recordVerdict(quoteID: id, change: VerdictChange(note: "second"), reviewer: "ann", at: TestData.moment)
        try store.undoLastChange(by: "ann")
        #expect(try store.quote(id: id)?.note == "first")
        try store.undoLastChange(by: "ann")
        #expect(try store.quote(id: id)?.note == nil)
        let history = try store.history(quoteID: id)
        #expect(Set(history.map(\.changeID)).count == 4)
    }

    @Test("after bob's verdict and ana's, ana's undo gives back bob's verdict by bob, at bob's time, in a new entry")
    func undoGivesBackTheEarlierReviewersVerdictWhole() throws {
        let store = try TestData.twoArticles()
        let id = try #require(try store.quotes(matching: .all).first?.id)
        let t1 = TestData.moment
        let t2 = t1.addingTimeInterval(60)
        try store.recordVerdict(quoteID: id, change: VerdictChange(status: .misquoted, rating: .false,
                                                                   note: "bob's note", evidence: "https://bob.example"),
                                reviewer: "bob", at: t1)
        let bobs = try #require(try store.quote(id: id))
        try store.recordVerdict(quoteID: id, change: VerdictChange(status: .verified, rating: .true, note: "ana's note",
                                                                   evidence: "https://ana.example"),
                                reviewer: "ana", at: t2)
        let trailBefore = try store.history(quoteID: id)
        #expect(try store.undoLastChange(by: "ana", at: t2.addingTimeInterval(60)) == id)
        let quote = try #require(try store.quote(id: id))
        // The version counts changes, the undo among them: it grows; everything else is as bob left it.
        #expect(quote.version > bobs.version)
        var asBobLeftIt = bobs
        asBobLeftIt.version = quote.version
        #expect(quote == asBobLeftIt, "status, rating, note, evidence, reviewer and time as bob left them")
        #expect(quote.reviewedBy == "bob")
        #expect(quote.reviewedAt == bobs.reviewedAt)
        let trail = try store.history(quoteID: id)
        #expect(Array(trail.prefix(trailBefore.count)) == trailBefore, "nothing in the trail is rewritten")
        #expect(trail.dropFirst(trailBefore.count).allSatisfy { $0.isUndo && $0.who == "ana" })
    }

    @Test("undoing again after that reaches bob's verdict only through bob's own undo")
    func undoMarksReplayThroughUndos() throws {
        let store = try TestData.twoArticles()
        let id = try #require(try store.quotes(matching: .all).first?.id)
        let t = TestData.moment
        try store.recordVerdict(quoteID: id, change: VerdictChange(status: .misquoted), reviewer: "bob", at: t)
        try store.recordVerdict(quoteID: id, change: VerdictChange(note: "a"), reviewer: "ana", at: t + 1)
        try store.recordVerdict(quoteID: id, change: VerdictChange(note: "b"), reviewer: "ana", at: t + 2)
        try store.undoLastChange(by: "ana", at: t + 3)  // note back to "a", by ana at t+1
        var quote = try #require(try store.quote(id: id))
        #expect(quote.note == "a")
        #expect(quote.reviewedBy == "ana")
        #expect(quote.reviewedAt == Timestamp.string(from: t + 1))
        try store.undoLastChange(by: "ana", at: t + 4)  // note cleared, bob's verdict
        quote = try #require(try store.quote(id: id))
        #expect(quote.note == nil)
        #expect(quote.status == .misquoted)
        #expect(quote.reviewedBy == "bob")
        #expect(quote.reviewedAt == Timestamp.string(from: t))
    }

    @Test("undoing a change someone has changed the quote after keeps their mark: their change stands")
    func undoUnderALaterChangeKeepsTheLaterMark() throws {
        let store = try TestData.twoArticles()
        let id = try #require(try store.quotes(matching: .all).first?.id)
        let t = TestData.moment
        try store.recordVerdict(quoteID: id, change: VerdictChange(note: "ana"), reviewer: "ana", at: t)
        try store.recordVerdict(quoteID: id, change: VerdictChange(rating: .false), reviewer: "bob", at: t + 1)
        try store.undoLastChange(by: "ana", at: t + 2)
        let quote = try #require(try store.quote(id: id))
        #expect(quote.note == nil)
        #expect(quote.rating == .false)
        #expect(quote.reviewedBy == "bob")
        #expect(quote.reviewedAt == Timestamp.string(from: t + 1))
    }

    @Test func nothingToUndo() throws {
        let store = try TestData.twoArticles()
        #expect(try store.undoLastChange(by: "nobody") == nil)
    }
}
