import Foundation
import Testing

/// A workbench with three pages the test writes: #1 (Coast Herald,
/// 2025-03-01, three paragraphs), #2 (Daily Ledger, 2025-04-10, curly marks),
/// #3 (Daily Ledger, no day).
private func sourcesWorkbench() throws -> String {
    func page(_ title: String, site: String, published: String?, paragraphs: [String]) -> String {
        let date = published.map { "<meta property=\"article:published_time\" content=\"\($0)T10:00:00+00:00\">" } ?? ""
        return """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>\(title)</title>
            <meta property="og:site_name" content="\(site)">\(date)</head>
            <body><article><h1>\(title)</h1>\(paragraphs.map { "<p>\($0)</p>" }.joined())</article></body></html>
            """
    }
    let pages = [
        page("Harbour plan", site: "Coast Herald", published: "2025-03-01", paragraphs: [
            "The council met on Monday to discuss the harbour wall and the winter storms that damaged it last year.",
            "“We will rebuild the harbour wall before the winter storms arrive,” said Jane Smith, the mayor.",
            "Fishermen in the port of Cádiz said the ceasefire between the unions and the council was fragile.",
        ]),
        page("Rail strike", site: "Daily Ledger", published: "2025-04-10", paragraphs: [
            "The union said the negotiations with the railway company would resume next week.",
            "“The railway strike won’t end by Friday,” said union leader Mick Lynch.",
        ]),
        page("School meals", site: "Daily Ledger", published: nil, paragraphs: [
            "Negotiators for the schools reached a common understanding on hot meals.",
            "“Every child deserves a hot meal at school,” said Anna Berg, the minister.",
        ]),
    ]
    return try CLI.workbench(importing: pages)
}

@Suite("search --in sources, run as a real process", .serialized)
struct SearchSourcesCLITests {
    /// The (source id, paragraph) pairs `search WORDS --in sources ARGUMENTS --format jsonl` prints, in order.
    static func found(_ arguments: [String], in wb: String) throws -> [[Int]] {
        let result = try CLI.run(["--workbench", wb, "search", "--in", "sources"] + arguments + ["--format", "jsonl"])
        try #require(result.status == 0, "\(result.stderr)")
        return try jsonLines(result.stdout).map { [$0["source_id"] as? Int ?? -1, $0["paragraph"] as? Int ?? -1] }
    }

