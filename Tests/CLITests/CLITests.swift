import Foundation
import ProcessSupport
import Testing

/// Runs the built `quotecheck` binary as a real process.
struct CLI {
    /// The binary next to the test bundle in the build folder.
    static func binary() throws -> URL {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("quotecheck")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        let fallback = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/quotecheck")
        return try #require(FileManager.default.isExecutableFile(atPath: fallback.path) ? fallback : nil,
                            "the quotecheck binary is not built")
    }

    /// The repository's root folder.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs quotecheck with `arguments`, feeding `input` on standard input.
    static func run(_ arguments: [String], input: String? = nil, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = arguments
        process.currentDirectoryURL = repository
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env.merge(environment) { $1 }
        process.environment = env
        let output = try ChildProcess.run(process, input: input.map { Data($0.utf8) })
        if output.timedOut {
            Issue.record("quotecheck \(arguments.joined(separator: " ")) ran over \(Int(ChildProcess.timeLimit)) s and was killed")
        }
        return Result(status: process.terminationStatus, stdout: String(decoding: output.stdout, as: UTF8.self),
                      stderr: String(decoding: output.stderr, as: UTF8.self))
    }

    /// A fresh scratch workbench.
    static func workbench() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("qc-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// A fresh scratch workbench with the sample article imported (its seven quotes, source 1).
    static func sampleWorkbench() throws -> String {
        let wb = try workbench()
        let imported = try run(["--workbench", wb, "import", sample])
        try #require(imported.status == 0, "\(imported.stderr)")
        return wb
    }

    /// A fresh scratch workbench with `pages` (HTML the test writes) saved as
    /// `page-1.html`, `page-2.html`, … in it and imported, in that order.
    static func workbench(importing pages: [String]) throws -> String {
        let wb = try workbench()
        var files: [String] = []
        for (index, html) in pages.enumerated() {
            let file = wb + "/page-\(index + 1).html"
            try html.write(toFile: file, atomically: true, encoding: .utf8)
            files.append(file)
        }
        let imported = try run(["--workbench", wb, "import"] + files)
        try #require(imported.status == 0, "\(imported.stderr)")
        return wb
    }

    /// The quotes of workbench `wb` as JSON objects (`list --format jsonl`), by id.
    static func quotesByID(_ wb: String) throws -> [Int: [String: Any]] {
        let rows = try jsonLines(try run(["--workbench", wb, "list", "--format", "jsonl"]).stdout)
        return Dictionary(uniqueKeysWithValues: rows.compactMap { row in (row["id"] as? Int).map { ($0, row) } })
    }
}

let sample = "sources/envoy-peace-plan-2025-11-26.html"

/// The JSON objects of JSON Lines output.
func jsonLines(_ text: String) throws -> [[String: Any]] {
    try text.split(separator: "\n").map { line in
        try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }
}

