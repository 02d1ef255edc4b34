import Foundation
@testable import Store
@testable import StorePostgres
import Testing

/// The evidence in the PostgreSQL store: a source's archived bytes and sidecar
/// are stored with it, in the import's transaction, and read back by SHA-256.
/// (The SQLite store keeps them as files beside it: `CopyConformanceTests`
/// and the `archive` command's tests read those.)
@Suite("Store conformance: archived documents in the PostgreSQL store")
struct ArchiveConformanceTests {
    /// A document for source `name` of ``ConformanceData``.
    static func document(_ name: String, bytes: [UInt8], sidecar: String?) -> ArchivedDocument {
        ArchivedDocument(sha256: "sha-\(name)", fileName: "sha-\(name).html", bytes: bytes,
                         sidecar: sidecar.map { Array($0.utf8) })
    }

    @Test("an import stores the bytes and sidecar with the source; a failed import stores neither")
    func storedWithTheSource() async throws {
        guard PostgresTestServer.url != nil else {
            print(PostgresTestServer.skipped)
            return
        }
        try await withStore(.postgres) { harness in
            let store = harness.store
            let bytes: [UInt8] = Array("<html>\u{0}\\x é</html>".utf8) + [0xFF, 0x00]
            var source = ConformanceData.source("a")
            source.document = Self.document("a", bytes: bytes, sidecar: #"{"fetches": []}"#)
            await #expect(throws: StoreError.invalidConfidence(1.5, quote: "Second")) {
                try await store.importSource(source, article: ConformanceData.article("a"), quotes: [
                    ConformanceData.quote("Second", by: "Ben Okafor", confidence: 1.5),
                ])
            }
            #expect(try await harness.integer("SELECT COUNT(*) FROM archived_document") == 0)
            #expect(try await store.archivedDocument(sha256: "sha-a") == nil)

            let first = try await store.importSource(source, article: ConformanceData.article("a"),
                                                     quotes: [ConformanceData.quote("First", by: "Ana Lopez")])
            guard case .imported(let sourceID, _, _) = first else {
                Issue.record("expected a fresh import, got \(first)")
                return
            }
            #expect(try await store.archivedDocument(sha256: "sha-a") == source.document)

            // The same bytes again, fetched once more: the bytes stay, the newer sidecar replaces the old one.
            source.document = Self.document("a", bytes: bytes, sidecar: #"{"fetches": [1]}"#)
            let again = try await store.importSource(source, article: ConformanceData.article("a"), quotes: [])
            #expect(again == .duplicate(sourceID: sourceID))
            #expect(try await store.archivedDocument(sha256: "sha-a")?.sidecar == Array(#"{"fetches": [1]}"#.utf8))

            // A source stored without its bytes is known but has none.
            _ = try await store.importSource(ConformanceData.source("b"), article: ConformanceData.article("b"), quotes: [])
            await #expect(throws: ArchivedFileError.missing("sha-b")) {
                try await store.archivedDocument(sha256: "sha-b")
            }
            #expect(try await store.archivedDocument(sha256: "sha-none") == nil)
        }
    }

    @Test("the server compresses the archived bytes")
    func compressed() async throws {
        guard PostgresTestServer.url != nil else {
            print(PostgresTestServer.skipped)
            return
        }
        try await withStore(.postgres) { harness in
            let page = "<html><body>" + String(repeating: "<p>The council met again on Tuesday.</p>\n", count: 2_000)
                + "</body></html>"
            var source = ConformanceData.source("big")
            source.document = Self.document("big", bytes: Array(page.utf8), sidecar: nil)
            _ = try await harness.store.importSource(source, article: ConformanceData.article("big"), quotes: [])
            let stored = try #require(try await harness.integer("SELECT pg_column_size(bytes) FROM archived_document"))
            #expect(stored * 4 < Int64(page.utf8.count), "\(stored) bytes stored for \(page.utf8.count)")
            #expect(try await harness.store.archivedDocument(sha256: "sha-big")?.bytes == Array(page.utf8))
        }
    }
}
