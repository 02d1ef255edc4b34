import Testing
@testable import Extract
import Markup

@Suite("Bylines")
struct BylineTests {
    /// A byline line read as free text on a page published by "Daily Ledger".
    func credit(_ line: String) -> Byline.Credit {
        Byline.credit(of: [line], minimumWords: 2, publication: ["Daily Ledger"])
    }

    @Test("a byline gives its writers' names, without label, role, date or agency",
          arguments: [
              ("By Jane Doe Nov. 5, 2019 5:52 AM", ["Jane Doe"]),
              ("By John Roe Senior Politics Reporter", ["John Roe"]),
              ("Analysis by Dana Reyes, Ledger Editor-at-large", ["Dana Reyes"]),
              ("By Stefan Holt, Kara Wise, Grace Lund", ["Stefan Holt", "Kara Wise", "Grace Lund"]),
              ("By: Kim Sato", ["Kim Sato"]),
              ("Author Lena Berg", ["Lena Berg"]),
              ("By Jeff Moss Monday, March 2, 2020", ["Jeff Moss"]),
              ("By K.T. Lowe Thursday, November 9, 2023 7:35AM", ["K.T. Lowe"]),
              ("Richard (R.J.) Morrow", ["Richard (R.J.) Morrow"]),
              ("By Ana Ruiz | Daily Ledger Facebook Twitter Email", ["Ana Ruiz"]),
              ("by Ana Ruiz (reporting) and Ben Ode (photography)", ["Ana Ruiz"]),
              ("By Ana Ruiz, Tribune News Service", ["Ana Ruiz"]),
              ("By Ana Ruiz; photos by Ben Ode", ["Ana Ruiz"]),
              ("By Jane Doe, Supreme Court Reporter", ["Jane Doe"]),
              ("By Jane Doe, Chief White House Correspondent", ["Jane Doe"]),
              ("Chief White House Correspondent", []),
          ])
    func people(line: String, expected: [String]) {
        #expect(credit(line).people == expected)
    }

    @Test("names set in capitals are written as names; an acronym is not a name",
          arguments: [
              ("By LEE PARK, MARY ANN COLE and OMAR HADDAD", ["Lee Park", "Mary Ann Cole", "Omar Haddad"]),
              ("By SEAN O'NEILL", ["Sean O'Neill"]),
              ("JEAN-PAUL RIVE", ["Jean-Paul Rive"]),
              ("By Dana Reyes, CNN Editor", ["Dana Reyes"]),
          ])
    func capitals(line: String, expected: [String]) {
        #expect(credit(line).people == expected)
    }

    @Test("a wire agency goes apart, after a name or alone",
          arguments: [
              ("Tom Quill Associated Press Published 11:34 PM EST", ["Tom Quill"], "AP"),
              ("By LEE PARK and OMAR HADDAD / Associated Press", ["Lee Park", "Omar Haddad"], "AP"),
              ("AFP/Daily Ledger", [], "AFP"),
              ("The Associated Press", [], "AP"),
              ("By Ana Ruiz, Reuters", ["Ana Ruiz"], "Reuters"),
              ("By JANE DOE, ASSOCIATED PRESS", ["Jane Doe"], "AP"),
          ])
    func agency(line: String, people: [String], agency: String) {
        let credit = credit(line)
        #expect(credit.people == people)
        #expect(credit.agency == agency)
    }

    @Test("the house is no writer: the byline credits the publication")
    func house() {
        let credit = credit("Written by Daily Ledger on November 7, 2023")
        #expect(credit.people.isEmpty)
        #expect(credit.namesPublication)
        #expect(!credit.isEmpty)
    }

    @Test("running text that opens with 'By' names nobody",
          arguments: ["By the time the council met, the port had closed.", "By President Lane's order, the road closed.",
                      "By 2030 the harbour will be twice as deep.", "By contrast, the ferry ran."])
    func runningText(line: String) {
        #expect(credit(line).isEmpty)
    }

    @Test("structured metadata may name one word; free text needs two")
    func minimumWords() {
        #expect(Byline.credit(of: ["Editor"], minimumWords: 1, publication: []).people == ["Editor"])
        #expect(Byline.credit(of: ["By Editor"], minimumWords: 2, publication: []).people.isEmpty)
    }
}

@Suite("The byline of a page")
struct PageBylineTests {
    func authors(_ html: String) throws -> (people: [String], agency: String?) {
        let article = ArticleExtractor.article(from: try HTMLDocument(html: html))
        return (article.authors, article.agency)
    }

    @Test("the byline shown counts when the structured authors list only its first name")
    func shownNamesMore() throws {
        let html = """
        <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour wall holds",
        "author":{"@type":"Person","name":"Stefan Holt"}}</script></head>
        <body><h1>Harbour wall holds</h1><p class="meta-byline">By Stefan Holt, Kara Wise, Grace Lund</p>
        <p>The harbour wall held through the night.</p></body></html>
        """
        #expect(try authors(html).people == ["Stefan Holt", "Kara Wise", "Grace Lund"])
    }

    @Test("the byline after the headline wins over author widgets before it and readers' comments")
    func afterHeadline() throws {
        let html = """
        <html><body><ul><li class="recent-comments"><span class="comment-author">Bill Reader</span> on Ferries</li>
        <li class="author-follow">Katie Quinn New Yorkers</li></ul>
        <h1>Harbour wall holds</h1><div class="story-author"><div class="author-name">NATALIA VOSS</div></div>
        <p>The harbour wall held through the night.</p></body></html>
        """
        #expect(try authors(html).people == ["Natalia Voss"])
    }

    @Test("a byline set in touching elements, with the agency in the next block")
    func touchingElements() throws {
        let html = """
        <html><body><h1>Harbour wall holds</h1>
        <div data-testid="prism-byline"><span>By</span><span><a href="/kt">K.T. Lowe</a></span><div>Thursday, November 9, 2023 7:35AM</div></div>
        <div class="story-byline"><div>By LEE PARK</div><div>Associated Press</div></div>
        <p>The harbour wall held through the night.</p></body></html>
        """
        #expect(try authors(html).people == ["K.T. Lowe"])
        let wire = """
        <html><body><h1>Harbour wall holds</h1>
        <div class="story-byline"><div>By LEE PARK</div><div>Associated Press</div></div>
        <p>The harbour wall held through the night.</p></body></html>
        """
        #expect(try authors(wire) == (["Lee Park"], "AP"))
    }

    @Test("an organisation credited as the author gives way to the writer the page shows")
    func organisationAuthor() throws {
        let html = """
        <html><head><meta name="author" content="Ledger Nachrichten (www.ln.example)">
        <meta name="publisher" content="Ledger Nachrichten (www.ln.example)"><meta property="og:site_name" content="LN.COM"></head>
        <body><h1>Harbour wall holds</h1><ul><li><strong>Date</strong> 10.06.2013</li><li><strong>Author</strong> Lena Berg</li></ul>
        <p>The harbour wall held through the night.</p></body></html>
        """
        let article = ArticleExtractor.article(from: try HTMLDocument(html: html))
        #expect(article.authors == ["Lena Berg"])
        #expect(article.site == "Ledger Nachrichten")
    }
}
