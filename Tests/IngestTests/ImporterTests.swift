import Foundation
import Testing
@testable import Ingest
import Store

/// A fresh temporary workbench folder.
func scratchFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("qc-ingest-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

let storyHTML = """
<html><head><meta charset="utf-8"><title>Port reopens | Harbour News</title>
<meta property="article:published_time" content="2025-03-04T08:00:00+01:00"></head>
<body><article><h1>Port reopens</h1><div class="story-body">
<p>Harbour master Lena Ortiz reopened the port on Tuesday after a week of repairs to the sea wall.</p>
<p>“The wall is stronger than it has ever been,” Ortiz said, adding that ships could dock at once.</p>
</div></article></body></html>
"""

@Suite("Importing documents")
struct ImporterTests {
    @Test("a document is archived by its SHA-256 and its quotes stored")
    func importsAndArchives() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try ClaimsStore.inMemory()
        let archive = Archive(directory: folder.appendingPathComponent("sources/archive"))
        let importer = Importer(store: store, archive: archive)
        let input = SourceInput(name: "port.html", file: "port.html", bytes: Array(storyHTML.utf8))
        let report = try importer.importDocument(input)
        #expect(report.quotes == 1)
        #expect(!report.isDuplicate)
        #expect(report.title == "Port reopens")
        let sha = Archive.sha256(input.bytes)
        let archived = try Data(contentsOf: folder.appendingPathComponent("sources/archive/\(sha).html"))
        #expect([UInt8](archived) == input.bytes)
        let sidecar = try Data(contentsOf: folder.appendingPathComponent("sources/archive/\(sha).json"))
        let object = try #require(try JSONSerialization.jsonObject(with: sidecar) as? [String: Any])
        #expect(object["sha256"] as? String == sha)
        #expect(object["file"] as? String == "port.html")
        let quotes = try store.quotes(matching: .all)
        #expect(quotes.map(\.speaker) == ["Lena Ortiz"])
        #expect(quotes.first?.saidOn == "2025-03-04")
    }

    @Test("the same bytes twice change nothing")
    func duplicate() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try ClaimsStore.inMemory()
        let importer = Importer(store: store, archive: Archive(directory: folder))
        let input = SourceInput(name: "port.html", file: "port.html", bytes: Array(storyHTML.utf8))
        _ = try importer.importDocument(input)
        let second = try importer.importDocument(input)
        #expect(second.isDuplicate)
        #expect(try store.quotes(matching: .all).count == 1)
        #expect(try store.sources().count == 1)
    }

    @Test("the SHA-256 is the standard one")
    func sha256() {
        #expect(Archive.sha256(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test("images, PDFs, binary and empty files are refused with a message naming them", arguments: [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] as [UInt8], "a PNG image"),
        (Array("%PDF-1.7\n".utf8), "a PDF file"),
        ([0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x3C] as [UInt8], "binary data"),
    ])
    func refusesNonDocuments(bytes: [UInt8], what: String) throws {
        let input = SourceInput(name: "x.html", file: "x.html", bytes: bytes)
        #expect(throws: IngestError.notADocument("x.html", what)) { try Importer.extract(input) }
    }

    @Test("reading: a missing file, an empty file and an oversized file are clear errors")
    func readErrors() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("missing.html").path
        #expect(throws: IngestError.notFound(missing)) { try SourceReader.expand(missing) }
        let empty = folder.appendingPathComponent("empty.html").path
        FileManager.default.createFile(atPath: empty, contents: Data())
        #expect(throws: IngestError.empty(empty)) { try SourceReader.read(empty, maxBytes: 100) }
        let big = folder.appendingPathComponent("big.html").path
        FileManager.default.createFile(atPath: big, contents: Data(repeating: 0x41, count: 200))
        #expect(throws: IngestError.tooLarge(big, bytes: 200, limit: 100)) { try SourceReader.read(big, maxBytes: 100) }
    }

    @Test("reading gives a file's bytes exactly, whatever its size, and a named pipe's whole stream")
    func readsWhole() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for size in [1, 15, 16, 4095, 65_536, 65_537, 300_001] {
            let path = folder.appendingPathComponent("f\(size).html").path
            let bytes = (0 ..< size).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 1) }
            FileManager.default.createFile(atPath: path, contents: Data(bytes))
            #expect(try SourceReader.readFile(path, maxBytes: 1 << 20) == bytes, "size \(size)")
        }
        // A pipe's size says nothing: everything written to it is read, up to the limit.
        let pipe = folder.appendingPathComponent("pipe.html").path
        #expect(mkfifo(pipe, 0o600) == 0)
        let streamed = (0 ..< 200_000).map { UInt8(truncatingIfNeeded: $0 &* 13) }
        let writer = Thread {
            let fd = open(pipe, O_WRONLY)
            streamed.withUnsafeBytes { _ = write(fd, $0.baseAddress, $0.count) }
            close(fd)
        }
        writer.start()
        #expect(try SourceReader.readFile(pipe, maxBytes: 1 << 20) == streamed)
    }

    @Test("archive names are the SHA-256 in lower-case hex (the standard's test vectors)")
    func sha256Hex() {
        #expect(Archive.sha256([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(Archive.sha256(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test("a folder expands to its documents, recursively and sorted")
    func folderExpansion() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        for name in ["b.html", "a.htm", "sub/c.html", "notes.txt"] {
            FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: Data("<p>x</p>".utf8))
        }
        let paths = try SourceReader.expand(folder.path).map { URL(fileURLWithPath: $0).lastPathComponent }
        #expect(paths == ["a.htm", "b.html", "c.html"])
    }
}