@Suite("The command line, run as a real process", .serialized)
struct CLITests {
    @Test("import the sample, list the seven quotes with every record field")
    func importAndList() throws {
        let wb = try CLI.workbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let imported = try CLI.run(["--workbench", wb, "import", sample])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("7 quotes\tnew"))
        let listed = try CLI.run(["--workbench", wb, "list", "--format", "jsonl"])
        #expect(listed.status == 0)
        let rows = try jsonLines(listed.stdout)
        #expect(rows.count == 7)
        #expect(rows.map { $0["speaker"] as? String } == [
            "U.S. and Ukrainian officials", "Donald Trump", "Donald Trump", "Volodymyr Zelenskyy",
            "Volodymyr Zelenskyy", "Emmanuel Macron", "Keir Starmer",
        ])
        let fields = ["id", "text", "kind", "speaker", "speaker_role", "speaker_id", "cue", "rule", "confidence",
                      "said_on", "said_on_basis",
                      "source_id", "source_url", "source_file", "source_title", "source_site", "published_at",
                      "paragraph", "start", "end", "context", "status", "rating", "note", "evidence", "reviewed_by",
                      "reviewed_at", "appearances"]
        for row in rows {
            #expect(Set(row.keys).isSuperset(of: fields), "missing \(Set(fields).subtracting(row.keys))")
        }
        #expect(rows.first?["said_on"] as? String == "2025-11-24")
        #expect(rows.first?["said_on_basis"] as? String == "explicit")
        #expect(rows.first?["source_file"] as? String == sample)
        #expect(rows.first?["rating"] is NSNull)

        // Importing the same file again leaves the same quotes.
        let again = try CLI.run(["import", sample, "--workbench", wb])
        #expect(again.status == 0)
        #expect(again.stdout.contains("duplicate"))
        #expect(try jsonLines(try CLI.run(["--workbench", wb, "list", "--format", "jsonl"]).stdout).count == 7)
        #expect(try jsonLines(try CLI.run(["--workbench", wb, "list", "--format", "jsonl", "--limit", "2"]).stdout).count == 2)
    }

    @Test("mark, then export writes the contract's header and one row")
    func markAndExport() throws {
        let wb = try CLI.workbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        #expect(try CLI.run(["--workbench", wb, "import", sample]).status == 0)
        let marked = try CLI.run(["--workbench", wb, "mark", "3", "--status", "verified", "--note", "on tape, 1:02", "--reviewer", "ana"])
        #expect(marked.status == 0, "\(marked.stderr)")
        let export = try CLI.run(["--workbench", wb, "export"])
        #expect(export.status == 0)
        let lines = export.stdout.split(separator: "\r\n", omittingEmptySubsequences: true)
        #expect(lines.first == "id,quote,speaker,speaker_role,said_on,said_on_basis,status,rating,note,evidence,reviewed_by,reviewed_at,source_title,source_site,source_url,published_at,context")
        #expect(lines.count == 2)
        #expect(lines.last?.hasPrefix("3,The deadline for me is when it’s over.,Donald Trump,U.S. President,2025-11-26,publication,verified,,\"on tape, 1:02\",,ana,") == true)
    }

    @Test("printf 'v\\nq\\n' | review verifies the first unreviewed quote; history shows who")
    func scriptedReview() throws {
        let wb = try CLI.workbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        #expect(try CLI.run(["--workbench", wb, "import", sample]).status == 0)
        let review = try CLI.run(["--workbench", wb, "review"], input: "v\nq\n", environment: ["QUOTECHECK_REVIEWER": "bea"])
        #expect(review.status == 0, "\(review.stderr)")
        let history = try CLI.run(["--workbench", wb, "history", "1", "--format", "jsonl"])
        let entries = try jsonLines(history.stdout)
        #expect(entries.count == 1)
        #expect(entries.first?["who"] as? String == "bea")
        #expect(entries.first?["to"] as? String == "verified")
        let rows = try jsonLines(try CLI.run(["--workbench", wb, "list", "--format", "jsonl"]).stdout)
        #expect(rows.map { $0["status"] as? String }.prefix(2) == ["verified", "unreviewed"])
        // Resuming starts at the next unreviewed quote.
        let resumed = try CLI.run(["--workbench", wb, "review", "--reviewer", "bea"], input: "q\n")
        #expect(resumed.stdout.hasPrefix("> #2 Donald Trump"))
    }

    @Test("usage errors exit 64, failed inputs exit 1 and name the input")
    func exitCodes() throws {
        let wb = try CLI.workbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        #expect(try CLI.run(["--workbench", wb, "list", "--status", "nonsense"]).status == 64)
        #expect(try CLI.run(["--workbench", wb, "frobnicate"]).status == 64)
        let missing = try CLI.run(["--workbench", wb, "import", "no-such-file.html", sample])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no-such-file.html"))
        #expect(missing.stdout.contains("imported 1 source"))
        let empty = (wb as NSString).appendingPathComponent("empty.html")
        FileManager.default.createFile(atPath: empty, contents: Data())
        let failed = try CLI.run(["--workbench", wb, "import", empty])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("empty.html': file is empty"))
        #expect(try CLI.run(["--workbench", wb, "show", "42"]).stderr.contains("no quote with id 42"))
    }

    @Test("import - reads standard input; extract prints the article without storing")
    func stdinAndExtract() throws {
        let wb = try CLI.workbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let html = try String(contentsOf: CLI.repository.appendingPathComponent(sample), encoding: .utf8)
        let extracted = try CLI.run(["--workbench", wb, "extract", "-"], input: html)
        #expect(extracted.status == 0)
        let object = try #require(try jsonLines(extracted.stdout).first)
        #expect(object["title"] as? String == "Trump’s Envoy to Meet Putin on Russia - Ukraine Peace Plan")
        #expect((object["quotes"] as? [Any])?.count == 7)
        for quote in try #require(object["quotes"] as? [[String: Any]]) {
            #expect(quote["rule"] != nil && quote["confidence"] != nil, "every quote has rule and confidence (or null)")
        }
        #expect(object["published_at"] as? String == "2025-11-26T09:30:00+00:00")
        #expect(try jsonLines(try CLI.run(["--workbench", wb, "list", "--format", "jsonl"]).stdout).isEmpty)
        let text = try CLI.run(["extract", "--format", "text", sample])
        #expect(text.stdout.split(separator: "\n\n").count == 9)
        let piped = try CLI.run(["--workbench", wb, "import", "-"], input: html)
        #expect(piped.status == 0)
        #expect(try jsonLines(try CLI.run(["--workbench", wb, "list", "--format", "jsonl"]).stdout).count == 7)
    }
}

@Suite("Bad command use, run as a real process", .serialized)
struct BadUseCLITests {
    @Test("a workbench path that is a file is a clear error")
    func workbenchIsAFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("qc-not-a-folder-\(UUID().uuidString)")
        try "x".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try CLI.run(["--workbench", file.path, "list"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("cannot use workbench '\(file.path)'"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "x")
    }

    @Test("a store written by a newer version is refused and left as it was")
    func newerSchema() throws {
        let wb = try CLI.workbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        #expect(try CLI.run(["--workbench", wb, "import", sample]).status == 0)
        let store = (wb as NSString).appendingPathComponent("claims/claims.sqlite")
        // A migration from the future, as a newer quotecheck would have recorded it.
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sqlite.arguments = ["python3", "-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"INSERT INTO grdb_migrations VALUES ('v99-future')\"); c.commit()", store]
        try sqlite.run()
        sqlite.waitUntilExit()
        #expect(sqlite.terminationStatus == 0)
        let result = try CLI.run(["--workbench", wb, "mark", "1", "--status", "verified"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("written by a newer version of quotecheck"))
        // The verdict was not written: the quote is unreviewed and the trail empty.
        let check = Process()
        let out = Pipe()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", "-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute('SELECT status FROM quote WHERE id=1').fetchone()[0], c.execute('SELECT COUNT(*) FROM audit').fetchone()[0])", store]
        check.standardOutput = out
        try check.run()
        check.waitUntilExit()
        #expect(String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) == "unreviewed 0\n")
    }

    @Test("an unknown flag is a usage error (64) that names it")
    func unknownFlag() throws {
        let result = try CLI.run(["list", "--frobnicate"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--frobnicate"))
    }
}
