import Foundation
import Testing
@testable import Extract
@testable import Ingest
import Markup
import Store

let rssFeed = """
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Harbour News</title><link>https://harbour.example/</link>
<item><title>Port reopens</title><link>https://harbour.example/port</link>
<pubDate>Tue, 04 Mar 2025 08:00:00 +0100</pubDate>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>Harbour master Lena Ortiz reopened the port after a week of repairs.</p>
<p>“The wall is stronger than it has ever been,” Ortiz said.</p>]]></content:encoded></item>
<item><title>Ferry delayed</title><link>https://harbour.example/ferry</link>
<pubDate>Wed, 05 Mar 2025 09:30:00 GMT</pubDate>
<description>&lt;p&gt;“We apologise for the wait,” said captain Tom Reyes.&lt;/p&gt;</description></item>
<item><title>No content here</title><link>https://harbour.example/bare</link></item>
</channel></rss>
"""

let atomFeed = """
<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>City Desk</title>
<entry><title>Budget passes</title><link rel="alternate" href="https://city.example/budget"/>
<published>2025-06-02T18:00:00-04:00</published>
<content type="html">&lt;p&gt;“This budget protects every library,” Mayor Karen Bass said.&lt;/p&gt;</content></entry>
</feed>
"""

let akomaNtoso = """
<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><debate name="Harbour Debate">
<meta><references source="#hansard">
<TLCPerson eId="lortiz" href="/ontology/person/lortiz" showAs="Lena Ortiz"/>
<TLCPerson eId="treyes" href="/ontology/person/treyes" showAs="Tom Reyes"/>
</references></meta>
<preface><docTitle>Harbour Debate</docTitle><docDate date="2025-03-03">3 March 2025</docDate></preface>
<debateBody><debateSection>
<speech by="#lortiz"><from>Ms Ortiz</from><p>The wall is stronger than it has ever been.</p><p>We will not rush the repairs.</p></speech>
<speech by="#treyes"><from>Captain Reyes</from><p>The ferry will run on Friday.</p></speech>
</debateSection></debateBody></debate></akomaNtoso>
"""

let parlParse = """
<?xml version="1.0" encoding="ISO-8859-1"?>
<publicwhip>
<major-heading id="uk.org.publicwhip/debate/2025-03-03a.1.0">Harbour Repairs</major-heading>
<speech id="uk.org.publicwhip/debate/2025-03-03a.1.1" speakername="Lena Ortiz" speakerid="uk.org.publicwhip/member/1"><p>We will not rush the repairs.</p></speech>
<speech id="uk.org.publicwhip/debate/2025-03-03a.1.2" speakername="Tom Reyes"><p>Caf\u{E9} owners want an answer.</p></speech>
</publicwhip>
"""

@Suite("Feeds and transcripts")
struct FeedAndTranscriptTests {
    @Test("documents are told apart by their first element", arguments: [
        (rssFeed, DocumentKind.feed), (atomFeed, .feed), (akomaNtoso, .transcript), (parlParse, .transcript),
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", .html), ("{\"id\": 1, \"text\": \"x\"}", .exportLines),
    ])
    func detection(text: String, kind: DocumentKind) {
        #expect(DocumentKind.detect(Array(text.utf8)) == kind)
    }

    @Test("RSS: content:encoded first, else description; pubDate with its offset; the feed title is the site")
    func rssItems() throws {
        let feed = try #require(Feed(root: try XMLTree(parsing: Array(rssFeed.utf8)).root))
        #expect(feed.title == "Harbour News")
        #expect(feed.items.count == 3)
        #expect(feed.items[0].html?.contains("Lena Ortiz") == true)
        #expect(feed.items[0].publishedAt == "2025-03-04T08:00:00+01:00")
        #expect(feed.items[1].html == "<p>“We apologise for the wait,” said captain Tom Reyes.</p>")
        #expect(feed.items[1].publishedAt == "2025-03-05T09:30:00+00:00")
        #expect(feed.items[2].html == nil)
        #expect(feed.items[2].link == "https://harbour.example/bare")
    }

