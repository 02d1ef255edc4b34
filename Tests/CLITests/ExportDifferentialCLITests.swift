import Foundation
import Testing

/// `export` checked against `list`, run as real processes on a workbench of
/// awkward values: the CSV (read through its own columns) and the DESIGN.md
/// part of every JSON Lines record (read with the full records) must say
/// exactly what `list --format jsonl` says (read as quote records), under
/// every filter.
@Suite("export against list, run as real processes: the same quotes, cell by cell", .serialized)
struct ExportDifferentialCLITests {
    /// A workbench: the sample, an article of twelve quotes, a third source removed, and awkward verdicts.
    static func awkwardWorkbench() throws -> String {
        let wb = try CLI.sampleWorkbench()
        let council = (wb as NSString).appendingPathComponent("council.html")
        try ConcurrentReviewTests.article(quotes: 12).write(toFile: council, atomically: true, encoding: .utf8)
        let removed = (wb as NSString).appendingPathComponent("removed.html")
        try ConcurrentReviewTests.article(quotes: 2).replacingOccurrences(of: "Council promises", with: "Removed")
            .replacingOccurrences(of: "We will fix", with: "We shall mend").write(toFile: removed, atomically: true, encoding: .utf8)
        for page in [council, removed] {
            let imported = try CLI.run(["--workbench", wb, "import", page])
            try #require(imported.status == 0, "\(imported.stderr)")
        }
        let marks: [[String]] = [
            ["1", "--status", "verified", "--rating", "mostly-true", "--note", "on tape, \"1:02\"\nsecond\tline =x",
             "--evidence", "https://e.example/a?b=1,2", "--evidence", "https://e.example/2", "--evidence", "https://e.example/3"],
            ["2", "--status", "misquoted", "--text", "=SUM(A1) \u{1F9EA} \"q\", ok\r\nnext"],
            ["3", "--status", "out-of-context", "--note=-dash \u{2028} sep", "--role", "@role"],
            ["4", "--status", "unverifiable", "--rating", "unproven", "--said-on", "2025-01-02"],
            ["9", "--status", "misattributed", "--note", "+plus"],
            ["10", "--status", "verified", "--evidence", "https://e.example/\u{E9}t\u{E9}"],
        ]
        for mark in marks {
            let result = try CLI.run(["--workbench", wb, "mark"] + mark + ["--reviewer", "\u{C9}lodie \"E\""])
            try #require(result.status == 0, "\(mark): \(result.stderr)")
        }
        let sources = try jsonLines(try CLI.run(["--workbench", wb, "sources", "--format", "jsonl"]).stdout)
        let removedID = try #require(sources.first { ($0["title"] as? String) == "Removed" }?["id"] as? Int)
        try #require(try CLI.run(["--workbench", wb, "sources", "remove", String(removedID)]).status == 0)
        return wb
    }

    static let filters: [[String]] = [
        ["--status", "all"], ["--status", "verified"], ["--status", "misquoted"], ["--status", "unreviewed"],
        ["--status", "all", "--speaker", "jane smith"], ["--status", "all", "--source", "2"],
        ["--status", "all", "--site", "the daily ledger"], ["--status", "all", "--since", "2025-03-01"],
        ["--status", "all", "--until", "2025-01-02"], ["--status", "all", "--undated"],
        ["--status", "all", "--limit", "3"], ["--status", "all", "--limit", "0"],
    ]

    @Test("the CSV says what list says, cell by cell, formula guard included, under every filter")
    func csvAgainstList() throws {
        let wb = try Self.awkwardWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        for filter in Self.filters {
            let records = try jsonLines(try CLI.run(["--workbench", wb, "list", "--format", "jsonl"] + filter).stdout)
            let csv = try CLI.run(["--workbench", wb, "export"] + filter)
            #expect(csv.status == 0, "\(filter): \(csv.stderr)")
            let rows = try CSVText.records(csv.stdout)
            #expect(rows.first == CSVText.header)
            #expect(rows.count == records.count + 1, "\(filter)")
            for (row, record) in zip(rows.dropFirst(), records) {
                #expect(row == CSVText.cells(of: record), "\(filter)")
            }
        }
        let all = try CLI.run(["--workbench", wb, "export", "--status", "all"]).stdout
        #expect(all.contains("'=SUM(A1)") && !all.contains("We shall mend"))
    }

