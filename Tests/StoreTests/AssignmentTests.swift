import Foundation
import Testing
@testable import Store

/// `assign ID… --to NAME` in the store: all or nothing, audited, a filter, carried by the JSON Lines round trip.
@Suite struct AssignmentTests {
    @Test func assignsAllOrNothingAndAudits() throws {
        let store = try TestData.twoArticles()
        let ids = try store.quotes(matching: .all).map(\.id)
        #expect(throws: StoreError.noQuotes([98, 99])) {
            try store.assign(quoteIDs: [ids[0], 98, 99], to: "ana", by: "lead")
        }
        #expect(try store.assignee(ofQuote: ids[0]) == nil, "nothing was assigned")

        let done = try store.assign(quoteIDs: [ids[0], ids[2], ids[0]], to: "ana", by: "lead", at: TestData.moment)
        #expect(done == [Assignment(quoteID: ids[0], previous: nil, assignee: "ana"),
                         Assignment(quoteID: ids[2], previous: nil, assignee: "ana")])
        #expect(try store.quotes(matching: QuoteFilter(assignedTo: "ana")).map(\.id) == [ids[0], ids[2]])
        #expect(try store.quotes(matching: QuoteFilter(assignedTo: "bob")).isEmpty)
        let entry = try #require(try store.history(quoteID: ids[0]).last)
        #expect([entry.field, entry.who, entry.oldValue, entry.newValue, entry.at]
            == ["assigned", "lead", nil, "ana", "2024-05-01T12:00:00.000Z"])

        let again = try store.assign(quoteIDs: [ids[0]], to: "ana", by: "lead")
        #expect(again.map(\.changed) == [false])
        #expect(try store.history(quoteID: ids[0]).count == 1, "an unchanged assignment writes nothing")

        try store.assign(quoteIDs: [ids[0]], to: nil, by: "lead")
        #expect(try store.assignee(ofQuote: ids[0]) == nil)
        #expect(try store.history(quoteID: ids[0]).last?.oldValue == "ana")
    }

    @Test func undoLeavesAssignmentsAlone() throws {
        let store = try TestData.twoArticles()
        let ids = try store.quotes(matching: .all).map(\.id)
        try store.recordVerdict(quoteID: ids[1], change: VerdictChange(status: .verified), reviewer: "lead")
        try store.assign(quoteIDs: [ids[0]], to: "ana", by: "lead")
        #expect(try store.undoLastChange(by: "lead") == ids[1], "the verdict is undone, not the assignment")
        #expect(try store.assignee(ofQuote: ids[0]) == "ana")
    }

    @Test func theRoundTripCarriesTheAssignment() throws {
        let store = try TestData.twoArticles()
        let ids = try store.quotes(matching: .all).map(\.id)
        try store.assign(quoteIDs: [ids[1], ids[3]], to: "ana", by: "lead", at: TestData.moment)
        try store.assign(quoteIDs: [ids[3]], to: "bob", by: "lead", at: TestData.moment.addingTimeInterval(60))
        let restored = try ClaimsStore.inMemory()
        try MergeTests.merge(try MergeTests.export(store), into: restored)
        #expect(try restored.quotes(matching: QuoteFilter(assignedTo: "ana")).map(\.id) == [ids[1]])
        #expect(try restored.quotes(matching: QuoteFilter(assignedTo: "bob")).map(\.id) == [ids[3]])
        #expect(try MergeTests.export(restored) == MergeTests.export(store))
    }

    @Test func removedQuotesTakeNoVerdictAndNoAssignment() throws {
        let store = try TestData.twoArticles()
        let quotes = try store.quotes(matching: .all)
        let alone = try #require(quotes.first { $0.text == "Someone said this" })
        let live = try #require(quotes.first)
        try store.removeSource(id: 2, by: "ana", at: TestData.moment)
        let removal = QuoteRemoval(quoteID: alone.id, sourceID: 2, removedBy: "ana", removedAt: "2024-05-01T12:00:00.000Z")
        #expect(try store.removal(ofQuote: alone.id) == removal)
        #expect(try store.removal(ofQuote: live.id) == nil)
        #expect(throws: StoreError.removedQuotes([removal])) {
            try store.recordVerdicts(quoteIDs: [live.id, alone.id], change: VerdictChange(status: .verified), reviewer: "bob")
        }
        #expect(try store.quote(id: live.id)?.status == .unreviewed, "all or nothing")
        #expect(throws: StoreError.removedQuotes([removal])) {
            try store.recordVerdict(quoteID: alone.id, change: VerdictChange(note: "n"), reviewer: "bob")
        }
        #expect(throws: StoreError.removedQuotes([removal])) {
            try store.assign(quoteIDs: [alone.id], to: "bob", by: "lead")
        }
        try store.restoreSource(id: 2, by: "ana")
        #expect(try store.recordVerdict(quoteID: alone.id, change: VerdictChange(status: .verified), reviewer: "bob")
            .status == .verified)
    }
}
