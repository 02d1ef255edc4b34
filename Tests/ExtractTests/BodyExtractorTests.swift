import Testing
@testable import Extract
import Markup

@Suite("Main text")
struct BodyExtractorTests {
    @Test("navigation, captions, related links and comments are left out")
    func boilerplate() throws {
        let html = """
        <html><body>
        <nav><ul><li><a href=/>Home</a></li><li><a href=/w>World</a></li></ul></nav>
        <article><h1>Storm hits coast</h1>
        <div class="article-body">
          <p>The storm reached the coast on Tuesday night, flooding roads and cutting power to thousands.</p>
          <figure><img src=a.jpg><figcaption>“Water everywhere,” a caption says.</figcaption></figure>
          <p>Officials said the water would recede by the weekend, but warned residents to stay away.</p>
          <div class="related-links"><p>Read more: Earlier storms this year and what they cost the region.</p></div>
        </div></article>
        <section id="comments"><p>Great article, thanks for writing it, I really enjoyed reading.</p></section>
        </body></html>
        """
        let article = ArticleExtractor.article(from: try HTMLDocument(parsing: Array(html.utf8)))
        #expect(article.paragraphs == [
            "The storm reached the coast on Tuesday night, flooding roads and cutting power to thousands.",
            "Officials said the water would recede by the weekend, but warned residents to stay away.",
        ])
        #expect(article.title == "Storm hits coast")
    }

    private func body(_ html: String) throws -> [String] {
        BodyExtractor.paragraphs(in: try HTMLDocument(parsing: Array(html.utf8)).root)
    }

    private static let story = [
        "The council voted on Tuesday to close the old bridge, citing cracks found by inspectors in the spring.",
        "“We cannot take the risk any longer,” the mayor said, adding that a ferry would run until repairs end.",
        "Residents, many of whom cross the river daily, said they had not been told how long the work would last.",
        "Engineers estimate the repairs will cost about $4 million, paid for by the state and the county together.",
    ]

    @Test("a wrapper named like furniture does not hide the story it holds")
    func furnitureNamedWrapper() throws {
        let paragraphs = Self.story.map { "<p>\($0)</p>" }.joined()
        let html = """
        <html><body><div class="page-ad-margins"><form id="aspnetForm"><div class="rail-wrapper">
        <div class="text">\(paragraphs)</div></div></form></div>
        <div class="sidebar"><p>Most read: a long list of other stories, with commas, that nobody, anywhere, asked for.</p></div>
        </body></html>
        """
        #expect(try body(html) == Self.story)
    }

    /// Slides of a gallery set inside the story: more caption text than the story has.
    private static let slides = (1...12).map { number in
        "Slide \(number): the harbour company reported, with some relief, that revenue rose again in the quarter, helped by freight."
    }

    @Test("inside a declared article body, a gallery is left out however much text it holds",
          arguments: ["gallery", "grid-mod-gallery", "slideshow", "photo-carousel"])
    func galleryInsideDeclaredBody(galleryClass: String) throws {
        let story = Self.story + Self.story.map { "Later, again: " + $0 }
        let paragraphs = story.map { "<p>\($0)</p>" }.joined()
        let slides = Self.slides.map { "<li><p>\($0)</p></li>" }.joined()
        let html = """
        <html><body><article><div class="text-wrapper" itemprop="articleBody">\(paragraphs)
        <div class="\(galleryClass)"><ul>\(slides)</ul></div>
        </div></article></body></html>
        """
        #expect(try body(html) == story)
    }

    @Test("a story split over sibling blocks is read whole, in order")
    func splitStory() throws {
        let html = """
        <html><body><article>
        <div class="lead"><p>\(Self.story[0])</p></div>
        <div class="chunk"><p>\(Self.story[1])</p><p>\(Self.story[2])</p></div>
        <div class="promo-box"><p>Sign up for our morning newsletter, delivered free to your inbox every day.</p></div>
        <div class="chunk"><p>\(Self.story[3])</p></div>
        </article></body></html>
        """
        #expect(try body(html) == Self.story)
    }

    @Test("text in divs and between line breaks counts as paragraphs")
    func looseText() throws {
        let html = """
        <html><body><div class="main">
        <div class="para">\(Self.story[0])</div><div class="para">Short one.</div>
        \(Self.story[1])<br><br>\(Self.story[2])<div class="para">\(Self.story[3])</div>
        </div></body></html>
        """
        #expect(try body(html) == [Self.story[0], "Short one.", Self.story[1], Self.story[2], Self.story[3]])
    }

    @Test("link boxes, their headings, hover cards and credit lines are left out; quotes stay intact")
    func linksAndCredits() throws {
        let html = """
        <html><body><div class="story">
        <p>\(Self.story[0])</p>
        <p>Rep. <span class="people"><a href="/p/1">Jane Roe</a><span class="card"><a href="/a/1">Roe backs the new bridge plan in a close vote of the council</a> <a href="/a/2">Roe on taxes, again and again, in the state budget debate</a> <a href="/p/1">MORE</a></span></span> said: \(Self.story[1])</p>
        <p>\(Self.story[2])</p>
        <p>Read more: <a href="/x">Bridge repairs across the state fall behind schedule as money runs out</a></p>
        <p>\(Self.story[3])</p>
        <h3>More stories</h3>
        <ul><li><a href="/1">First other story about something</a></li><li><a href="/2">Second other story about else</a></li></ul>
        <p>Reporting by Jane Doe; Editing by John Roe</p>
        </div></body></html>
        """
        #expect(try body(html) == [Self.story[0], "Rep. Jane Roe said: " + Self.story[1], Self.story[2], Self.story[3]])
    }

    @Test("a paragraph mostly made of a link stays when it is a sentence")
    func linkedSentence() throws {
        let linked = "Officials say the suspect faces <a href=\"/doc\">a charge of conspiracy to commit computer intrusion in the US</a>."
        let html = "<html><body><div class=\"story\">\(Self.story.map { "<p>\($0)</p>" }.joined())<p>\(linked)</p></div></body></html>"
        #expect(try body(html).last == "Officials say the suspect faces a charge of conspiracy to commit computer intrusion in the US.")
    }

    @Test("captions tucked into loose text go; a drop cap goes back to its paragraph")
    func captionsAndDropCaps() throws {
        let html = """
        <html><body><div class="story">
        <div class="inline"><span class="caption">A bridge at dusk. (Photo: Agency)</span></div>
        <span class="initial">T</span><p>\(Self.story[0].dropFirst())</p>
        \(Self.story[1...].map { "<p>\($0)</p>" }.joined())
        </div></body></html>
        """
        #expect(try body(html) == Self.story)
    }

    @Test("a heading that wraps the story by a markup slip does not swallow it")
    func headingWrapper() throws {
        let html = """
        <html><body><main><h2 class="excerpt">A short excerpt line here.<div class="content">
        \(Self.story.map { "<p>\($0)</p>" }.joined())</div></h2></main></body></html>
        """
        #expect(try body(html).suffix(4) == Array(Self.story))
    }

    @Test("class names split into segments", arguments: [
        ("related-stories", ["related", "stories"]), ("sidebarWidget", ["sidebar", "widget"]), ("story_body", ["story", "body"]),
    ])
    func segments(token: String, expected: [String]) {
        #expect(BodyExtractor.splitSegments(token) == expected)
    }

    @Test("timestamps keep their offset; bare dates stay bare")
    func timestamps() {
        #expect(DateText.normaliseTimestamp("2019-11-19T10:04:05Z") == "2019-11-19T10:04:05+00:00")
        #expect(DateText.normaliseTimestamp("2019-11-19T10:04:05.123-0500") == "2019-11-19T10:04:05-05:00")
        #expect(DateText.normaliseTimestamp("2019-11-19") == "2019-11-19")
        #expect(DateText.normaliseTimestamp("yesterday") == nil)
    }
}

