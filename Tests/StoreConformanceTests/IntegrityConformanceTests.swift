import Foundation
import Store
import Testing

/// The integrity check and the appearance counts read alike on every backend: a healthy
/// store reports `ok`, a broken one the same problems in the same words.
@Suite("Store conformance: integrity check, appearance counts")
struct IntegrityConformanceTests {
    @Test("a healthy store reports ok, after imports, a join, a removal and a restore", arguments: Backend.available)
    func healthy(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = harness.store
            #expect(try await store.integrityCheck() == "ok")
            try await SpeakerChangeConformanceTests.prepare(store)
            try await store.recordVerdict(quoteID: 7, change: VerdictChange(speaker: "Smith"), reviewer: "ana",
                                          at: ConformanceData.later(1), expecting: nil)
            try await store.removeSource(id: 1, by: "ana", at: ConformanceData.later(2))
            #expect(try await store.integrityCheck() == "ok")
            try await store.restoreSource(id: 1, by: "ana", at: ConformanceData.later(3))
            #expect(try await store.integrityCheck() == "ok")
        }
    }

    @Test("a broken store names each problem, one per line, the same on every backend", arguments: Backend.available)
    func broken(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = harness.store
            try await ConformanceData.importTwoArticles(into: store)
            try await harness.execute("DELETE FROM appearance WHERE quote_id = 2")
            try await harness.execute("UPDATE quote SET removed_with = 1 WHERE id = 1")
            try await harness.execute("UPDATE source SET removed_at = '2024-05-01T12:00:00.000Z' WHERE id = 2")
            try await harness.execute("UPDATE quote SET merged_into = 4 WHERE id = 5")
            try await harness.execute("UPDATE quote SET merged_into = 5 WHERE id = 6")
            #expect(try await store.integrityCheck() == """
                quote #2: its first appearance (source #1, position 1) is missing
                quote #6: joined into #5, which is itself joined into another claim
                quote #5: joined into another claim but still has appearances of its own
                quote #6: joined into another claim but still has appearances of its own
                quote #1: taken out with source #1, which is in use
                source #2: removed without both who and when
                """)
        }
    }

    @Test("appearances are counted per source, by hash; a removal keeps the claims it took out",
          arguments: Backend.available)
    func appearanceCounts(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = harness.store
            #expect(try await store.appearanceCounts().isEmpty)
            try await ConformanceData.importTwoArticles(into: store)
            _ = try await store.importSource(ConformanceData.source("c"), article: ConformanceData.article("c"), quotes: [])
            #expect(try await store.appearanceCounts() == ["sha-a": 3, "sha-b": 4, "sha-c": 0])
            try await store.removeSource(id: 1, by: "ana", at: ConformanceData.later(1))
            // Claims 1 and 2 keep their appearances (taken out with the source); claim 3's is set aside.
            #expect(try await store.appearanceCounts() == ["sha-a": 2, "sha-b": 4, "sha-c": 0])
        }
    }
}
