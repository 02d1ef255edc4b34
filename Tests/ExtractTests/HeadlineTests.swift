import Testing
@testable import Extract
import Markup

@Suite("The headline")
struct HeadlineTests {
    /// The title of a page with `head` and `body`.
    func title(head: String, body: String) throws -> String? {
        let html = "<html><head>\(head)</head><body>\(body)<p>The harbour wall held through the night.</p></body></html>"
        return ArticleExtractor.article(from: try HTMLDocument(html: html)).title
    }

    @Test("an h1 that is the site's name is its logo; the headline is the metadata's")
    func logoHeading() throws {
        let head = #"<meta property="og:site_name" content="LEDGER"><meta property="og:title" content="Harbour wall holds after storm">"#
        let body = #"<h1><a href="/">LEDGER</a></h1><h2 class="headline">Harbour wall holds after storm</h2>"#
        #expect(try title(head: head, body: body) == "Harbour wall holds after storm")
    }

    @Test("a section set inside the h1 before the headline is no part of it")
    func kicker() throws {
        let head = #"<meta property="og:title" content="Harbour wall holds after the storm">"#
        let body = #"<h1><div class="entry-section"><a href="/local/">Local News | </a></div><span>Harbour wall holds after the storm</span></h1>"#
        #expect(try title(head: head, body: body) == "Harbour wall holds after the storm")
    }

    @Test("the h1 as shown wins over a shorter headline in the metadata")
    func shown() throws {
        let head = #"<meta property="og:title" content="Harbour wall holds">"#
        let body = "<h1>Harbour wall holds as the worst storm in decades hits the coast</h1>"
        #expect(try title(head: head, body: body) == "Harbour wall holds as the worst storm in decades hits the coast")
    }
}
