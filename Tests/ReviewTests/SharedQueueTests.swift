import Extract
import Foundation
import Store
import Testing
@testable import Review

/// A clock the test moves by hand.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var moment: Date

    init(_ start: Date = Date(timeIntervalSince1970: 1_714_564_800)) { moment = start }

    /// The time now.
    var now: Date { lock.withLock { moment } }

    /// Moves the clock on by `seconds`.
    func advance(_ seconds: TimeInterval) { lock.withLock { moment += seconds } }

    /// The clock as a driver takes it.
    var function: @Sendable () -> Date { { [self] in now } }
}

/// Several reviewers on one queue: leases hand each their own quote; `--mine` narrows to assignments.
@Suite struct SharedQueueTests {
    @Test func twoReviewersGetDifferentQuotesAndAThirdGetsTheFirstBackWhenTheFirstQuits() async throws {
        let (store, ids) = try ReviewDriverTests.store()
        let clock = TestClock()
        var ana = try await ReviewDriver(store: store, filter: QuoteFilter(), reviewer: "ana", clock: clock.function)
        let bob = try await ReviewDriver(store: store, filter: QuoteFilter(), reviewer: "bob", clock: clock.function)
        #expect(ana.session.current?.id == ids[0])
        #expect(bob.session.current?.id == ids[1])
        #expect(try await ana.perform(.quit) == .quit)
        let cy = try await ReviewDriver(store: store, filter: QuoteFilter(), reviewer: "cy", clock: clock.function)
        #expect(cy.session.current?.id == ids[0])
    }

    @Test func aVerdictOrASkipMovesTheLeaseOn() async throws {
        let (store, ids) = try ReviewDriverTests.store()
        let clock = TestClock()
        var ana = try await ReviewDriver(store: store, filter: QuoteFilter(), reviewer: "ana", clock: clock.function)
        _ = try await ana.perform(.verdict(.verified))  // A verified, B held
        #expect(try store.lease(onQuote: ids[1], at: clock.now)?.reviewer == "ana")
        _ = try await ana.perform(.skip)  // B skipped: let go, C held
        #expect(try store.lease(onQuote: ids[1], at: clock.now) == nil)
        let bob = try await ReviewDriver(store: store, filter: QuoteFilter(), reviewer: "bob", clock: clock.function)
        #expect(bob.session.current?.id == ids[1])
        try await bob.end()
        #expect(try store.lease(onQuote: ids[1], at: clock.now) == nil)
    }

    @Test func aLeaseExpiresAfterTenMinutesUnlessAKeyRenewsIt() async throws {
        let (store, ids) = try ReviewDriverTests.store()
        let clock = TestClock()
        var ana = try await ReviewDriver(store: store, filter: QuoteFilter(), reviewer: "ana", clock: clock.function)
        clock.advance(9 * 60)
        _ = try await ana.perform(.help)  // any key renews
        clock.advance(9 * 60)
        #expect(try await ReviewDriver(store: store, filter: QuoteFilter(), reviewer: "bob", clock: clock.function)
            .session.current?.id == ids[1], "renewed at nine minutes: still held at eighteen")
        clock.advance(2 * 60)
        let cy = try await ReviewDriver(store: store, filter: QuoteFilter(), reviewer: "cy", clock: clock.function)
        #expect(cy.session.current?.id == ids[0], "ten minutes without a key: let go")
    }

    @Test func aLeaseNeverBlocksAVerdictAndTheConflictRuleStillDecides() async throws {
        let (store, ids) = try ReviewDriverTests.store()
        let clock = TestClock()
        var ana = try await ReviewDriver(store: store, filter: QuoteFilter(), reviewer: "ana", clock: clock.function)
        #expect(ana.session.current?.id == ids[0])
        // Bob marks the quote ana holds, as `mark` does: it lands.
        _ = try store.recordVerdicts(quoteIDs: [ids[0]], change: VerdictChange(status: .misquoted), reviewer: "bob")
        #expect(try store.quote(id: ids[0])?.status == .misquoted)
        // Ana's verdict on her older view is refused as any conflict is, and given on the second press.
        guard case .conflict = try await ana.perform(.verdict(.verified)) else {
            Issue.record("expected a conflict")
            return
        }
        _ = try await ana.perform(.verdict(.verified))
        #expect(try store.quote(id: ids[0])?.status == .verified)
    }

    @Test func mineWalksOnlyTheReviewersAssignments() async throws {
        let (store, ids) = try ReviewDriverTests.store()
        try store.assign(quoteIDs: [ids[1], ids[3]], to: "ana", by: "lead")
        var ana = try await ReviewDriver(store: store, filter: QuoteFilter(assignedTo: "ana"), reviewer: "ana")
        #expect(ana.queue == [ids[1], ids[3]])
        #expect(ana.session.current?.id == ids[1])
        _ = try await ana.perform(.verdict(.verified))
        #expect(ana.session.current?.id == ids[3])
        #expect(try await ana.perform(.verdict(.verified)) == .finished)
        #expect(try store.lease(onQuote: ids[3], at: Date()) == nil, "nothing on screen, nothing held")
    }
}
