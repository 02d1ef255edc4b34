import Testing
@testable import Extract
import Markup

@Suite("The publication time in the page")
struct PublicationTimeTests {
    @Test("a <time> that says it is the publication time wins over an earlier one")
    func itemprop() throws {
        let html = """
        <html><body><aside><time datetime="2019-01-02T08:00:00-05:00">Jan. 2</time> Ferry fares rise</aside>
        <h1>Harbour wall holds</h1><time itemprop="datePublished" datetime="2019-11-19T10:00:00-05:00">Nov. 19, 2019</time>
        <p>The harbour wall held through the night.</p></body></html>
        """
        #expect(ArticleExtractor.article(from: try HTMLDocument(html: html)).publicationDay == "2019-11-19")
    }
}