    @Test("Atom: content, the alternate link and published")
    func atomEntries() throws {
        let feed = try #require(Feed(root: try XMLTree(parsing: Array(atomFeed.utf8)).root))
        #expect(feed.title == "City Desk")
        #expect(feed.items.first?.link == "https://city.example/budget")
        #expect(feed.items.first?.publishedAt == "2025-06-02T18:00:00-04:00")
    }

    @Test("a feed imports each item as a source; an item without content is fetched from its link")
    func importFeed() async throws {
        let store = try ClaimsStore.inMemory()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("qc-feed-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let importer = Importer(store: store, archive: Archive(directory: folder))
        let page = "<html><body><article><p>“Nothing to add,” spokesman Ian Moss said on the quay today.</p></article></body></html>"
        let results = try await importer.importFeed(SourceInput(name: "feed.xml", file: "feed.xml", bytes: Array(rssFeed.utf8))) { link in
            #expect(link == "https://harbour.example/bare")
            return SourceInput(name: link, file: nil, bytes: Array(page.utf8))
        }
        let reports = try results.map { try $0.get() }
        #expect(reports.map(\.quotes) == [1, 1, 1])
        let quotes = try store.quotes(matching: .all)
        #expect(quotes.map(\.speaker) == ["Lena Ortiz", "Tom Reyes", "Ian Moss"])
        #expect(quotes.first?.sourceSite == "Harbour News")
        #expect(quotes.first?.sourceTitle == "Port reopens")
        #expect(quotes.first?.saidOn == "2025-03-04")
        #expect(quotes.first?.sourceURL == "https://harbour.example/port")
    }

    @Test("Akoma Ntoso: each speech is a transcript statement of the TLCPerson's showAs, dated to docDate")
    func akomaNtosoSpeeches() throws {
        let store = try ClaimsStore.inMemory()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("qc-akn-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = try Importer(store: store, archive: Archive(directory: folder))
            .importTranscript(SourceInput(name: "debate.xml", file: "debate.xml", bytes: Array(akomaNtoso.utf8)))
        #expect(report.quotes == 2)
        let quotes = try store.quotes(matching: .all)
        #expect(quotes.map(\.kind) == [.transcript, .transcript])
        #expect(quotes.map(\.speaker) == ["Lena Ortiz", "Tom Reyes"])
        #expect(quotes.first?.text == "The wall is stronger than it has ever been. We will not rush the repairs.")
        #expect(quotes.map(\.saidOn) == ["2025-03-03", "2025-03-03"])
        #expect(quotes.first?.saidOnBasis == .explicit)
        let source = try #require(try store.sources().first)
        #expect(source.kind == .transcript)
        #expect(source.isPrimary)
    }

    @Test("ParlParse: speakername and the date in the speech ids, Latin-1 bytes decoded")
    func parlParseSpeeches() throws {
        var bytes = Array(parlParse.utf8)
        // Re-encode the one non-ASCII character as ISO-8859-1, as the declaration says.
        if let range = parlParse.range(of: "\u{E9}") {
            let prefix = parlParse[..<range.lowerBound].utf8.count
            bytes.replaceSubrange(prefix..<(prefix + 2), with: [0xE9])
        }
        let tree = try XMLTree(parsing: bytes)
        let transcript = try #require(Transcript(root: tree.root))
        #expect(transcript.date == "2025-03-03")
        #expect(transcript.title == "Harbour Repairs")
        #expect(transcript.speeches.map(\.speaker) == ["Lena Ortiz", "Tom Reyes"])
        #expect(transcript.speeches.last?.text == "Café owners want an answer.")
    }

    @Test("a malformed feed gives a message naming it; a document that is not a feed is refused as one")
    func malformedFeed() throws {
        let broken = Array("<rss><channel><title>T</title><item><title>A</title><description>&lt;p&gt;“Hi,” said Ann Lee.&lt;/p&gt;</description></item><item><title>cut off".utf8)
        let feed = try Importer.feed(in: SourceInput(name: "broken.xml", file: nil, bytes: broken))
        #expect(feed.items.first?.html?.contains("Ann Lee") == true)
        #expect(throws: IngestError.self) {
            try Importer.feed(in: SourceInput(name: "page.xml", file: nil, bytes: Array("<?xml version=\"1.0\"?><note>x</note>".utf8)))
        }
    }
}
