import Foundation
import Store
import Testing

/// Verdicts, the conflict rule of issue 6, undo and the trail behave alike on every backend.
@Suite("Store conformance: verdicts, conflicts, undo, history")
struct VerdictConformanceTests {
    @Test("a verdict changes the quote, writes one entry per field that changed and raises the version",
          arguments: Backend.available)
    func verdict(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = harness.store
            try await ConformanceData.importTwoArticles(into: store)
            let before = try #require(try await store.snapshot(ofQuote: 2))
            #expect(before.version == 0)
            let after = try await store.recordVerdict(
                quoteID: 2, change: VerdictChange(status: .verified, rating: .mostlyTrue, note: "on the record",
                                                  evidence: "https://record.example/2", role: " Mayor "),
                reviewer: "ana", at: ConformanceData.later(5), expecting: before.version)
            #expect(after.status == .verified && after.rating == .mostlyTrue && after.note == "on the record")
            #expect(after.evidence == ["https://record.example/2"])
            #expect(after.speakerRole == "Mayor")
            #expect(after.reviewedBy == "ana" && after.reviewedAt == "2024-05-01T12:05:00.000Z")
            let trail = try await store.history(quoteID: 2)
            #expect(trail.map(\.field) == ["status", "rating", "note", "evidence", "speaker_role"])
            #expect(Set(trail.map(\.changeID)).count == 1)
            #expect(trail.first?.oldValue == "unreviewed" && trail.first?.newValue == "verified")
            #expect(after.version == trail.last?.id)
            #expect(try await store.snapshot(ofQuote: 2)?.version == after.version)
            // Nothing changes: no entry, same version.
            let same = try await store.recordVerdict(quoteID: 2, change: VerdictChange(status: .verified),
                                                     reviewer: "ana", at: ConformanceData.later(6), expecting: nil)
            #expect(same.version == after.version)
        }
    }

    @Test("a rating is taken away by one verdict or by several at once, each traced; undo gives it back",
          arguments: Backend.available)
    func clearingARating(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = harness.store
            try await ConformanceData.importTwoArticles(into: store)
            for id: Int64 in [1, 2] {
                try await store.recordVerdict(quoteID: id, change: VerdictChange(rating: .false), reviewer: "ana",
                                              at: ConformanceData.later(1), expecting: nil)
            }
            let cleared = try await store.recordVerdict(quoteID: 1, change: VerdictChange(clearsRating: true),
                                                        reviewer: "bob", at: ConformanceData.later(2), expecting: nil)
            #expect(cleared.rating == nil)
            let entry = try #require(try await store.history(quoteID: 1).last)
            #expect(entry.field == "rating" && entry.oldValue == "false" && entry.newValue == nil && entry.who == "bob")
            // A set rating wins over clearing; a quote without one is left as it is, with no entry.
            let both = try await store.recordVerdict(quoteID: 1, change: VerdictChange(rating: .unproven, clearsRating: true),
                                                     reviewer: "bob", at: ConformanceData.later(3), expecting: nil)
            #expect(both.rating == .unproven)
            let unrated = try #require(try await store.snapshot(ofQuote: 3))
            let untouched = try await store.recordVerdict(quoteID: 3, change: VerdictChange(clearsRating: true),
                                                          reviewer: "bob", at: ConformanceData.later(4), expecting: nil)
            #expect(untouched.version == unrated.version && untouched.rating == nil)
            // Several at once.
            let outcomes = try await store.recordVerdicts(quoteIDs: [1, 2], change: VerdictChange(clearsRating: true),
                                                          reviewer: "bob", at: ConformanceData.later(5), expecting: nil)
            #expect(outcomes.map(\.quote.rating) == [nil, nil])
            #expect(try await store.quote(id: 2)?.rating == nil)
            // Undo gives the quote it touches the rating it had before.
            let undone = try #require(try await store.undoLastChange(by: "bob", at: ConformanceData.later(6)))
            let before: [Int64: Rating] = [1: .unproven, 2: .false]
            #expect(try await store.quote(id: undone)?.rating == before[undone])
        }
    }

    @Test("the next quote to review skips reviewed ones, in either order, and pages after a quote",
          arguments: Backend.available)
    func nextToReview(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = harness.store
            try await ConformanceData.importTwoArticles(into: store)
            try await store.recordVerdict(quoteID: 1, change: VerdictChange(status: .verified), reviewer: "ana",
                                          at: ConformanceData.later(1), expecting: nil)
            #expect(try await store.nextUnreviewed(matching: .all, after: nil)?.id == 2)
            #expect(try await store.nextUnreviewed(matching: QuoteFilter(status: "verified"), after: 3)?.id == 4)
            #expect(try await store.nextUnreviewed(matching: QuoteFilter(order: .confidence), after: nil)?.id == 5)
            #expect(try await store.nextUnreviewed(matching: .all, after: 6) == nil)
            #expect(try await store.nextQuote(matching: QuoteFilter(status: "verified"), after: nil)?.id == 1)
            #expect(try await store.nextQuote(matching: QuoteFilter(status: "all"), after: 1)?.id == 2)
            #expect(try await store.nextQuote(matching: QuoteFilter(speaker: "bob jones"), after: 3) == nil)
        }
    }

    @Test("a verdict on an older version is refused, names the other change and records nothing",
          arguments: Backend.available)
    func conflict(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = harness.store
            try await ConformanceData.importTwoArticles(into: store)
            let shown = try #require(try await store.snapshot(ofQuote: 1))
            try await store.recordVerdict(quoteID: 1, change: VerdictChange(status: .misquoted), reviewer: "bob",
                                          at: ConformanceData.later(1), expecting: shown.version)
            let error = await #expect(throws: StoreError.self) {
                try await store.recordVerdict(quoteID: 1, change: VerdictChange(status: .verified), reviewer: "ana",
                                              at: ConformanceData.later(2), expecting: shown.version)
            }
            guard case .conflict(let conflict) = error else {
                Issue.record("expected a conflict, got \(String(describing: error))")
                return
            }
            #expect(conflict.quoteID == 1 && conflict.expected == 0)
            #expect(conflict.changes.map(\.who) == ["bob"])
            #expect(conflict.changes.map(\.newValue) == ["misquoted"])
            #expect(error?.localizedDescription.contains("bob set status unreviewed → misquoted") == true)
            #expect(try await store.quote(id: 1)?.status == .misquoted)
            #expect(try await store.history(quoteID: 1).count == 1)
        }
    }

    @Test("refusals name the input: unknown quote, evidence not listed, bad day, empty text",
          arguments: Backend.available)
    func refusals(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = harness.store
            try await ConformanceData.importTwoArticles(into: store)
            let at = ConformanceData.later(1)
            await #expect(throws: StoreError.noQuote(77)) {
                try await store.recordVerdict(quoteID: 77, change: VerdictChange(status: .verified), reviewer: "ana",
                                              at: at, expecting: nil)
            }
            await #expect(throws: StoreError.evidenceNotListed(quoteID: 1, url: "https://x.example/")) {
                try await store.recordVerdict(quoteID: 1, change: VerdictChange(removedEvidence: ["https://x.example/"]),
                                              reviewer: "ana", at: at, expecting: nil)
            }
            await #expect(throws: StoreError.invalidDate("2024-02-30")) {
                try await store.recordVerdict(quoteID: 1, change: VerdictChange(saidOn: "2024-02-30"), reviewer: "ana",
                                              at: at, expecting: nil)
            }
            await #expect(throws: StoreError.emptyText(1)) {
                try await store.recordVerdict(quoteID: 1, change: VerdictChange(text: "  "), reviewer: "ana",
                                              at: at, expecting: nil)
            }
            await #expect(throws: StoreError.invalidEvidence("ftp://x")) {
                try await store.recordVerdict(quoteID: 1, change: VerdictChange(evidence: "ftp://x"), reviewer: "ana",
                                              at: at, expecting: nil)
            }
            #expect(try await store.history(quoteID: 1).isEmpty)
            await #expect(throws: StoreError.noQuote(77)) { try await store.history(quoteID: 77) }
        }
    }

    @Test("undo reverses the reviewer's last change, gives back the earlier mark, and reaches further back",
          arguments: Backend.available)
    func undo(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = harness.store
            try await ConformanceData.importTwoArticles(into: store)
            #expect(try await store.undoLastChange(by: "ana", at: ConformanceData.later(0)) == nil)
            try await store.recordVerdict(quoteID: 1, change: VerdictChange(status: .misquoted, note: "bob's"),
                                          reviewer: "bob", at: ConformanceData.later(1), expecting: nil)
            try await store.recordVerdict(quoteID: 1, change: VerdictChange(status: .verified, rating: .true),
                                          reviewer: "ana", at: ConformanceData.later(2), expecting: nil)
            try await store.recordVerdict(quoteID: 2, change: VerdictChange(saidOn: "2024-01-02"),
                                          reviewer: "ana", at: ConformanceData.later(3), expecting: nil)
            #expect(try await store.undoLastChange(by: "ana", at: ConformanceData.later(4)) == 2)
            let two = try #require(try await store.quote(id: 2))
            #expect(two.saidOn == "2024-04-30" && two.saidOnBasis == .explicit)
            #expect(two.reviewedBy == nil && two.reviewedAt == nil)
            #expect(try await store.undoLastChange(by: "ana", at: ConformanceData.later(5)) == 1)
            let one = try #require(try await store.quote(id: 1))
            #expect(one.status == .misquoted && one.rating == nil && one.note == "bob's")
            #expect(one.reviewedBy == "bob" && one.reviewedAt == "2024-05-01T12:01:00.000Z")
            #expect(try await store.undoLastChange(by: "ana", at: ConformanceData.later(6)) == nil)
            let trail = try await store.history(quoteID: 1)
            #expect(trail.map(\.who) == ["bob", "bob", "ana", "ana", "ana", "ana"])
            #expect(trail.suffix(2).allSatisfy { $0.isUndo })
            #expect(trail.map(\.id) == trail.map(\.id).sorted())
        }
    }
}
