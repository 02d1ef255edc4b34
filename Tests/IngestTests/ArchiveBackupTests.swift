import Foundation
import Store
import Testing
@testable import Ingest

/// `export --with-archive` and its restore, on the library: copies checked
/// against their SHA-256, named in the records, nothing overwritten, sidecars
/// united.
@Suite struct ArchiveBackupTests {
    static let page = Array("<html><body><p>“We will win,” Jane Smith said.</p></body></html>".utf8)

    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("qc-backup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func fetch(_ url: String, at seconds: Double) -> FetchRecord {
        FetchRecord(requestedURL: url, finalURL: url, status: 200, headers: [HeaderField(name: "Content-Type", value: "text/html")],
                    fetchedAt: Date(timeIntervalSince1970: seconds))
    }

    /// A record whose one appearance is in the source with these bytes.
    static func record(sha256: String) -> ExportRecord {
        let source = ExportSource(id: 1, sha256: sha256, url: "https://news.example/a", importedAt: "2024-05-01T12:00:00.000Z")
        return ExportRecord(quote: QuoteRecord(id: 1, text: "We will win", kind: .direct, sourceID: 1), claimKey: "we will win",
                            sourceSHA256: sha256, appearances: [ExportAppearance(source: source, position: 0)])
    }

    @Test func backupThenRestoreUnitesTheSidecars() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let here = Archive(directory: root.appendingPathComponent("a/sources/archive"))
        let there = Archive(directory: root.appendingPathComponent("b/sources/archive"))
        let sha = Archive.sha256(Self.page)
        let input = SourceInput(name: "https://news.example/a", file: nil, bytes: Self.page,
                                fetch: Self.fetch("https://news.example/a", at: 1_000))
        _ = try here.store(input, sha256: sha, fileExtension: "html", at: Date(timeIntervalSince1970: 1_000))
        // The other workbench fetched the same bytes from another address, later.
        let other = SourceInput(name: "https://mirror.example/a", file: nil, bytes: Self.page,
                                fetch: Self.fetch("https://mirror.example/a", at: 2_000))
        _ = try there.store(other, sha256: sha, fileExtension: "html", at: Date(timeIntervalSince1970: 2_000))

        var backup = try ArchiveBackup(archive: here, directory: root.appendingPathComponent("backup/archive"),
                                       relativeTo: root.appendingPathComponent("backup"))
        var record = Self.record(sha256: sha)
        try backup.attachCopies(to: &record)
        #expect(record.appearances[0].source.archiveCopy == "archive/\(sha).html")
        #expect(backup.copied == 1)
        // The record survives its JSON line with the copy's name.
        let line = try ExportRecord(jsonLine: Array(record.jsonLine().utf8))
        #expect(line.appearances[0].source.archiveCopy == "archive/\(sha).html")

        var restore = ArchiveRestore(archive: there, base: root.appendingPathComponent("backup"))
        restore.note(line)
        try restore.restore()
        #expect(restore.restored == 0)
        #expect(restore.alreadyThere == 1)
        #expect(restore.sidecarsExtended == 1)
        #expect(try there.latestFetch(of: "https://news.example/a")?.fetch.requestedURL == "https://news.example/a")
        #expect(try there.latestFetch(of: "https://mirror.example/a")?.fetch.requestedURL == "https://mirror.example/a")
    }

    @Test func aCopyThatDoesNotMatchItsSHA256IsAnErrorNamingTheFile() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let sha = Archive.sha256(Self.page)
        let copy = root.appendingPathComponent("archive/\(sha).html")
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("forged".utf8).write(to: copy)
        var record = Self.record(sha256: sha)
        record.appearances[0].source.archiveCopy = "archive/\(sha).html"
        var restore = ArchiveRestore(archive: Archive(directory: root.appendingPathComponent("wb")), base: root)
        restore.note(record)
        #expect(throws: ArchiveCopyError.mismatch(copy.path, expected: sha, found: Archive.sha256(Array("forged".utf8)))) {
            try restore.restore()
        }
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("wb").path))
    }
}
