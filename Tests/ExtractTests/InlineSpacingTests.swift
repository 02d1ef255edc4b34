import Testing
@testable import Extract
import Markup

/// The `<body>` of a page made of `fragment`.
func bodyElement(of fragment: String) throws -> Element {
    let document = try HTMLDocument(html: "<html><body>\(fragment)</body></html>")
    return try #require(document.root.firstDescendant { $0.name == "body" })
}

@Suite("Words that the markup sets apart")
struct InlineSpacingTests {
    @Test("touching elements read as separate words: a capital or a digit next, and in metadata any letter",
          arguments: [
              ("<p><span>Jane Doe</span><span>Nov. 5, 2019</span></p>", "Jane Doe Nov. 5, 2019"),
              ("<p><span>By</span><span><a href=\"/lee\">Lee Park</a></span></p>", "By Lee Park"),
              ("<p><span>JOHN ROE</span><span>SENIOR POLITICS REPORTER</span></p>", "JOHN ROE SENIOR POLITICS REPORTER"),
              ("<p><a href=\"/a\">Dana Reyes</a><a href=\"/b\">Harbour plan stalls</a></p>", "Dana Reyes Harbour plan stalls"),
              ("<p><span>Updated</span><time>14:05</time></p>", "Updated 14:05"),
              // In a line of metadata, a lower-case word in the next element is a new word too.
              ("<p><span>Jane Doe</span><span>staff writer</span></p>", "Jane Doe staff writer"),
              // A text run and an element that touch it, either way round.
              ("<div>Jane Doe<span>Senior Politics Reporter</span></div>", "Jane Doe Senior Politics Reporter"),
              ("<div><span>By Jane Doe</span>Nov. 5, 2024</div>", "By Jane Doe Nov. 5, 2024"),
          ])
    func separate(fragment: String, expected: String) throws {
        #expect(TextFolding.visibleText(of: try bodyElement(of: fragment)) == expected)
    }

    @Test("touching elements stay one word: a drop cap, a superscript, punctuation",
          arguments: [
              ("<p><span class=\"dropcap\">T</span><span>HE council met.</span></p>", "THE council met."),
              ("<p><span>Area in km</span><sup>2</sup></p>", "Area in km2"),
              ("<p><span>“Yes</span><span>,” she said.</span></p>", "“Yes,” she said."),
              ("<p>By <a href=\"/lee\">Lee Park</a>, staff</p>", "By Lee Park, staff"),
              ("<p><span class=\"dropcap\">T</span>he council met.</p>", "The council met."),
          ])
    func joined(fragment: String, expected: String) throws {
        #expect(TextFolding.visibleText(of: try bodyElement(of: fragment)) == expected)
    }

    @Test("block elements stand apart from their neighbours")
    func blocks() throws {
        let byline = try bodyElement(of: "<div><div>By LEE PARK</div><div>Associated Press</div></div>")
        #expect(TextFolding.visibleText(of: byline) == "By LEE PARK Associated Press")
        #expect(TextFolding.shortVisibleText(of: byline, limit: 100) == "By LEE PARK Associated Press")
        #expect(TextFolding.leadingText(of: byline, count: 14) == "By LEE PARK As")
        // Whatever the next block starts with.
        #expect(TextFolding.visibleText(of: try bodyElement(of: "<div><p>Lee Park</p><p>staff writer</p></div>")) == "Lee Park staff writer")
    }

    @Test("in the body, a time and a name set in touching elements are two words; a word split across links stays one")
    func bodyText() throws {
        let html = """
        <html><body><article><h1>Storm live</h1><div class="story-body">
        <p><span class="time">14:05</span><span class="name">Lee Park</span> The harbour wall held through the night, the port authority said in a short statement to reporters.</p>
        <p>Crews worked until dawn to clear the coast road, and the port <a href="/a">expand</a><span><a href="/b">ed</a></span> its ferry service by the afternoon.</p>
        <p>Residents of the lower town, who had been asked to leave on Monday, began to return home in the early morning.</p>
        </div></article></body></html>
        """
        let article = ArticleExtractor.article(from: try HTMLDocument(html: html))
        let paragraph = try #require(article.paragraphs.first { $0.contains("harbour wall") })
        #expect(paragraph.hasPrefix("14:05 Lee Park The harbour wall"))
        #expect(article.paragraphs.contains { $0.contains("the port expanded its ferry service") })
    }
}
