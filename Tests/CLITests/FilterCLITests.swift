import Foundation
import Testing

/// A workbench with four one-quote articles from two sites: #1 (Coast Herald,
/// 2025-03-01), #2 (Daily Ledger, 2025-04-10), #3 (Daily Ledger, no day), #4
/// (Coast Herald, 2025-05-01, a long quote).
private func filterWorkbench() throws -> String {
    func page(_ title: String, site: String, published: String?, paragraph: String) -> String {
        let date = published.map { "<meta property=\"article:published_time\" content=\"\($0)T10:00:00+00:00\">" } ?? ""
        return """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>\(title)</title>
            <meta property="og:site_name" content="\(site)">\(date)</head>
            <body><article><h1>\(title)</h1><p>\(paragraph)</p></article></body></html>
            """
    }
    let pages = [
        page("Harbour plan", site: "Coast Herald", published: "2025-03-01",
             paragraph: "“We will rebuild the harbour wall before the winter storms arrive,” said Jane Smith, the mayor."),
        page("Rail strike", site: "Daily Ledger", published: "2025-04-10",
             paragraph: "“The railway strike will end by Friday,” said union leader Mick Lynch."),
        page("School meals", site: "Daily Ledger", published: nil,
             paragraph: "“Every child deserves a hot meal at school,” said Anna Berg, the minister."),
        page("Bridges", site: "Coast Herald", published: "2025-05-01",
             paragraph: "“We will build three new bridges, two schools and a hospital in the northern district before the next election is called,” said Tom Reed, the deputy mayor."),
    ]
    return try CLI.workbench(importing: pages)
}

/// The ids of the JSON Lines rows in `text`.
private func ids(_ text: String) throws -> [Int] {
    try jsonLines(text).compactMap { $0["id"] as? Int }
}

@Suite("list, review and export: --until, --undated, --site and the table's width, run as a real process", .serialized)
struct FilterCLITests {
    @Test("--since/--until select dated quotes, both days included; --undated the others")
    func dateRanges() throws {
        let wb = try filterWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let all = try CLI.run(["--workbench", wb, "list", "--format", "jsonl"])
        #expect(try jsonLines(all.stdout).map { $0["said_on"] as? String } == ["2025-03-01", "2025-04-10", nil, "2025-05-01"])

        let cases: [([String], [Int])] = [
            (["--until", "2025-04-10"], [1, 2]),
            (["--until", "2025-04-09"], [1]),
            (["--since", "2025-03-01", "--until", "2025-04-10"], [1, 2]),
            (["--since", "2025-04-10", "--until", "2025-04-10"], [2]),
            (["--since", "2025-03-02"], [2, 4]),
            (["--undated"], [3]),
        ]
        for (flags, expected) in cases {
            let listed = try CLI.run(["--workbench", wb, "list", "--format", "jsonl"] + flags)
            #expect(listed.status == 0, "\(flags): \(listed.stderr)")
            #expect(try ids(listed.stdout) == expected, "list \(flags)")
            let exported = try CLI.run(["--workbench", wb, "export", "--status", "all", "--format", "jsonl"] + flags)
            #expect(exported.status == 0, "\(flags): \(exported.stderr)")
            #expect(try ids(exported.stdout) == expected, "export \(flags)")
        }
    }

    @Test("review's queue takes --undated and --until like list")
    func reviewQueue() throws {
        let wb = try filterWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let undated = try CLI.run(["--workbench", wb, "review", "--undated", "--reviewer", "ana"], input: "v\nq\n")
        #expect(undated.status == 0, "\(undated.stderr)")
        let verified = try CLI.run(["--workbench", wb, "list", "--format", "jsonl", "--status", "verified"])
        #expect(try ids(verified.stdout) == [3])
        let until = try CLI.run(["--workbench", wb, "review", "--until", "2025-04-09", "--reviewer", "ana"], input: "v\nq\n")
        #expect(until.status == 0, "\(until.stderr)")
        let both = try CLI.run(["--workbench", wb, "list", "--format", "jsonl", "--status", "verified"])
        #expect(try ids(both.stdout) == [1, 3])
    }

    @Test("a day that does not exist, a range that runs backward, --undated with a day: exit 64 naming the flags",
          arguments: [["list"], ["review"], ["export"]])
    func usageErrors(command: [String]) throws {
        let wb = try filterWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let badDay = try CLI.run(["--workbench", wb] + command + ["--until", "2025-02-30"])
        #expect(badDay.status == 64, "\(badDay.stderr)")
        #expect(badDay.stderr.contains("--until"), "\(badDay.stderr)")
        #expect(badDay.stderr.contains("2025-02-30"), "\(badDay.stderr)")

        let backward = try CLI.run(["--workbench", wb] + command + ["--since", "2025-04-01", "--until", "2025-03-01"])
        #expect(backward.status == 64, "\(backward.stderr)")
        #expect(backward.stderr.contains("--until 2025-03-01 is before --since 2025-04-01"), "\(backward.stderr)")

        for day in ["--since", "--until"] {
            let mixed = try CLI.run(["--workbench", wb] + command + ["--undated", day, "2025-03-01"])
            #expect(mixed.status == 64, "\(mixed.stderr)")
            #expect(mixed.stderr.contains("--undated"), "\(mixed.stderr)")
            #expect(mixed.stderr.contains(day), "\(mixed.stderr)")
        }
    }

