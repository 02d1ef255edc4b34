import Foundation
import Testing
@testable import Ingest
import Store

/// A workbench for fetch-and-import tests: an in-memory store and an archive in a scratch folder.
struct FetchBench {
    let folder: URL
    let store: ClaimsStore
    let archive: Archive
    let importer: Importer

    init() throws {
        folder = try scratchFolder()
        store = try ClaimsStore.inMemory()
        archive = Archive(directory: folder.appendingPathComponent("sources/archive"))
        importer = Importer(store: store, archive: archive)
    }

    /// Fetches each URL and imports it, as `quotecheck import` does; the failures come back.
    func importURLs(_ urls: [String], policy: FetchPolicy = testPolicy()) async throws -> (reports: [Importer.Report], failures: [any Error]) {
        try await Fetcher.withFetcher(policy: policy, archive: archive) { fetcher in
            var reports: [Importer.Report] = []
            var failures: [any Error] = []
            try await SourceLoader(fetcher: fetcher).loadInOrder(urls, window: 4) { _, result in
                do {
                    reports.append(try importer.importDocument(try result.get()))
                } catch {
                    failures.append(error)
                }
            }
            return (reports, failures)
        }
    }

    /// The sidecar of the archived bytes `sha`.
    func sidecar(_ sha: String) throws -> [String: Any] {
        let data = try Data(contentsOf: archive.directory.appendingPathComponent("\(sha).json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func remove() throws {
        try FileManager.default.removeItem(at: folder)
    }
}

@Suite("Importing fetched URLs: the store, the archive, offline")
struct FetchImportTests {
    @Test("a fetched page is imported, archived by SHA-256 with its fetch in the sidecar, and the fetch recorded")
    func importsAndArchives() async throws {
        let bench = try FetchBench()
        defer { try? bench.remove() }
        try await withTestServer { server in
            let url = server.url("/redirect")
            let (reports, failures) = try await bench.importURLs([url])
            #expect(failures.isEmpty)
            let report = try #require(reports.first)
            #expect(report.quotes == 1 && !report.isDuplicate && report.name == url)
            let source = try #require(try bench.store.source(id: report.sourceID))
            #expect(source.url == url)
            #expect(source.file == nil)
            let sha = Archive.sha256(Array(storyHTML.utf8))
            #expect(source.sha256 == sha)
            let archived = try Data(contentsOf: bench.archive.directory.appendingPathComponent("\(sha).html"))
            #expect([UInt8](archived) == Array(storyHTML.utf8))
            let sidecar = try bench.sidecar(sha)
            #expect(sidecar["url"] as? String == url)
            let fetches = try #require(sidecar["fetches"] as? [[String: Any]])
            #expect(fetches.count == 1)
            #expect(fetches.first?["requested_url"] as? String == url)
            #expect(fetches.first?["final_url"] as? String == server.url("/page"))
            #expect(fetches.first?["status"] as? Int == 200)
            #expect(fetches.first?["fetched_at"] is String)
            let headers = try #require(fetches.first?["headers"] as? [[String]])
            #expect(headers.contains(["Content-Type", "text/html; charset=utf-8"]))
            let stored = try bench.store.fetches(ofSource: report.sourceID)
            #expect(stored.map(\.finalURL) == [server.url("/page")])
            #expect(try bench.store.latestFetches()[report.sourceID]?.requestedURL == url)
            #expect(try bench.store.quotes(matching: .all).map(\.speaker) == ["Lena Ortiz"])
        }
    }

    @Test("re-fetching bytes already archived adds no quotes but records the fetch")
    func refetch() async throws {
        let bench = try FetchBench()
        defer { try? bench.remove() }
        try await withTestServer { server in
            _ = try await bench.importURLs([server.url("/page")])
            let (reports, _) = try await bench.importURLs([server.url("/page"), server.url("/page-again")])
            #expect(reports.map(\.isDuplicate) == [true, true])
            #expect(reports.map(\.newQuotes) == [0, 0])
            #expect(try bench.store.sources().count == 1)
            #expect(try bench.store.quotes(matching: .all).count == 1)
            let sourceID = try #require(reports.first?.sourceID)
            // The two fetches of the second batch run at the same time, so either may
            // answer first: the store lists fetches in the order they were received.
            let stored = try bench.store.fetches(ofSource: sourceID)
            #expect(stored.first?.requestedURL == server.url("/page"))
            #expect(stored.dropFirst().map(\.requestedURL).sorted()
                == [server.url("/page"), server.url("/page-again")])
            #expect(stored.map(\.fetchedAt) == stored.map(\.fetchedAt).sorted())
            let fetches = try #require(try bench.sidecar(Archive.sha256(Array(storyHTML.utf8)))["fetches"] as? [Any])
            #expect(fetches.count == 3)
        }
    }

    @Test("failed fetches leave the store and the archive untouched; the rest of the batch is imported")
    func failuresTouchNothing() async throws {
        let bench = try FetchBench()
        defer { try? bench.remove() }
        try await withTestServer { server in
            let bad = ["/missing", "/image.png", "/loop-a", "/endless"].map(server.url)
            let (reports, failures) = try await bench.importURLs(bad, policy: testPolicy(maxBytes: 1 << 20))
            #expect(reports.isEmpty)
            #expect(failures.count == 4)
            #expect(try bench.store.sources().isEmpty)
            #expect(try bench.store.latestFetches().isEmpty)
            #expect(!FileManager.default.fileExists(atPath: bench.archive.directory.path))
            let (mixed, mixedFailures) = try await bench.importURLs([server.url("/missing"), server.url("/page")])
            #expect(mixed.map(\.name) == [server.url("/page")])
            #expect(mixedFailures.count == 1)
        }
    }

    @Test("offline: a URL is served from the archive by its requested or final URL; otherwise a clear error")
    func offline() async throws {
        let bench = try FetchBench()
        defer { try? bench.remove() }
        let (requested, final, unknown) = try await withTestServer { server in
            _ = try await bench.importURLs([server.url("/redirect")])
            return (server.url("/redirect"), server.url("/page"), server.url("/never-fetched"))
        }
        // The server is gone: only the archive can answer.
        let policy = testPolicy(offline: true)
        for url in [requested, final] {
            let input = try await Fetcher.withFetcher(policy: policy, archive: bench.archive) { try await $0.fetch(url) }
            #expect(input.bytes == Array(storyHTML.utf8))
            #expect(input.isFromArchive)
            #expect(input.fetch?.finalURL == final)
            #expect(input.charset == "utf-8")
        }
        let (reports, failures) = try await bench.importURLs([requested, unknown], policy: policy)
        #expect(reports.map(\.isDuplicate) == [true])
        #expect(failures.map(\.localizedDescription) == [IngestError.notArchived(unknown).localizedDescription])
        // Serving from the archive records no new fetch.
        let fetches = try #require(try bench.sidecar(Archive.sha256(Array(storyHTML.utf8)))["fetches"] as? [Any])
        #expect(fetches.count == 1)
        let first = try #require(reports.first)
        #expect(try bench.store.fetches(ofSource: first.sourceID).count == 1)
    }

    @Test("offline into an empty store rebuilds the source and its fetch from the archive")
    func offlineRebuild() async throws {
        let bench = try FetchBench()
        defer { try? bench.remove() }
        let url = try await withTestServer { server in
            _ = try await bench.importURLs([server.url("/page")])
            return server.url("/page")
        }
        let fresh = try ClaimsStore.inMemory()
        let importer = Importer(store: fresh, archive: bench.archive)
        let input = try await Fetcher.withFetcher(policy: testPolicy(offline: true), archive: bench.archive) {
            try await $0.fetch(url)
        }
        let report = try importer.importDocument(input)
        #expect(!report.isDuplicate && report.quotes == 1)
        #expect(try fresh.fetches(ofSource: report.sourceID).map(\.requestedURL) == [url])
    }
}
