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

    @Test func nothingToUndo() throws {
        let store = try TestData.twoArticles()
        #expect(try store.undoLastChange(by: "nobody") == nil)
    }
}