    @Test("--site matches a source's whole site name in any case; a site that matches nothing gets a note")
    func site() throws {
        let wb = try filterWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let ledger = try CLI.run(["--workbench", wb, "list", "--format", "jsonl", "--site", "daily LEDGER"])
        #expect(ledger.status == 0, "\(ledger.stderr)")
        #expect(try ids(ledger.stdout) == [2, 3])
        #expect(ledger.stderr.isEmpty, "\(ledger.stderr)")
        let coast = try CLI.run(["--workbench", wb, "export", "--status", "all", "--format", "jsonl",
                                 "--site", "Coast Herald", "--since", "2025-04-01"])
        #expect(try ids(coast.stdout) == [4])

        let partial = try CLI.run(["--workbench", wb, "list", "--format", "jsonl", "--site", "Daily"])
        #expect(partial.status == 0, "\(partial.stderr)")
        #expect(partial.stdout.isEmpty)
        #expect(partial.stderr.contains("note: no source comes from a site named 'Daily'"), "\(partial.stderr)")
    }

    @Test("--help says that --since/--until take only dated quotes and names --undated and --site")
    func help() throws {
        for command in ["list", "review", "export"] {
            let help = try CLI.run([command, "--help"])
            #expect(help.status == 0)
            let words = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            for flag in ["--until <YYYY-MM-DD>", "--undated", "--site <NAME>", "(dated quotes only; see --undated)"] {
                #expect(words.contains(flag), "\(command) --help lacks \(flag)")
            }
        }
    }

    /// The table's lines (a terminal ends them with "\r\n", one Character in Swift).
    private static func lines(_ text: String) -> [Substring] {
        text.split(whereSeparator: \.isNewline)
    }

    /// Checks that the quote of row #4 is its start cut after a whole word, with `…`.
    private static func expectCutAtAWord(_ lines: [Substring], within columns: Int,
                                         sourceLocation: SourceLocation = #_sourceLocation) throws {
        let long = "We will build three new bridges, two schools and a hospital in the northern district before the next election is called,"
        for line in lines {
            #expect(line.count <= columns, "\(line.count) > \(columns): \(line)", sourceLocation: sourceLocation)
        }
        let row = try #require(lines.first { $0.hasPrefix("4 ") }, sourceLocation: sourceLocation)
        let start = try #require(row.range(of: "We will"), sourceLocation: sourceLocation)
        let shown = row[start.lowerBound...]
        #expect(shown.hasSuffix("…"), "\(row)", sourceLocation: sourceLocation)
        let kept = shown.dropLast()
        #expect(long.hasPrefix(kept + " "), "cut inside a word: \(row)", sourceLocation: sourceLocation)
    }

    @Test("COLUMNS sets the table's width: the quote takes the room left, cut after a whole word", arguments: [70, 100])
    func tableFitsColumns(columns: Int) throws {
        let wb = try filterWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let table = try CLI.run(["--workbench", wb, "list", "--format", "table"], environment: ["COLUMNS": String(columns)])
        #expect(table.status == 0, "\(table.stderr)")
        let lines = Self.lines(table.stdout)
        #expect(lines.count == 5)
        // 38 columns are left for the quote at 100 (62 for the others), 20 at 70 (the speaker gives up 12).
        #expect(lines.contains { $0.hasPrefix("2 ") && $0.hasSuffix("  The railway strike will end by Friday,") } == (columns == 100))
        try Self.expectCutAtAWord(lines, within: columns)

        let wide = try CLI.run(["--workbench", wb, "list", "--format", "table"], environment: ["COLUMNS": "200"])
        #expect(wide.stdout.contains("before the next election is called,\n"), "\(wide.stdout)")
    }

    @Test("piped without COLUMNS, the table keeps its layout: the quote column is 60 wide")
    func pipedTableKeepsItsLayout() throws {
        let wb = try filterWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let table = try CLI.run(["--workbench", wb, "list", "--format", "table"], environment: ["COLUMNS": ""])
        let lines = Self.lines(table.stdout)
        #expect(lines.first == "ID     STATUS         SPEAKER                     SAID ON     QUOTE")
        try Self.expectCutAtAWord(lines, within: 5 + 13 + 26 + 10 + 60 + 4 * 2)
        let row = try #require(lines.first { $0.hasPrefix("4 ") })
        #expect(row.count > 5 + 13 + 26 + 10 + 4 * 2 + 50, "\(row)")
    }

    @Test("on a terminal, the table fills the terminal's width")
    func tableFitsTheTerminal() throws {
        let wb = try filterWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let terminal = try PseudoTerminal(["--workbench", wb, "list"], columns: 90, rows: 24, environment: ["COLUMNS": ""])
        let row = try terminal.waitFor("Tom Reed")
        try terminal.waitFor("\n", from: row)
        #expect(try terminal.waitForExit() == 0)
        let lines = Self.lines(terminal.output)
        #expect(lines.first?.hasPrefix("ID") == true, "\(terminal.output.debugDescription)")
        try Self.expectCutAtAWord(lines, within: 90)
    }
}