@Suite("Publication dates")
struct PublicationDateTests {
    @Test("the local date the page prints beats a UTC timestamp that fell on the next day")
    func localDateOverUTC() throws {
        let html = """
        <html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-11-20T02:59:46Z"}</script></head>
        <body><article><h1>Wild win</h1><time datetime="2019-11-19 20:59:46">November 19, 2019 at 8:59 pm</time>
        <p>The Wild beat the Sabres on Tuesday night in front of a full house in Buffalo.</p></article></body></html>
        """
        let article = ArticleExtractor.article(from: try HTMLDocument(parsing: Array(html.utf8)))
        #expect(article.publicationDay == "2019-11-19")
    }

    @Test("a printed 'Published:' date is found when there is no machine-readable one")
    func printedDate() throws {
        let html = """
        <html><body><article><h1>Drugs at the border</h1>
        <div class="statement-meta">stated on October 13, 2019 in a radio interview</div>
        <p>Published: Monday, November 18th, 2019 at 11:08 a.m.</p>
        <p>Representative David McKinley made a claim about drugs crossing the border every week.</p></article></body></html>
        """
        let article = ArticleExtractor.article(from: try HTMLDocument(parsing: Array(html.utf8)))
        #expect(article.publicationDay == "2019-11-18")
    }

    @Test("written dates parse in both orders, with ordinals, and in figures")
    func writtenDates() {
        #expect(DateText.writtenDate(in: "Monday, November 18th, 2019 at 11:08 a.m.") == "2019-11-18")
        #expect(DateText.writtenDate(in: "19 Nov 2019") == "2019-11-19")
        #expect(DateText.writtenDate(in: "Date 19.01.2020") == "2020-01-19")
        #expect(DateText.writtenDate(in: "11.20.2019") == "2019-11-20")
        #expect(DateText.writtenDate(in: "version 1.2.2019x") == nil)
        #expect(DateText.writtenDate(in: "no date here") == nil)
    }

