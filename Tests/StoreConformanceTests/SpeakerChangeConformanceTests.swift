import Foundation
import Store
import Testing

/// A verdict that changes the speaker, joining claims that become identical, behaves alike on every backend.
@Suite("Store conformance: speaker changes and claim joins")
struct SpeakerChangeConformanceTests {
    /// Imports the two articles and a third where Bob Jones says Jane Smith's first words (claim 7).
    static func prepare(_ store: any ClaimStore) async throws {
        try await ConformanceData.importTwoArticles(into: store)
        _ = try await store.importSource(ConformanceData.source("c"), article: ConformanceData.article("c"), quotes: [
            ConformanceData.quote("We will win!", by: "Bob Jones"),
        ])
    }

    @Test("a new speaker by alias moves the claim, with a speaker entry; an unknown name creates the speaker",
          arguments: Backend.available)
    func moveClaim(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = harness.store
            try await Self.prepare(store)
            let moved = try await store.recordVerdict(quoteID: 6, change: VerdictChange(speaker: "ZOLA"),
                                                      reviewer: "ana", at: ConformanceData.later(1), expecting: 0)
            #expect(moved.id == 6 && moved.speaker == "Émile Zola")
            #expect(moved.reviewedBy == "ana")
            let entry = try #require(try await store.history(quoteID: 6).last)
            #expect(entry.field == "speaker" && entry.oldValue == "jane smith" && entry.newValue == "Émile Zola")
            let created = try await store.recordVerdict(quoteID: 5, change: VerdictChange(speaker: " Nadia Haddad "),
                                                        reviewer: "ana", at: ConformanceData.later(2), expecting: nil)
            #expect(created.speaker == "Nadia Haddad")
            #expect(try await store.speakers().map(\.name).contains("Nadia Haddad"))
            await #expect(throws: StoreError.emptySpeakerName) {
                try await store.recordVerdict(quoteID: 5, change: VerdictChange(speaker: "  "), reviewer: "ana",
                                              at: ConformanceData.later(3), expecting: nil)
            }
        }
    }

    @Test("a speaker who already has the words joins the two claims into the one that appeared first, and undo moves it back",
          arguments: Backend.available)
    func joinAndUndo(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = harness.store
            try await Self.prepare(store)
            try await store.recordVerdict(quoteID: 7, change: VerdictChange(status: .verified, evidence: "https://r.example/7"),
                                          reviewer: "bob", at: ConformanceData.later(1), expecting: nil)
            let joined = try await store.recordVerdict(quoteID: 7, change: VerdictChange(speaker: "Smith"),
                                                       reviewer: "ana", at: ConformanceData.later(2), expecting: nil)
            #expect(joined.id == 1 && joined.speaker == "Jane Smith")
            #expect(joined.appearances == 2)
            #expect(joined.status == .verified && joined.evidence == ["https://r.example/7"])
            #expect(try await store.quotes(matching: .all).map(\.id) == [1, 2, 3, 4, 5, 6])
            #expect(try await store.snapshot(ofQuote: 7)?.quote.id == 1)
            let trail = try await store.history(quoteID: 1)
            #expect(trail.contains { $0.note == "join #7" && $0.field == "status" })
            #expect(try await store.undoLastChange(by: "ana", at: ConformanceData.later(3)) != nil)
            #expect(try await store.history(quoteID: 1).last?.note == "undo")
        }
    }
}
