import Testing
@testable import Extract
import Markup

@Suite("The publication's name")
struct SiteNameTests {
    /// The site name of a page whose `<head>` holds `head`.
    func site(_ head: String, url: String? = nil, body: String = "") throws -> String? {
        let document = try HTMLDocument(html: "<html><head>\(head)</head><body>\(body)</body></html>")
        return SiteName(metadata: PageMetadata(root: document.root), url: url).name
    }

    @Test("the site's name at the end of a title, passing over a slogan after it", arguments: [
        ("Senate passes budget | The Harbor Gazette", "The Harbor Gazette"),
        ("Senate passes budget - The Harbor Gazette - Your source for local news since 1887", "The Harbor Gazette"),
        ("Senate passes budget | Voice of America", "Voice of America"),
        ("Senate passes budget - read the latest from our team", "read the latest from our team"),
    ])
    func titleSuffix(title: String, site: String) {
        #expect(SiteName.titleSuffix(of: title) == site)
        #expect(SiteName.titleSuffix(of: "Senate passes budget") == nil)
    }

    @Test("the name in its fullest form another of the page's names supports",
          arguments: [
              // Words run together, the article left out.
              (#"<meta property="og:site_name" content="TheLedger"><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"The Ledger"}}</script>"#, "The Ledger"),
              (#"<meta property="og:site_name" content="Daily Ledger"><title>Harbour wall holds after storm - The Daily Ledger</title>"#, "The Daily Ledger"),
              (#"<meta property="og:site_name" content="HarbourTimes"><title>Harbour wall holds after storm | Harbour Times</title>"#, "Harbour Times"),
              // A web address or a handle gives way to the name it stands for.
              (#"<meta property="og:site_name" content="Ledger.com"><title>Harbour wall holds after storm | The Ledger-Review</title>"#, "The Ledger-Review"),
              (#"<meta property="og:site_name" content="LN.COM"><meta name="publisher" content="Ledger Nachrichten (www.ln.example)">"#, "Ledger Nachrichten"),
              // …but not to a company that bears the name.
              (#"<meta property="og:site_name" content="Ledger.com"><meta name="publisher" content="Ledger Media Group">"#, "Ledger"),
              // An edition after the name, beside the name alone.
              (#"<meta property="og:site_name" content="@ledgercheck"><title>Harbour wall holds after storm | LedgerCheck New Mexico</title>"#, "LedgerCheck"),
              // A slogan after the name.
              (#"<meta name="application-name" content="Ledger News - Latest News &amp; Headlines">"#, "Ledger News"),
              // "News" and "Magazine" belong to the name.
              (#"<meta property="og:site_name" content="Ledger News"><meta name="application-name" content="Ledger">"#, "Ledger News"),
              (#"<meta property="og:site_name" content="Ledger Magazine"><meta name="application-name" content="Ledger">"#, "Ledger Magazine"),
          ])
    func fullest(head: String, expected: String) throws {
        #expect(try site(head) == expected)
    }

    @Test("a section after the name of the host is no part of the site's name")
    func section() throws {
        let head = #"<title>Harbour wall holds after storm - Ledger Politics</title>"#
        #expect(try site(head, url: "https://www.ledger.example/2025/11/26/harbour") == "Ledger")
        #expect(try site(head, url: "https://www.harbour.example/2025/11/26/harbour") == "Ledger Politics")
    }

    @Test("a name that shares the host wins over one that does not; initials count")
    func host() throws {
        let head = #"<meta property="og:site_name" content="U.S."><meta name="publisher" content="Deutsche Ledger Zeitung">"#
        #expect(try site(head, url: "https://www.dlz.example/world/harbour") == "Deutsche Ledger Zeitung")
        #expect(try site(head) == "U.S.")
    }

    @Test("a title that opens with the site's name before the headline shown names the site")
    func titleOpening() throws {
        let document = try HTMLDocument(html: "<html><head><title>The Harbour Review: Wall holds after storm</title></head><body><h1>Wall holds after storm</h1></body></html>")
        let outline = PageOutline(root: document.root)
        #expect(SiteName(metadata: PageMetadata(root: document.root), url: nil, headings: outline.headings).name == "The Harbour Review")
        #expect(SiteName(metadata: PageMetadata(root: document.root), url: nil, headings: []).name == nil)
    }

    @Test("the headline set as the application name is not the site's name")
    func headline() throws {
        let head = #"<meta name="application-name" content="Harbour wall holds after storm"><meta name="apple-mobile-web-app-title" content="Ledger">"#
        let document = try HTMLDocument(html: "<html><head>\(head)</head><body><h1>Harbour wall holds after storm</h1></body></html>")
        let outline = PageOutline(root: document.root)
        #expect(SiteName(metadata: PageMetadata(root: document.root), url: nil, headings: outline.headings).name == "Ledger")
    }
}
