import Extract
import Foundation
import Store
import Testing
@testable import Review

@Suite struct ReviewDriverTests {
    /// A store with four unreviewed quotes, in order A, B, C, D.
    static func store() throws -> (ClaimsStore, [Int64]) {
        let store = try ClaimsStore.inMemory()
        let quotes = ["Alpha words", "Bravo words", "Charlie words", "Delta words"].enumerated().map { index, text in
            Quote(text: text, kind: .direct, speaker: index == 3 ? "Bob Jones" : "Jane Smith",
                  paragraph: 0, start: 0, end: text.unicodeScalars.count, context: text)
        }
        _ = try store.importSource(NewSource(sha256: "s1", byteCount: 1), article: Article(title: "T"),
                                   quotes: quotes)
        return (store, try store.quotes(matching: .all).map(\.id))
    }

    /// Feeds piped lines to a driver and returns the steps.
    static func run(_ lines: [String], on driver: inout ReviewDriver) async throws -> [ReviewStep] {
        var steps: [ReviewStep] = []
        for line in lines { steps.append(try await driver.perform(ReviewCommand.parse(line: line))) }
        return steps
    }

    @Test func verifyThenQuit() async throws {
        let (store, ids) = try Self.store()
        var driver = try await ReviewDriver(store: store, filter: .all, reviewer: "ann")
        #expect(driver.session.current?.id == ids[0])
        let steps = try await Self.run(["v", "q"], on: &driver)
        #expect(steps.last == .quit)
        guard case .show(let next) = steps.first else {
            Issue.record("expected the next quote, got \(steps)")
            return
        }
        #expect(next.id == ids[1])
        #expect(try store.quote(id: ids[0])?.status == .verified)
        let history = try store.history(quoteID: ids[0])
        #expect(history.map(\.who) == ["ann"])
        #expect(history.map(\.newValue) == ["verified"])
    }

    @Test func notesAndRatingsStayOnTheQuote() async throws {
        let (store, ids) = try Self.store()
        var driver = try await ReviewDriver(store: store, filter: .all, reviewer: "ann")
        let steps = try await Self.run(["n needs the tape", "r", "e https://tape.example"], on: &driver)
        #expect(steps[1] == .prompt(.rating))
        #expect(driver.session.current?.id == ids[0])
        #expect(driver.session.current?.note == "needs the tape")
        #expect(driver.session.current?.evidence == ["https://tape.example"])
        #expect(try await driver.perform(.parse(answer: "false", for: .rating))
            == .show(try #require(try store.quote(id: ids[0]))))
    }

    @Test func skippedQuotesAreNotShownAgainInTheSession() async throws {
        let (store, ids) = try Self.store()
        var driver = try await ReviewDriver(store: store, filter: .all, reviewer: "ann")
        _ = try await Self.run(["", "v"], on: &driver)  // skip A, verify B
        #expect(driver.session.current?.id == ids[2])
        _ = try await Self.run(["z"], on: &driver)  // B comes back
        #expect(driver.session.current?.id == ids[1])
        #expect(try store.quote(id: ids[1])?.status == .unreviewed)
        _ = try await Self.run(["m"], on: &driver)  // misquoted B; A stays skipped
        #expect(driver.session.current?.id == ids[2])
        let steps = try await Self.run(["v", "v"], on: &driver)
        #expect(steps.last == .finished)
        #expect(try store.quote(id: ids[0])?.status == .unreviewed)
    }

    @Test func startingAgainResumesAtTheNextUnreviewed() async throws {
        let (store, ids) = try Self.store()
        var first = try await ReviewDriver(store: store, filter: .all, reviewer: "ann")
        _ = try await Self.run(["v", "a", "q"], on: &first)
        let second = try await ReviewDriver(store: store, filter: .all, reviewer: "ann")
        #expect(second.session.current?.id == ids[2])
        #expect(second.currentStep == .show(try #require(try store.quote(id: ids[2]))))
    }

    @Test func filterLimitsTheQueue() async throws {
        let (store, ids) = try Self.store()
        var driver = try await ReviewDriver(store: store, filter: QuoteFilter(speaker: "bob jones"), reviewer: "ann")
        #expect(driver.session.current?.id == ids[3])
        #expect(try await driver.perform(.verdict(.verified)) == .finished)
    }

    @Test func refusedInputKeepsTheQuote() async throws {
        let (store, ids) = try Self.store()
        var driver = try await ReviewDriver(store: store, filter: .all, reviewer: "ann")
        #expect(try await driver.perform(.parse(line: "d yesterday"))
            == .invalid("'d': 'yesterday' is not a day of the calendar (write it YYYY-MM-DD)"))
        #expect(try await driver.perform(.parse(line: "x")) == .invalid("unknown key 'x': press ? for help"))
        #expect(try await driver.perform(.undo) == .invalid("nothing to undo"))
        #expect(try await driver.perform(.help) == .help)
        #expect(driver.session.current?.id == ids[0])
    }

    @Test("piped: a verdict refused for a change made meanwhile keeps the quote; the next line does not reach the next quote")
    func aRefusedVerdictKeepsTheQuoteCurrent() async throws {
        let (store, ids) = try Self.store()
        var driver = try await ReviewDriver(store: store, filter: .all, reviewer: "ann", conflictPolicy: .holdUntilSettled)
        try store.recordVerdict(quoteID: ids[0], change: VerdictChange(note: "from bob"), reviewer: "bob")
        guard case .conflict = try await driver.perform(.verdict(.verified)) else {
            Issue.record("expected a conflict")
            return
        }
        guard case .invalid = try await driver.perform(.verdict(.misquoted)) else {
            Issue.record("expected the line to be refused")
            return
        }
        #expect(driver.session.current?.id == ids[0])
        #expect(try store.quote(id: ids[1])?.status == .unreviewed, "the next quote is untouched")
        #expect(try await driver.perform(.confirm) == .show(try #require(try store.quote(id: ids[1]))))
        #expect(try store.quote(id: ids[0])?.status == .verified)
        #expect(driver.lastChanges.map(\.line) == ["#\(ids[0]) verified"])
    }

    @Test("the driver says which quote each command changed, undo included")
    func changesAreReported() async throws {
        let (store, ids) = try Self.store()
        var driver = try await ReviewDriver(store: store, filter: .all, reviewer: "ann")
        _ = try await driver.perform(.note("checked"))
        #expect(driver.lastChanges.map(\.line) == ["#\(ids[0]) unreviewed; note: checked"])
        _ = try await driver.perform(.verdict(.misquoted))
        #expect(driver.lastChanges.map(\.line) == ["#\(ids[0]) misquoted"])
        _ = try await driver.perform(.skip)
        #expect(driver.lastChanges.isEmpty)
        _ = try await driver.perform(.undo)
        #expect(driver.lastChanges.map(\.line) == ["#\(ids[0]) unreviewed (undo; by ann)"])
        _ = try await driver.perform(.note("checked"))
        #expect(driver.lastChanges.isEmpty, "the same note again changes nothing")
    }
}