    @Test("each JSON Lines record starts with the list record, byte for byte, under every filter")
    func jsonLinesAgainstList() throws {
        let wb = try Self.awkwardWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        for filter in Self.filters {
            let list = try CLI.run(["--workbench", wb, "list", "--format", "jsonl"] + filter).stdout
            let export = try CLI.run(["--workbench", wb, "export", "--format", "jsonl"] + filter)
            #expect(export.status == 0, "\(filter): \(export.stderr)")
            let lines = export.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            let listed = list.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(lines.count == listed.count, "\(filter)")
            for (line, record) in zip(lines, listed) {
                #expect(line.hasPrefix(record.dropLast() + ",\"claim_key\":"), "\(filter)\n\(line)\n\(record)")
            }
        }
    }

    @Test("standard output and --output FILE get the same bytes, every format")
    func outputFileIsStandardOutput() throws {
        let wb = try Self.awkwardWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        for format in [["--format", "csv", "--bom"], ["--format", "jsonl"],
                       ["--format", "claimreview", "--review-url", "https://c.example/{id}", "--org-name", "Desk"]] {
            let file = (wb as NSString).appendingPathComponent("out")
            let stdout = try CLI.run(["--workbench", wb, "export", "--status", "all"] + format)
            let written = try CLI.run(["--workbench", wb, "export", "--status", "all", "--output", file] + format)
            #expect(stdout.status == 0 && written.status == 0)
            #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == Data(stdout.stdout.utf8), "\(format)")
        }
    }
}

/// The CSV of `export` read back (RFC 4180), and the cells DESIGN.md gives a quote record.
enum CSVText {
    static let header = ["id", "quote", "speaker", "speaker_role", "said_on", "said_on_basis", "status", "rating", "note",
                         "evidence", "reviewed_by", "reviewed_at", "source_title", "source_site", "source_url",
                         "published_at", "context"]

    /// The records of CSV text: CRLF line ends, quoted fields with doubled quotes.
    static func records(_ text: String) throws -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = ""
        var quoted = false, wasQuoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let c = scalars.popFirst() {
            if quoted {
                if c == "\"" {
                    if scalars.first == "\"" { field.unicodeScalars.append("\""); scalars.removeFirst() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                try #require(field.isEmpty, "a quote inside an unquoted field")
                quoted = true
                wasQuoted = true
            } else if c == "," {
                record.append(field)
                field = ""
                wasQuoted = false
            } else if c == "\r" {
                try #require(scalars.popFirst() == "\n", "a CR without LF outside quotes")
                record.append(field)
                records.append(record)
                (record, field, wasQuoted) = ([], "", false)
            } else {
                try #require(c != "\n", "a LF outside quotes")
                field.unicodeScalars.append(c)
            }
        }
        try #require(!quoted && field.isEmpty && record.isEmpty && !wasQuoted, "the CSV does not end with CRLF")
        return records
    }

    /// The cells of a `list --format jsonl` record, as the CSV must hold them (formula guard on).
    static func cells(of record: [String: Any]) -> [String] {
        func text(_ key: String) -> String {
            if let number = record[key] as? Int { return String(number) }
            return record[key] as? String ?? ""
        }
        let evidence = (record["evidence"] as? [String] ?? []).joined(separator: " ")
        let values = [text("id"), text("text"), text("speaker"), text("speaker_role"), text("said_on"),
                      text("said_on_basis"), text("status"), text("rating"), text("note"), evidence,
                      text("reviewed_by"), text("reviewed_at"), text("source_title"), text("source_site"),
                      text("source_url"), text("published_at"), text("context")]
        return values.map { value in
            guard let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return value }
            return "'" + value
        }
    }
}
