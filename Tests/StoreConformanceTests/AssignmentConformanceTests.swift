import Foundation
import Store
import Testing

/// Assignments (`assign ID… --to NAME`) and the removal of a claim behave alike on every backend.
@Suite("Store conformance: assignments and removed claims")
struct AssignmentConformanceTests {
    @Test("an assignment is all or nothing, audited, a filter, and an unchanged one writes nothing",
          arguments: Backend.available)
    func assign(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = harness.store
            try await ConformanceData.importTwoArticles(into: store)
            await #expect(throws: StoreError.noQuotes([98, 99])) {
                try await store.assign(quoteIDs: [1, 98, 99], to: "ana", by: "lead", at: ConformanceData.moment)
            }
            #expect(try await store.assignee(ofQuote: 1) == nil, "nothing was assigned")
            let done = try await store.assign(quoteIDs: [3, 1, 3], to: "ana", by: "lead", at: ConformanceData.moment)
            #expect(done == [Assignment(quoteID: 3, previous: nil, assignee: "ana"),
                             Assignment(quoteID: 1, previous: nil, assignee: "ana")])
            #expect(try await store.quotes(matching: QuoteFilter(assignedTo: "ana")).map(\.id) == [1, 3])
            #expect(try await store.quotes(matching: QuoteFilter(assignedTo: "bob")).isEmpty)
            let entry = try #require(try await store.history(quoteID: 1).last)
            #expect([entry.field, entry.who, entry.oldValue, entry.newValue, entry.at]
                == ["assigned", "lead", nil, "ana", "2024-05-01T12:00:00.000Z"])
            #expect(try await store.snapshot(ofQuote: 1)?.version == entry.id, "an assignment grows the version")
            let again = try await store.assign(quoteIDs: [1], to: "ana", by: "lead", at: ConformanceData.later(1))
            #expect(again.map(\.changed) == [false])
            #expect(try await store.history(quoteID: 1).count == 1, "an unchanged assignment writes nothing")
            let moved = try await store.assign(quoteIDs: [1], to: "bob", by: "lead", at: ConformanceData.later(2))
            #expect(moved == [Assignment(quoteID: 1, previous: "ana", assignee: "bob")])
            try await store.assign(quoteIDs: [1], to: nil, by: "lead", at: ConformanceData.later(3))
            #expect(try await store.assignee(ofQuote: 1) == nil)
            #expect(try await store.history(quoteID: 1).last?.oldValue == "bob")
            await #expect(throws: StoreError.noQuote(42)) { try await store.assignee(ofQuote: 42) }
        }
    }

    @Test("the id of a joined claim assigns the claim it joined; undo leaves assignments alone",
          arguments: Backend.available)
    func joinedAndUndo(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = harness.store
            try await SpeakerChangeConformanceTests.prepare(store)
            try await store.recordVerdict(quoteID: 7, change: VerdictChange(speaker: "Smith"), reviewer: "lead",
                                          at: ConformanceData.later(1), expecting: nil)
            let done = try await store.assign(quoteIDs: [1, 7], to: "ana", by: "lead", at: ConformanceData.later(2))
            #expect(done == [Assignment(quoteID: 1, previous: nil, assignee: "ana"),
                             Assignment(quoteID: 1, previous: "ana", assignee: "ana")])
            #expect(try await store.assignee(ofQuote: 7) == "ana")
            #expect(try await store.undoLastChange(by: "lead", at: ConformanceData.later(3)) != nil,
                    "the speaker change is undone, not the assignment")
            #expect(try await store.assignee(ofQuote: 1) == "ana")
        }
    }

    @Test("a claim taken out with a removed source tells why, and takes no assignment", arguments: Backend.available)
    func removed(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = harness.store
            try await ConformanceData.importTwoArticles(into: store)
            // What `sources remove 2` leaves: the claim it carried alone (5, "Someone said this") taken out with it.
            try await harness.execute("UPDATE source SET removed_at = '2024-05-01T12:00:00.000Z', removed_by = 'ana' WHERE id = 2")
            try await harness.execute("UPDATE quote SET removed_with = 2 WHERE id = 5")
            let removal = QuoteRemoval(quoteID: 5, sourceID: 2, removedBy: "ana", removedAt: "2024-05-01T12:00:00.000Z")
            #expect(try await store.removal(ofQuote: 5) == removal)
            #expect(try await store.removal(ofQuote: 1) == nil)
            await #expect(throws: StoreError.noQuote(42)) { try await store.removal(ofQuote: 42) }
            await #expect(throws: StoreError.removedQuotes([removal])) {
                try await store.assign(quoteIDs: [1, 5], to: "bob", by: "lead", at: ConformanceData.moment)
            }
            #expect(try await store.assignee(ofQuote: 1) == nil, "all or nothing")
            await #expect(throws: StoreError.noQuotes([42]), "unknown ids are named before removed ones") {
                try await store.assign(quoteIDs: [5, 42], to: "bob", by: "lead", at: ConformanceData.moment)
            }
        }
    }

    @Test("two stores assigning overlapping claims in opposite orders at once: both finish, each change audited",
          arguments: Backend.available)
    func concurrentAssignments(backend: Backend) async throws {
        try await withStore(backend) { harness in
            try await ConformanceData.importTwoArticles(into: harness.store)
            let ids: [Int64] = [1, 2, 3, 4, 5, 6]
            let stores = [try await harness.reopen(), try await harness.reopen()]
            try await withThrowingTaskGroup(of: Void.self) { group in
                for (index, store) in stores.enumerated() {
                    group.addTask {
                        for round in 0..<10 {
                            try await store.assign(quoteIDs: index == 0 ? ids : ids.reversed(), to: "r\(index)-\(round)",
                                                   by: "lead-\(index)", at: ConformanceData.later(Double(round)))
                        }
                        await (store as? any ClosableStore)?.closeStore()
                    }
                }
                try await group.waitForAll()
            }
            for id in ids {
                let trail = try await harness.store.history(quoteID: id)
                #expect(trail.count == 20)
                for (earlier, later) in zip(trail, trail.dropFirst()) {
                    #expect(later.oldValue == earlier.newValue, "quote \(id): an assignment overwrote one unseen")
                }
                #expect(try await harness.store.assignee(ofQuote: id) == trail.last?.newValue)
            }
        }
    }
}
