import Foundation
import Testing

/// Every piece of article text is escaped: a hostile quote renders inert on every page that shows it.
@Suite("The web desk escapes what it shows, over HTTP against a real server", .serialized)
struct DeskEscapingTests {
    @Test("a quote holding <script>, <img onerror>, javascript: and </textarea> renders as text on the queue and the quote page")
    func hostileQuote() async throws {
        let desk = try DeskProcess(workbench: try DeskProcess.workbench(pages: [HostilePage.html], users: [("ana", "ana's long password")]))
        defer { desk.stop() }
        var client = DeskClient(desk)
        try await client.signIn("ana", "ana's long password")
        let queue = try await client.get("/")
        let page = try await client.get("/quotes/1")
        #expect(page.status == 200)
        #expect(page.body.contains("&lt;script&gt;document.title=&#39;\(HostilePage.marker)&#39;&lt;/script&gt;"), "\(page.body)")
        for body in [queue.body, page.body] {
            #expect(!body.contains("<script>document"))
            #expect(!body.contains("<img"))
            #expect(!body.contains("<b>bold"))
            #expect(!body.contains(#"href="javascript"#))
            #expect(!body.contains("<img src=x onerror"))
        }
        // The page's own two textareas (note, text) close once each: the quote's </textarea> did not close one.
        #expect(page.body.components(separatedBy: "</textarea>").count == 3)
        #expect(page.body.contains("&lt;/textarea&gt;"))
    }

    @Test("an evidence URL is a link only when it is http(s); the store refuses javascript: evidence and the page says so")
    func evidenceLinks() async throws {
        let desk = try DeskProcess(workbench: try DeskProcess.workbench(users: [("ana", "ana's long password")]))
        defer { desk.stop() }
        var client = DeskClient(desk)
        try await client.signIn("ana", "ana's long password")
        let page = try await client.get("/quotes/1")
        let refused = try await client.post("/quotes/1/verdict", [
            ("csrf", try #require(page.csrf)), ("version", try #require(page.version)), ("evidence", "javascript:alert(1)"),
        ])
        #expect(refused.status == 400)
        #expect(refused.body.contains("invalid evidence"))
        #expect(!refused.body.contains(#"href="javascript:"#))
        let quoted = "https://example.org/a?q=\"><script>alert(1)</script>"
        let saved = try await client.post("/quotes/1/verdict", [
            ("csrf", try #require(page.csrf)), ("version", try #require(page.version)), ("evidence", quoted),
        ])
        // Refused (400) or kept: either way the page shows it as text.
        let shown = saved.status == 303 ? try await client.get(try #require(saved.location)) : saved
        #expect(shown.status == 200 || shown.status == 400)
        #expect(!shown.body.contains("<script>alert"))
        #expect(!shown.body.contains(#""><script"#))
    }
}
