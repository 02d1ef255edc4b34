import Extract
import Foundation
import Store
import Testing
@testable import Review

/// `review --order confidence`: the driver walks the least certain quotes first.
@Suite struct ConfidenceOrderTests {
    /// A store whose quotes A…E (default order) have confidences 0.8, none, 0.2, 0.6 and 0.2.
    static func store() throws -> (ClaimsStore, [Int64]) {
        let store = try ClaimsStore.inMemory()
        let confidences: [Double?] = [0.8, nil, 0.2, 0.6, 0.2]
        let quotes = ["Alpha words", "Bravo words", "Charlie words", "Delta words", "Echo words"].enumerated()
            .map { index, text in
                Quote(text: text, kind: .direct, speaker: "Jane Smith", paragraph: 0, start: 0,
                      end: text.unicodeScalars.count, context: text,
                      rule: confidences[index] == nil ? nil : "after-cue", confidence: confidences[index])
            }
        _ = try store.importSource(NewSource(sha256: "s1", byteCount: 1), article: Article(title: "T"),
                                   quotes: quotes)
        return (store, try store.quotes(matching: .all).map(\.id))
    }

    @Test("verdicts walk the queue from the lowest confidence up; the quote without one comes last")
    func walksLeastCertainFirst() async throws {
        let (store, ids) = try Self.store()
        var driver = try await ReviewDriver(store: store, filter: QuoteFilter(order: .confidence), reviewer: "ann")
        var shown: [Int64] = []
        while let current = driver.session.current {
            shown.append(current.id)
            _ = try await driver.perform(.verdict(.verified))
        }
        #expect(shown == [ids[2], ids[4], ids[3], ids[0], ids[1]])
        #expect(driver.currentStep == .finished)
    }

    @Test("a skip moves on in confidence order, and coming back resumes at the least certain quote left")
    func skipAndResume() async throws {
        let (store, ids) = try Self.store()
        let filter = QuoteFilter(order: .confidence)
        var driver = try await ReviewDriver(store: store, filter: filter, reviewer: "ann")
        _ = try await driver.perform(.skip)  // C skipped
        #expect(driver.session.current?.id == ids[4])
        _ = try await driver.perform(.verdict(.misquoted))  // E
        #expect(driver.session.current?.id == ids[3])
        let again = try await ReviewDriver(store: store, filter: filter, reviewer: "ann")
        #expect(again.session.current?.id == ids[2])
    }

    @Test("the default order stays the order of first appearance")
    func defaultOrderUnchanged() async throws {
        let (store, ids) = try Self.store()
        var driver = try await ReviewDriver(store: store, filter: .all, reviewer: "ann")
        var shown: [Int64] = []
        while let current = driver.session.current {
            shown.append(current.id)
            _ = try await driver.perform(.skip)
        }
        #expect(shown == ids)
    }
}
