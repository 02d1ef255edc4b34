import Foundation
import Testing
@testable import Markup

@Suite("Parsing with libxml2")
struct ParsingTests {
    @Test("tag soup is recovered into a tree of Swift values")
    func recoversTagSoup() throws {
        let doc = try HTMLDocument(parsing: Array("<html><body><div class=a><p>One <b>two<p>Three &amp; four</div>".utf8))
        let paragraphs = doc.root.descendants { $0.name == "p" }
        #expect(paragraphs.count == 2)
        #expect(paragraphs.first?.textContent == "One two")
        #expect(paragraphs.last?.textContent == "Three & four")
        #expect(doc.root.firstDescendant { $0.name == "div" }?[attribute: "class"] == "a")
    }

    @Test("scripts and style sheets keep their element but not their code; JSON scripts keep their text")
    func codeIsDropped() throws {
        let html = """
        <html><head><style>p { color: red }</style>
        <script type="application/ld+json">{"@type": "NewsArticle"}</script>
        <script>var secret = "<p>not text</p>";</script><script type="module">import x from "y"</script>
        <script type="APPLICATION/JSON" id=data>[1, 2]</script></head>
        <body><p>Visible</p><style>.a{}</style></body></html>
        """
        let doc = try HTMLDocument(parsing: Array(html.utf8))
        let scripts = doc.root.descendants { $0.name == "script" }
        #expect(scripts.map(\.textContent) == ["{\"@type\": \"NewsArticle\"}", "", "", "[1, 2]"])
        #expect(scripts.last?[attribute: "id"] == "data")
        #expect(doc.root.descendants { $0.name == "style" }.map(\.textContent) == ["", ""])
        #expect(doc.root.firstDescendant { $0.name == "body" }?.textContent == "Visible")
    }

    @Test("XML keeps the text of elements named script or style")
    func xmlKeepsScriptText() throws {
        let tree = try XMLTree(parsing: Array("<doc><script>kept</script><style>too</style></doc>".utf8))
        #expect(tree.root.textContent == "kepttoo")
    }

    @Test("the meta charset does not override the charset decided in Swift")
    func explicitEncoding() throws {
        let bytes = Array("<html><head><meta charset=\"gb2312\"></head><body><p>“Naïve” — said Zoë</p></body></html>".utf8)
        let doc = try HTMLDocument(parsing: bytes)
        #expect(doc.root.firstDescendant { $0.name == "p" }?.textContent == "“Naïve” — said Zoë")
    }

    @Test("an empty document is an error that says so")
    func emptyInput() {
        #expect(throws: MarkupError.empty) { try HTMLDocument(parsing: []) }
        #expect(throws: MarkupError.empty) { try HTMLDocument(parsing: Array("   \n".utf8)) }
    }

    @Test("NUL bytes and invalid UTF-8 do not stop the parse")
    func nulAndInvalidBytes() throws {
        let bytes: [UInt8] = Array("<p>before".utf8) + [0x00, 0xFF, 0xFE] + Array(" after</p>".utf8)
        let doc = try HTMLDocument(parsing: bytes)
        let text = try #require(doc.root.firstDescendant { $0.name == "p" }).textContent
        #expect(text.hasPrefix("before"))
        #expect(text.hasSuffix("after"))
    }

    @Test("nesting past the parser's limit is reported, not a crash")
    func deepNesting() throws {
        let html = String(repeating: "<div>", count: 5000) + "deep" + String(repeating: "</div>", count: 5000)
        let doc = try HTMLDocument(parsing: Array(html.utf8))
        #expect(doc.isTruncated)
    }

    @Test("XML external entities are never read")
    func externalEntity() throws {
        let secretURL = FileManager.default.temporaryDirectory.appendingPathComponent("qc-secret-\(UUID().uuidString).txt")
        try "TOP-SECRET-CONTENT".write(to: secretURL, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secretURL) }
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE t [ <!ENTITY xxe SYSTEM "\(secretURL.absoluteString)"> ]>
        <transcript><line>&xxe;</line></transcript>
        """
        let tree = try XMLTree(parsing: Array(xml.utf8))
        #expect(tree.root.name == "transcript")
        #expect(!tree.root.textContent.contains("TOP-SECRET"))
    }

    @Test("an entity expansion bomb stays small")
    func entityBomb() throws {
        var xml = "<?xml version=\"1.0\"?><!DOCTYPE bomb [<!ENTITY a0 \"lol\">"
        for i in 1...10 { xml += "<!ENTITY a\(i) \"" + String(repeating: "&a\(i - 1);", count: 10) + "\">" }
        xml += "]><bomb>&a10;</bomb>"
        let tree = try XMLTree(parsing: Array(xml.utf8))
        #expect(tree.root.name == "bomb")
        #expect(tree.root.textContent.count < 1000)
    }

    @Test("XML that is not well-formed is recovered or refused with a message")
    func brokenXML() {
        #expect(throws: MarkupError.self) { try XMLTree(parsing: Array("not xml at all".utf8)) }
    }
}
