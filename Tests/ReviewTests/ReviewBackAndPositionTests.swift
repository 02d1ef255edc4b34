import Extract
import Foundation
import Store
import Testing
@testable import Review

/// `b` goes back through the quotes shown, "n of N" counts the queue as it was at the start,
/// and `w` asks the caller to open the current quote's archived page.
@Suite struct ReviewBackAndPositionTests {
    @Test func backReturnsToTheQuotesShownBeforeInTurn() async throws {
        let (store, ids) = try ReviewDriverTests.store()
        var driver = try await ReviewDriver(store: store, filter: QuoteFilter(), reviewer: "ann")
        _ = try await ReviewDriverTests.run(["v", "", "m"], on: &driver)  // verify A, skip B, misquote C
        #expect(driver.session.current?.id == ids[3])
        #expect(try await driver.perform(.back) == .show(try #require(try store.quote(id: ids[2]))))
        #expect(try await driver.perform(.back) == .show(try #require(try store.quote(id: ids[1]))))
        // The skipped quote is back in the session: skipping it again moves on.
        #expect(!driver.session.skipped.contains(ids[1]))
        #expect(try await driver.perform(.back) == .show(try #require(try store.quote(id: ids[0]))))
        guard case .invalid(let message) = try await driver.perform(.back) else {
            Issue.record("back before the first quote should be refused")
            return
        }
        #expect(message.contains("no quote before"))
        // A, shown again, can be given another verdict.
        _ = try await ReviewDriverTests.run(["u"], on: &driver)
        #expect(try store.quote(id: ids[0])?.status == .unverifiable)
    }

    @Test func positionCountsTheQueueAsItWasAtTheStart() async throws {
        let (store, _) = try ReviewDriverTests.store()
        var driver = try await ReviewDriver(store: store, filter: QuoteFilter(), reviewer: "ann")
        #expect(driver.position == QueuePosition(number: 1, count: 4))
        #expect(driver.position.text == "1 of 4")
        _ = try await ReviewDriverTests.run(["v"], on: &driver)
        #expect(driver.position.text == "2 of 4")  // A left the unreviewed queue; N stays 4
        _ = try await ReviewDriverTests.run([""], on: &driver)
        #expect(driver.position.text == "3 of 4")
        _ = try await driver.perform(.back)
        #expect(driver.position.text == "2 of 4")
        #expect(QueuePosition(number: nil, count: 4).text == "– of 4")
    }

    @Test func wAsksToOpenTheArchivedPageAndTheQuoteStays() async throws {
        let (store, ids) = try ReviewDriverTests.store()
        var driver = try await ReviewDriver(store: store, filter: QuoteFilter(), reviewer: "ann")
        #expect(ReviewCommand.parse(key: "w") == .openArchive)
        #expect(ReviewCommand.parse(line: "w") == .openArchive)
        #expect(ReviewCommand.parse(key: "b") == .back)
        let step = try await driver.perform(.parse(line: "w"))
        #expect(step == .openArchive(try #require(try store.quote(id: ids[0]))))
        #expect(driver.session.current?.id == ids[0])
    }

    @Test func helpNamesTheNewKeys() {
        for key in ["b back", "w open the archived page", "PgUp PgDn", "Ctrl-Z suspend"] {
            #expect(ReviewSession.helpText.contains(key), "\(key)")
        }
    }
}
