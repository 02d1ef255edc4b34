import Foundation
import Testing

@Suite("quotecheck corroborate, run as a real process", .serialized)
struct CorroborateCLITests {
    /// A debate record in Akoma Ntoso: two members, one sitting.
    static let transcript = """
        <?xml version="1.0" encoding="UTF-8"?>
        <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><debate name="hansard">
        <meta><references source="#source">
          <TLCPerson eId="holloway" href="/people/holloway" showAs="Sarah Holloway"/>
          <TLCPerson eId="okafor" href="/people/okafor" showAs="Daniel Okafor"/>
        </references></meta>
        <preface><docTitle>Budget debate</docTitle><docDate date="2025-03-12">12 March 2025</docDate></preface>
        <debateBody><debateSection>
          <speech by="#holloway"><from>Sarah Holloway</from>
            <p>Madam Speaker, this government will not raise taxes on working families. We will invest four billion pounds in rural hospitals over the next parliament.</p>
            <p>And let me be clear: we will never sell the national grid to foreign investors.</p></speech>
          <speech by="#okafor"><from>Daniel Okafor</from>
            <p>The minister’s plan is a fantasy. Our schools are crumbling while ministers give themselves pay rises.</p>
            <p>We will support the spring budget in full, but only if the hospital funding is guaranteed in law.</p></speech>
        </debateSection></debateBody></debate></akomaNtoso>
        """