    @Test("printed dates in a run-together class name and in a 'Date' line", arguments: [
        ("<div class=\"arttidate_pub\">First Published on Nov 20, 2019 01:38 pm</div>", "2019-11-20"),
        ("<ul class=\"smallList\"><li><strong>Date</strong> 19.01.2020</li><li><strong>Author</strong> Jane Doe</li></ul>", "2020-01-19"),
    ])
    func printedDateShapes(line: String, day: String) throws {
        let html = """
        <html><body><article><h1>Markets</h1>\(line)
        <p>Shares rose for a third day as investors bet on a recovery in earnings across the sector.</p></article></body></html>
        """
        let article = ArticleExtractor.article(from: try HTMLDocument(parsing: Array(html.utf8)))
        #expect(article.publicationDay == day)
    }

    @Test("'two days ago' is relative; 'three weeks ago' is a period")
    func agoPhrases() {
        #expect(DateText.day(in: "she said two days ago", publication: "2025-11-26") == .init(day: "2025-11-24", basis: .relative))
        #expect(DateText.day(in: "he said three weeks ago", publication: "2025-11-26") == .init(day: nil, basis: .period))
        #expect(DateText.day(in: "since coming to power in 2009, he said", publication: "2025-11-26") == nil)
    }

    @Test("a weekday may name the day after publication when the page was updated that day")
    func weekdayAfterPublication() {
        // Published late on Monday 2019-11-18, updated Tuesday.
        #expect(DateText.day(in: "posted on Twitter Tuesday", publication: "2019-11-18", updated: "2019-11-19")
            == .init(day: "2019-11-19", basis: .relative))
        #expect(DateText.day(in: "posted on Twitter Tuesday", publication: "2019-11-18")
            == .init(day: "2019-11-12", basis: .relative))
        #expect(DateText.day(in: "said on Sunday", publication: "2019-11-18", updated: "2019-11-19")
            == .init(day: "2019-11-17", basis: .relative))
        let quotes = QuoteExtractor.quotes(in: ["Ilhan Omar posted a letter on Twitter Tuesday: “We must teach the defendant love.”"],
                                           publishedOn: "2019-11-18", updatedOn: "2019-11-19")
        #expect(quotes.map(\.saidOn) == ["2019-11-19"])
        // An update days later does not move weekdays.
        let later = QuoteExtractor.quotes(in: ["Ilhan Omar posted a letter on Twitter Tuesday: “We must teach the defendant love.”"],
                                          publishedOn: "2019-11-18", updatedOn: "2019-11-21")
        #expect(later.map(\.saidOn) == ["2019-11-12"])
    }

    @Test("the update date is the latest machine date after publication")
    func updateDate() throws {
        let html = """
        <html><head><meta property="article:published_time" content="2019-11-18T23:04:24-05:00">
        <meta property="article:modified_time" content="2019-11-19T13:23:59-05:00"></head>
        <body><article><h1>Plea</h1><p>A New York man pleaded guilty to threatening to kill a member of Congress.</p></article></body></html>
        """
        let article = ArticleExtractor.article(from: try HTMLDocument(parsing: Array(html.utf8)))
        #expect(article.publicationDay == "2019-11-18")
        #expect(article.updateDay == "2019-11-19")
    }

    @Test("'before' a body of people is a place, not a back reference")
    func beforeAnAudience() {
        #expect(DateText.day(in: "testified before the House Intelligence Committee Tuesday", publication: "2019-11-20")
            == .init(day: "2019-11-19", basis: .relative))
        #expect(DateText.day(in: "he said before the vote on Tuesday", publication: "2019-11-20") == nil)
    }
}
