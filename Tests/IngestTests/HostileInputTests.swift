import Foundation
import Testing
@testable import Extract
@testable import Ingest
import Markup
import Store

/// Hostile documents: each must end by itself with a correct result or a
/// clear message — never a crash, a hang or leaked file contents.
@Suite("Hostile input")
struct HostileInputTests {
    private func input(_ bytes: [UInt8], name: String = "hostile.html") -> SourceInput {
        SourceInput(name: name, file: name, bytes: bytes)
    }

    @Test("an entity expansion bomb in a transcript stays small and imports nothing it should not")
    func entityBomb() throws {
        var xml = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
        for i in 1...9 { xml += "<!ENTITY lol\(i) \"" + String(repeating: "&lol\(i == 1 ? "" : String(i - 1));", count: 10) + "\">" }
        xml += "]><publicwhip><speech speakername=\"Ann Lee\"><p>Plain words stay.</p><p>&lol9;</p></speech></publicwhip>"
        let tree = try XMLTree(parsing: Array(xml.utf8))
        // libxml2 stops at the bomb; what came before it is kept, and nothing is expanded.
        #expect(tree.root.textContent.count < 100)
        let transcript = try #require(Transcript(root: tree.root))
        #expect(transcript.speeches.first?.text == "Plain words stay.")
    }

    @Test("an external entity pointing at a local file never brings its content into the store")
    func externalEntity() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("qc-secret-\(UUID().uuidString).txt")
        try "PRIVATE-KEY-MATERIAL".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        let xml = """
        <?xml version="1.0"?><!DOCTYPE t [<!ENTITY x SYSTEM "\(secret.absoluteString)">]>
        <publicwhip><speech speakername="Ann Lee"><p>Before &x; after.</p></speech></publicwhip>
        """
        let store = try ClaimsStore.inMemory()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("qc-xxe-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Importer(store: store, archive: Archive(directory: folder)).importTranscript(input(Array(xml.utf8), name: "t.xml"))
        let everything = try store.quotes(matching: .all).map { $0.jsonLine() }.joined()
        #expect(!everything.contains("PRIVATE-KEY-MATERIAL"))
        #expect(everything.contains("Before"))
    }

    @Test("200,000-deep nesting ends with what could be read, reported as cut short")
    func deepNesting() throws {
        let depth = 200_000
        var html = "<html><body><p>“We are fine,” said Ann Lee, the harbour master, on the quay.</p>"
        html += String(repeating: "<div>", count: depth) + "deep" + String(repeating: "</div>", count: depth) + "</body></html>"
        let document = try HTMLDocument(parsing: Array(html.utf8))
        #expect(document.isTruncated)
        let quotes = QuoteExtractor.quotes(in: ArticleExtractor.article(from: document))
        #expect(quotes.map(\.speaker) == ["Ann Lee"])
    }

    @Test("random binary named .html is refused as binary data")
    func randomBinary() {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        #expect(throws: IngestError.self) { try Importer.extract(input(bytes)) }
    }

    @Test("invalid UTF-8 and NUL bytes in a page still give its quotes")
    func invalidBytes() throws {
        var bytes = Array("<html><body><p>“Doors open at nine,” said Ann Lee.".utf8)
        bytes += [0x00, 0xC3, 0x28, 0xFF]
        bytes += Array(" More text follows.</p></body></html>".utf8)
        let (_, quotes) = try Importer.extract(input(bytes))
        #expect(quotes.map(\.speaker) == ["Ann Lee"])
    }

    @Test("an empty file is a clear error")
    func emptyFile() {
        #expect(throws: IngestError.self) { try Importer.extract(input([])) }
    }

    @Test("a 20 MB page is parsed and its quotes found")
    func hugePage() throws {
        var html = "<html><body><article>"
        let paragraph = "<p>The council met again to discuss the harbour budget, the ferry timetable and the repairs to the sea wall, which have run for months.</p>\n"
        html += "<p>“We will finish the wall by spring,” said Ann Lee, the harbour master.</p>"
        let count = 20_000_000 / paragraph.utf8.count
        html.reserveCapacity(20_100_000)
        for _ in 0..<count { html += paragraph }
        html += "</article></body></html>"
        let bytes = Array(html.utf8)
        #expect(bytes.count > 20_000_000)
        let (article, quotes) = try Importer.extract(input(bytes))
        #expect(article.paragraphs.count > 100_000)
        #expect(quotes.map(\.speaker) == ["Ann Lee"])
    }
}
