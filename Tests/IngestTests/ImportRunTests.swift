import Foundation
import Testing
@testable import Ingest
import Store

/// A feed whose one item carries its page in `content:encoded`.
private let feedXML = """
<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Harbour News</title>
<item><title>Ferry resumes</title><pubDate>Wed, 05 Mar 2025 09:00:00 +0100</pubDate>
<content:encoded><![CDATA[<p>The island ferry sailed again on Wednesday after the storm damage was repaired.</p>
<p>“Every crossing is booked until Sunday,” said ferry captain Tomas Berg.</p>]]></content:encoded></item>
</channel></rss>
"""

@Suite("An import run: routing, events and counts")
struct ImportRunTests {
    @Test("a page, a feed item, a duplicate and a missing file: one event each, the counts and the summary agree")
    func routesAndCounts() async throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("port.html")
        let copy = folder.appendingPathComponent("port-again.html")
        let feed = folder.appendingPathComponent("feed.xml")
        try Data(storyHTML.utf8).write(to: page)
        try Data(storyHTML.utf8).write(to: copy)
        try Data(feedXML.utf8).write(to: feed)
        let store = try ClaimsStore.inMemory()
        let run = ImportRun(store: store, archive: Archive(directory: folder.appendingPathComponent("archive")),
                            primary: false, reviewer: "ana", policy: FetchPolicy(isOffline: true))
        var lines: [String] = []
        var failures: [String] = []
        let missing = folder.appendingPathComponent("gone.html").path
        let summary = try await run.run([page.path, feed.path, copy.path, missing]) { event in
            switch event {
            case .imported(let report): lines.append(report.line)
            case .merged(let name, let report): lines.append(report.line(named: name))
            case .failed(let message): failures.append(message)
            case .progress: break
            }
        }
        #expect(lines == [
            "\(page.path)\tPort reopens\t1 quote\tnew",
            "\(feed.path)#item1\tFerry resumes\t1 quote\tnew",
            "\(copy.path)\tPort reopens\t1 quote\tduplicate",
        ])
        #expect(failures.count == 1 && failures[0].contains(missing), "\(failures)")
        #expect(summary.line == "imported 2 sources (2 new quotes), 1 duplicate, 1 failed")
        #expect(try store.sources().count == 2)
    }

    @Test("extract and import name a feed item without a link alike: the feed's name and #itemN")
    func feedItemNames() throws {
        let input = SourceInput(name: "feed.xml", file: "feed.xml", bytes: Array(feedXML.utf8))
        let feed = try Importer.feed(in: input)
        #expect(Importer.itemName(feed.items[0], index: 0, in: input) == "feed.xml#item1")
    }
}
