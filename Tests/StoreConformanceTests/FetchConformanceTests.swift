import Foundation
import Store
import Testing

/// The fetches recorded for sources (`import URL`) read alike on every backend.
@Suite("Store conformance: fetches")
struct FetchConformanceTests {
    @Test("a fetch is recorded once, read oldest first, and the latest of each source is found",
          arguments: Backend.available)
    func fetches(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = harness.store
            try await ConformanceData.importTwoArticles(into: store)
            let fetch = SourceFetch(requestedURL: "https://b.example/story", finalURL: "https://b.example/story?page=1",
                                    status: 200, contentType: "text/html; charset=utf-8",
                                    fetchedAt: ConformanceData.later(2))
            let earlier = SourceFetch(requestedURL: "http://b.example/story", finalURL: "https://b.example/story",
                                      status: 200, contentType: nil, fetchedAt: ConformanceData.later(1))
            let sameMoment = SourceFetch(requestedURL: "https://b.example/amp", finalURL: "https://b.example/amp",
                                         status: 203, contentType: "text/html", fetchedAt: ConformanceData.later(2))
            let fromSidecar = SourceFetch(requestedURL: "https://a.example/", finalURL: "https://a.example/",
                                          status: 200, contentType: "text/html", fetchedAtText: "2024-05-01T12:00:00Z")
            #expect(try await store.recordFetch(fetch, sourceID: 2))
            #expect(try await store.recordFetch(fetch, sourceID: 2) == false, "the same fetch again changes nothing")
            #expect(try await store.recordFetch(earlier, sourceID: 2))
            #expect(try await store.recordFetch(sameMoment, sourceID: 2))
            #expect(try await store.recordFetch(fromSidecar, sourceID: 1))
            await #expect(throws: StoreError.noSource(9)) { try await store.recordFetch(fetch, sourceID: 9) }
            // Oldest first; two at the same moment in the order they were recorded.
            #expect(try await store.fetches(ofSource: 2) == [earlier, fetch, sameMoment])
            #expect(try await store.fetches(ofSource: 1) == [fromSidecar])
            #expect(try await store.fetches(ofSource: 9).isEmpty)
            #expect(try await store.latestFetches() == [1: fromSidecar, 2: sameMoment])
        }
    }

    @Test("a store without fetches has no latest fetch", arguments: Backend.available)
    func none(backend: Backend) async throws {
        try await withStore(backend) { harness in
            try await ConformanceData.importTwoArticles(into: harness.store)
            #expect(try await harness.store.latestFetches().isEmpty)
            #expect(try await harness.store.fetches(ofSource: 1).isEmpty)
        }
    }
}
