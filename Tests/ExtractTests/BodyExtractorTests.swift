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