    @Test("a hit names the source, its title, site and day, the paragraph's number and its text")
    func aHitNamesItsSource() throws {
        let wb = try sourcesWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let result = try CLI.run(["--workbench", wb, "search", "council", "met", "--in", "sources", "--format", "jsonl"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try jsonLines(result.stdout)
        let row = try #require(rows.first)
        #expect(rows.count == 1)
        #expect(row["source_id"] as? Int == 1)
        #expect(row["source_title"] as? String == "Harbour plan")
        #expect(row["source_site"] as? String == "Coast Herald")
        #expect((row["published_at"] as? String)?.hasPrefix("2025-03-01") == true)
        #expect(row["paragraph"] as? Int == 0)
        #expect((row["text"] as? String)?.hasPrefix("The council met on Monday") == true)
        #expect(Set(row.keys) == ["source_id", "source_title", "source_site", "source_url", "published_at", "paragraph", "text"])
    }

    @Test("words, phrases, prefixes, folded case and accents, curly and straight marks; best match first")
    func findsByWords() throws {
        let wb = try sourcesWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        #expect(try Self.found(["harbour"], in: wb) == [[1, 1], [1, 0]] || (try Self.found(["harbour"], in: wb)) == [[1, 0], [1, 1]])
        #expect(try Self.found(["\"harbour wall before\""], in: wb) == [[1, 1]])
        #expect(try Self.found(["negotiat*"], in: wb).sorted { $0[0] < $1[0] } == [[2, 0], [3, 0]])
        #expect(try Self.found(["CADIZ"], in: wb) == [[1, 2]])
        #expect(try Self.found(["won't"], in: wb) == [[2, 1]])
        #expect(try Self.found(["\u{201C}won\u{2019}t end\u{201D}"], in: wb) == [[2, 1]])
        #expect(try Self.found(["zeppelin"], in: wb) == [])
        // Both words beat one: the short paragraph with "railway" and "strike" comes first.
        #expect(try Self.found(["strike", "OR", "railway"], in: wb).first == [2, 1])
    }

    @Test("--site, --since, --until, --undated, --source and --limit apply")
    func filtersApply() throws {
        let wb = try sourcesWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        #expect(try Self.found(["said", "--site", "daily ledger"], in: wb).map { $0[0] }.sorted() == [2, 2, 3])
        #expect(try Self.found(["said", "--since", "2025-04-01"], in: wb).map { $0[0] } == [2, 2])
        #expect(try Self.found(["said", "--until", "2025-03-01"], in: wb).map { $0[0] }.sorted() == [1, 1])
        #expect(try Self.found(["said", "--undated"], in: wb) == [[3, 1]])
        #expect(try Self.found(["said", "--source", "2"], in: wb).map { $0[0] }.sorted() == [2, 2])
        #expect(try Self.found(["said", "--limit", "2"], in: wb).count == 2)
    }

    @Test("--status and --speaker are for quotes: a usage error naming the flag", arguments: [
        ["--status", "verified"], ["--speaker", "Jane Smith"],
    ])
    func quoteFiltersAreRefused(flags: [String]) throws {
        let wb = try sourcesWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let result = try CLI.run(["--workbench", wb, "search", "harbour", "--in", "sources"] + flags)
        #expect(result.status == 64)
        #expect(result.stderr.contains("\(flags[0]) applies to quotes, not to --in sources"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test("--in takes quotes or sources")
    func unknownScopeIsRefused() throws {
        let wb = try sourcesWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let result = try CLI.run(["--workbench", wb, "search", "harbour", "--in", "speakers"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--in"), "\(result.stderr)")
    }

    @Test("a removed source's paragraphs leave the results and come back with --undo")
    func removalAndUndo() throws {
        let wb = try sourcesWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let removed = try CLI.run(["--workbench", wb, "sources", "remove", "2", "--reviewer", "ana"])
        try #require(removed.status == 0, "\(removed.stderr)")
        #expect(try Self.found(["negotiat*"], in: wb) == [[3, 0]])
        #expect(try Self.found(["railway"], in: wb) == [])
        let back = try CLI.run(["--workbench", wb, "sources", "remove", "--undo", "2", "--reviewer", "ana"])
        try #require(back.status == 0, "\(back.stderr)")
        #expect(try Self.found(["railway"], in: wb).map { $0[0] } == [2, 2])
    }

    @Test("the table highlights the matching words on a terminal; csv and a piped table are plain")
    func tableAndCSV() throws {
        let wb = try sourcesWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let pty = try PseudoTerminal(["--workbench", wb, "search", "fishermen", "--in", "sources"], columns: 200)
        #expect(try pty.waitForExit() == 0)
        #expect(pty.output.contains("\u{1B}[7mFishermen\u{1B}[27m in the port"), "\(pty.output.debugDescription)")
        #expect(pty.output.contains("Harbour plan"), "\(pty.output.debugDescription)")
        #expect(pty.output.contains("Coast Herald"), "\(pty.output.debugDescription)")

        // A match far into a long paragraph is shown, after a cut.
        let far = try CLI.run(["--workbench", wb, "search", "fragile", "--in", "sources", "--format", "table"])
        #expect(far.status == 0, "\(far.stderr)")
        #expect(far.stdout.contains("…") && far.stdout.contains("fragile"), "\(far.stdout)")
        #expect(!far.stdout.contains("\u{1B}"))

        let none = try CLI.run(["--workbench", wb, "search", "zeppelin", "--in", "sources", "--format", "table"])
        #expect(none.stdout.contains("(no paragraphs)"), "\(none.stdout)")

        let csv = try CLI.run(["--workbench", wb, "search", "fishermen", "--in", "sources", "--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let lines = csv.stdout.split(whereSeparator: \.isNewline)
        #expect(lines.first == "source_id,source_title,source_site,source_url,published_at,paragraph,text")
        #expect(lines.count == 2)
        #expect(lines.last?.hasPrefix("1,Harbour plan,Coast Herald,") == true)
    }

    @Test("through the JSON Lines round trip the paragraphs are found; an export without them is named, not a crash")
    func roundTrip() throws {
        let wb = try sourcesWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let exported = try CLI.run(["--workbench", wb, "export", "--format", "jsonl", "--status", "all"])
        try #require(exported.status == 0, "\(exported.stderr)")

        let restored = try CLI.workbench()
        defer { try? FileManager.default.removeItem(atPath: restored) }
        let file = restored + "/backup.jsonl"
        try exported.stdout.write(toFile: file, atomically: true, encoding: .utf8)
        let merged = try CLI.run(["--workbench", restored, "import", file])
        try #require(merged.status == 0, "\(merged.stderr)")
        #expect(try Self.found(["fishermen"], in: restored) == [[1, 2]])

        // The same backup without the sources' paragraphs (as written before they were exported).
        let bare = try CLI.workbench()
        defer { try? FileManager.default.removeItem(atPath: bare) }
        let stripped = try exported.stdout.split(separator: "\n").map { line -> String in
            var object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let details = try #require(object["appearances_detail"] as? [[String: Any]])
            object["appearances_detail"] = details.map { var d = $0; d["paragraphs"] = NSNull(); return d }
            return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        }.joined(separator: "\n") + "\n"
        let bareFile = bare + "/backup.jsonl"
        try stripped.write(toFile: bareFile, atomically: true, encoding: .utf8)
        let bareMerged = try CLI.run(["--workbench", bare, "import", bareFile])
        try #require(bareMerged.status == 0, "\(bareMerged.stderr)")
        let result = try CLI.run(["--workbench", bare, "search", "fishermen", "--in", "sources", "--format", "jsonl"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("no stored main text"), "\(result.stderr)")
        #expect(result.stderr.contains("#1"), "\(result.stderr)")
    }
}
