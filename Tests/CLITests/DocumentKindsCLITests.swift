import Foundation
import Testing

@Suite("import detects feeds and transcripts, run as real processes", .serialized)
struct DocumentKindsCLITests {
    @Test("an RSS feed becomes one source per item; an Akoma Ntoso debate becomes transcript statements")
    func feedAndTranscript() throws {
        let wb = try CLI.workbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let feed = """
        <?xml version="1.0"?><rss version="2.0"><channel><title>Harbour News</title>
        <item><title>Port reopens</title><link>https://harbour.example/port</link><pubDate>Tue, 04 Mar 2025 08:00:00 +0100</pubDate>
        <description>&lt;p&gt;“The wall is stronger than it has ever been,” harbour master Lena Ortiz said.&lt;/p&gt;</description></item>
        <item><title>Ferry</title><link>https://harbour.example/ferry</link><pubDate>Wed, 05 Mar 2025 09:30:00 GMT</pubDate>
        <description>&lt;p&gt;“We apologise for the wait,” said captain Tom Reyes.&lt;/p&gt;</description></item>
        </channel></rss>
        """
        let debate = """
        <?xml version="1.0"?><akomaNtoso><debate name="Harbour"><meta><references>
        <TLCPerson eId="lortiz" showAs="Lena Ortiz"/></references></meta>
        <preface><docDate date="2025-03-03">3 March 2025</docDate></preface>
        <debateBody><speech by="#lortiz"><from>Ms Ortiz</from><p>We will not rush the repairs.</p></speech></debateBody>
        </debate></akomaNtoso>
        """
        let feedPath = (wb as NSString).appendingPathComponent("feed.xml")
        let debatePath = (wb as NSString).appendingPathComponent("debate.xml")
        try feed.write(toFile: feedPath, atomically: true, encoding: .utf8)
        try debate.write(toFile: debatePath, atomically: true, encoding: .utf8)
        let result = try CLI.run(["--workbench", wb, "import", feedPath, debatePath])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("imported 3 sources"))
        let rows = try jsonLines(try CLI.run(["--workbench", wb, "list", "--format", "jsonl"]).stdout)
        #expect(rows.map { $0["kind"] as? String } == ["direct", "direct", "transcript"])
        #expect(rows.map { $0["speaker"] as? String } == ["Lena Ortiz", "Tom Reyes", "Lena Ortiz"])
        #expect(rows.last?["said_on"] as? String == "2025-03-03")
        #expect(rows.last?["said_on_basis"] as? String == "explicit")
        #expect(rows.first?["source_site"] as? String == "Harbour News")
    }
}

@Suite("extract reads feeds and transcripts too, run as a real process", .serialized)
struct ExtractKindsCLITests {
    @Test("extract prints one object per feed item and one for a transcript; an export is refused")
    func extractKinds() throws {
        let wb = try CLI.workbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let feed = """
        <?xml version="1.0"?><rss version="2.0"><channel><title>Harbour News</title>
        <item><title>Port</title><link>https://harbour.example/port</link>
        <description>&lt;p&gt;“The wall is stronger than ever,” harbour master Lena Ortiz said.&lt;/p&gt;</description></item>
        <item><title>Bare</title><link>https://harbour.example/bare</link></item>
        </channel></rss>
        """
        let debate = """
        <?xml version="1.0"?><publicwhip><speech id="x/2025-03-03a.1" speakername="Lena Ortiz"><p>We will not rush.</p></speech></publicwhip>
        """
        let feedPath = (wb as NSString).appendingPathComponent("feed.xml")
        let debatePath = (wb as NSString).appendingPathComponent("debate.xml")
        let exportPath = (wb as NSString).appendingPathComponent("backup.json")
        try feed.write(toFile: feedPath, atomically: true, encoding: .utf8)
        try debate.write(toFile: debatePath, atomically: true, encoding: .utf8)
        try "{\"id\": 1, \"text\": \"x\"}\n".write(toFile: exportPath, atomically: true, encoding: .utf8)
        let result = try CLI.run(["extract", feedPath, debatePath])
        #expect(result.status == 0, "\(result.stderr)")
        let objects = try jsonLines(result.stdout)
        #expect(objects.map { $0["title"] as? String } == ["Port", nil])
        #expect(objects.map { ($0["quotes"] as? [[String: Any]])?.first?["speaker"] as? String } == ["Lena Ortiz", "Lena Ortiz"])
        #expect(((objects.last?["quotes"] as? [[String: Any]])?.first?["kind"] as? String) == "transcript")
        #expect(result.stderr.contains("item 2 of"))
        let refused = try CLI.run(["extract", exportPath])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("a workbench export"))
    }
}