    /// An article quoting the debate: verbatim, one word changed, a dropped "not", two sentences
    /// spliced, the words of one member given to the other, a cut condition, and a quote no one said.
    static let article = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Budget clash in the Commons</title>
        <meta property="article:published_time" content="2025-03-13T08:00:00+00:00"></head>
        <body><article><h1>Budget clash in the Commons</h1>
        <p>The chancellor Sarah Holloway told MPs on Wednesday: “We will invest four billion pounds in rural hospitals over the next parliament.”</p>
        <p>“We will invest four billion pounds in urban hospitals,” Holloway said, promising a new deal for cities.</p>
        <p>“This government will raise taxes on working families,” Holloway admitted, according to the opposition.</p>
        <p>Holloway also said: “This government will not raise taxes on working families, we will never sell the national grid.”</p>
        <p>“Our schools are crumbling while ministers give themselves pay rises,” Holloway said.</p>
        <p>Daniel Okafor said: “We will support the spring budget in full.”</p>
        <p>“The railway strike will end by Friday,” said union leader Mick Lynch.</p>
        </article></body></html>
        """

    /// A workbench holding the transcript and the article.
    static func workbench() throws -> String {
        let wb = try CLI.workbench()
        try transcript.write(toFile: wb + "/debate.xml", atomically: true, encoding: .utf8)
        try article.write(toFile: wb + "/article.html", atomically: true, encoding: .utf8)
        let imported = try CLI.run(["--workbench", wb, "import", wb + "/debate.xml", wb + "/article.html"])
        #expect(imported.status == 0, "\(imported.stderr)")
        return wb
    }

    /// The quotes' texts and ids.
    static func ids(in wb: String) throws -> [(text: String, id: Int)] {
        let listed = try CLI.run(["--workbench", wb, "list", "--format", "jsonl"])
        return try jsonLines(listed.stdout).compactMap { line in
            guard let text = line["text"] as? String, let id = line["id"] as? Int else { return nil }
            return (text, id)
        }
    }

    @Test("every kind of finding, with the fields of the issue, and none for a quote no one said")
    func findings() throws {
        let wb = try Self.workbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let ids = try Self.ids(in: wb)
        let run = try CLI.run(["--workbench", wb, "corroborate", "--format", "jsonl"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = try jsonLines(run.stdout)
        let keys = ["quote_id", "finding", "score", "primary_source_id", "primary_speaker", "primary_text", "diff",
                    "primary_sha256", "primary_start", "primary_end"]
        for line in lines { #expect(Set(line.keys) == Set(keys)) }
        #expect(run.stdout.hasPrefix("{\"quote_id\":"))
        var found: [Int: [String]] = [:]
        for line in lines {
            if let id = line["quote_id"] as? Int, let kind = line["finding"] as? String { found[id, default: []].append(kind) }
        }
        func kinds(_ start: String) throws -> [String] {
            found[try #require(ids.first { $0.text.hasPrefix(start) }).id] ?? []
        }
        #expect(try kinds("We will invest four billion pounds in rural") == ["verbatim"])
        #expect(try kinds("We will invest four billion pounds in urban") == ["misquoted"])
        #expect(try kinds("This government will raise taxes") == ["misquoted"])
        #expect(try kinds("This government will not raise taxes") == ["spliced"])
        #expect(try kinds("Our schools are crumbling") == ["misattributed"])
        #expect(try kinds("We will support the spring budget") == ["truncated"])
        #expect(try kinds("The railway strike will end") == [])

        let misquote = try #require(lines.first { $0["finding"] as? String == "misquoted" })
        #expect(misquote["diff"] as? String == "we will invest four billion pounds in [-rural-] {+urban+} hospitals")
        #expect(misquote["primary_speaker"] as? String == "Sarah Holloway")
        #expect(misquote["primary_text"] as? String == "We will invest four billion pounds in rural hospitals")
        let sha = try #require(misquote["primary_sha256"] as? String)
        #expect(sha.count == 64)
        let misattributed = try #require(lines.first { $0["finding"] as? String == "misattributed" })
        #expect(misattributed["primary_speaker"] as? String == "Daniel Okafor")
        #expect(misattributed["score"] as? Double == 1)

        // Nothing changes a verdict; a second run replaces the findings instead of adding to them.
        let listed = try CLI.run(["--workbench", wb, "list", "--status", "unreviewed", "--format", "jsonl"])
        #expect(try jsonLines(listed.stdout).count == 9)
        let again = try CLI.run(["--workbench", wb, "corroborate", "--format", "jsonl"])
        #expect(again.stdout == run.stdout)
    }

    @Test("the table, --limit, --against and --window")
    func options() throws {
        let wb = try Self.workbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let table = try CLI.run(["--workbench", wb, "corroborate", "--format", "table", "--limit", "2"])
        #expect(table.status == 0)
        #expect(table.stdout.hasPrefix("QUOTE  FINDING"))
        #expect(table.stdout.split(separator: "\n").count == 4)
        #expect(table.stdout.contains("checked 7 quotes against 2 statements"))
        let narrow = try CLI.run(["--workbench", wb, "corroborate", "--format", "jsonl", "--window", "0"])
        #expect(try jsonLines(narrow.stdout).isEmpty == false)
        let article = try CLI.run(["--workbench", wb, "corroborate", "--against", "2", "--format", "jsonl"])
        #expect(article.status == 0)
        #expect(article.stdout.isEmpty)
        let missing = try CLI.run(["--workbench", wb, "corroborate", "--against", "99"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("no source with id 99"))
        let bad = try CLI.run(["--workbench", wb, "corroborate", "--window", "-1"])
        #expect(bad.status == 64)
    }
}

@Suite("Findings in show and review, run as real processes", .serialized)
struct FindingsInReviewCLITests {
    @Test("show prints the findings; f in the review accepts the first: its status, its passage as evidence")
    func acceptFinding() throws {
        let wb = try CorroborateCLITests.workbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        #expect(try CLI.run(["--workbench", wb, "corroborate", "--format", "jsonl"]).status == 0)
        let ids = try CorroborateCLITests.ids(in: wb)
        let urban = try #require(ids.first { $0.text.hasPrefix("We will invest four billion pounds in urban") }).id
        let shown = try CLI.run(["--workbench", wb, "show", String(urban)])
        #expect(shown.stdout.contains("against the record:"))
        #expect(shown.stdout.contains("misquoted"))
        #expect(shown.stdout.contains("[-rural-] {+urban+}"))
        // Review only that quote's source order: skip until the urban quote, then accept.
        let queue = try jsonLines(try CLI.run(["--workbench", wb, "list", "--status", "unreviewed", "--format", "jsonl"]).stdout)
        let position = try #require(queue.firstIndex { $0["id"] as? Int == urban })
        let keys = String(repeating: "\n", count: position) + "f\nq\n"
        let review = try CLI.run(["--workbench", wb, "review", "--reviewer", "ana"], input: keys)
        #expect(review.status == 0, "\(review.stderr)")
        let record = try #require(try jsonLines(try CLI.run(["--workbench", wb, "list", "--format", "jsonl"]).stdout)
            .first { $0["id"] as? Int == urban })
        #expect(record["status"] as? String == "misquoted")
        #expect((record["evidence"] as? [String])?.first?.contains("#:~:text=") == true)
        #expect(record["reviewed_by"] as? String == "ana")
        // A quote with no finding: f says so and changes nothing.
        let lynch = try #require(ids.first { $0.text.hasPrefix("The railway strike") }).id
        let queue2 = try jsonLines(try CLI.run(["--workbench", wb, "list", "--status", "unreviewed", "--format", "jsonl"]).stdout)
        let position2 = try #require(queue2.firstIndex { $0["id"] as? Int == lynch })
        let refused = try CLI.run(["--workbench", wb, "review", "--reviewer", "ana"],
                                  input: String(repeating: "\n", count: position2) + "f\nq\n")
        #expect(refused.stderr.contains("no corroboration finding"))
        let after = try #require(try jsonLines(try CLI.run(["--workbench", wb, "list", "--format", "jsonl"]).stdout)
            .first { $0["id"] as? Int == lynch })
        #expect(after["status"] as? String == "unreviewed")
    }
}
