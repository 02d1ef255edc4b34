import Foundation
import Testing

/// `copy --to DIR`: the whole workbench into an empty workbench folder, ids kept.
@Suite("copy --to, run as real processes")
struct CopyCLITests {
    static func run(_ wb: String, _ arguments: [String]) throws -> CLI.Result {
        try CLI.run(["--workbench", wb] + arguments)
    }

    /// A workbench with two articles, verdicts, an assignment, a
    /// renamed speaker and the sample's source removed.
    static func busyWorkbench() throws -> String {
        let wb = try CLI.sampleWorkbench()
        let page = (wb as NSString).appendingPathComponent("council.html")
        try ConcurrentReviewTests.article(quotes: 3).write(toFile: page, atomically: true, encoding: .utf8)
        try #require(try run(wb, ["import", page]).status == 0)
        for arguments in [
            ["mark", "3", "--status", "verified", "--rating", "mostly-true", "--note", "on tape, 1:02\ttabbed",
             "--evidence", "https://example.org/tape", "--reviewer", "ana"],
            ["mark", "8", "--status", "misquoted", "--reviewer", "bo"],
            ["mark", "9", "--status", "unverifiable", "--reviewer", "bo"],
            ["assign", "10", "--to", "cy", "--reviewer", "ana"],
            ["speakers", "rename", "Emmanuel Macron", "President Emmanuel Macron", "--reviewer", "ana"],
            ["sources", "remove", "1", "--reviewer", "bo"],
        ] {
            let result = try run(wb, arguments)
            try #require(result.status == 0, "\(arguments): \(result.stderr)")
        }
        return wb
    }

    @Test("the copy's export --format jsonl --status all is byte-identical, and so are its listings and archive")
    func copyIntoFolder() throws {
        let wb = try Self.busyWorkbench()
        let copy = try CLI.workbench() + "/copy"
        defer {
            try? FileManager.default.removeItem(atPath: wb)
            try? FileManager.default.removeItem(atPath: (copy as NSString).deletingLastPathComponent)
        }
        let copied = try Self.run(wb, ["copy", "--to", copy])
        #expect(copied.status == 0, "\(copied.stderr)")
        #expect(copied.stderr.contains("archived document"))
        for arguments in [["export", "--format", "jsonl", "--status", "all"], ["list", "--format", "jsonl", "--status", "all"],
                          ["sources", "--format", "jsonl"], ["sources", "--removed", "--format", "jsonl"],
                          ["speakers", "--format", "jsonl"], ["history", "3", "--format", "jsonl"],
                          ["search", "spring", "--format", "jsonl"]] {
            let original = try Self.run(wb, arguments)
            let again = try Self.run(copy, arguments)
            #expect(original.status == 0 && again.status == 0, "\(arguments): \(original.stderr) \(again.stderr)")
            #expect(again.stdout == original.stdout, "\(arguments) differs")
            #expect(!original.stdout.isEmpty, "\(arguments) printed nothing")
        }
        let sources = try jsonLines(try Self.run(wb, ["sources", "--format", "jsonl"]).stdout)
            + jsonLines(try Self.run(wb, ["sources", "--removed", "--format", "jsonl"]).stdout)
        #expect(sources.count == 2)
        for source in sources {
            let sha256 = try #require(source["sha256"] as? String)
            #expect(try Self.run(copy, ["archive", sha256]).stdout == (try Self.run(wb, ["archive", sha256])).stdout)
            #expect(try Self.run(copy, ["archive", sha256, "--sidecar"]).stdout
                    == (try Self.run(wb, ["archive", sha256, "--sidecar"])).stdout)
        }
        // The copy goes on numbering after the copied ids.
        let page = (copy as NSString).appendingPathComponent("more.html")
        // Items 0 to 2 are the copied claims again; items 3 to 12 are new.
        try ConcurrentReviewTests.article(quotes: 13).write(toFile: page, atomically: true, encoding: .utf8)
        let imported = try Self.run(copy, ["import", page])
        #expect(imported.status == 0, "\(imported.stderr)")
        let ids = try jsonLines(try Self.run(copy, ["list", "--format", "jsonl", "--source", "3"]).stdout).compactMap { $0["id"] as? Int }
        #expect(ids == [8, 9, 10] + Array(11...20))
    }

    @Test("a workbench that is not empty is refused, exit 1, naming it; nothing in it changes")
    func refusesFullWorkbench() throws {
        let wb = try CLI.sampleWorkbench()
        let other = try CLI.sampleWorkbench()
        defer {
            try? FileManager.default.removeItem(atPath: wb)
            try? FileManager.default.removeItem(atPath: other)
        }
        let before = try Self.run(other, ["export", "--format", "jsonl", "--status", "all"]).stdout
        let refused = try Self.run(wb, ["copy", "--to", other])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains(other) && refused.stderr.contains("not empty"), "\(refused.stderr)")
        #expect(try Self.run(other, ["export", "--format", "jsonl", "--status", "all"]).stdout == before)
        let itself = try Self.run(wb, ["copy", "--to", wb])
        #expect(itself.status == 1, "\(itself.stderr)")
    }

    @Test("a copy that fails part way leaves the target workbench empty")
    func failureLeavesFolderEmpty() throws {
        let wb = try CLI.sampleWorkbench()
        let target = try CLI.workbench()
        defer {
            try? FileManager.default.removeItem(atPath: wb)
            try? FileManager.default.removeItem(atPath: target)
        }
        // The archive's folder is a file: the bytes cannot be written after the rows are.
        try FileManager.default.createDirectory(atPath: target + "/sources", withIntermediateDirectories: true)
        try Data("in the way".utf8).write(to: URL(fileURLWithPath: target + "/sources/archive"))
        let failed = try Self.run(wb, ["copy", "--to", target])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("sources/archive"), "\(failed.stderr)")
        let listed = try Self.run(target, ["list", "--format", "jsonl", "--status", "all"])
        #expect(listed.status == 0 && listed.stdout.isEmpty)
        #expect(try Self.run(target, ["sources", "--format", "jsonl"]).stdout.isEmpty)
    }

    @Test("a PostgreSQL URL's password appears in no message: a server that cannot be reached, a malformed URL")
    func passwordNeverShown() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let secret = "Sup3r-s3cret"
        // Port 1 on loopback: nothing listens there.
        let unreachable = try Self.run(wb, ["copy", "--to", "postgres://ana:\(secret)@127.0.0.1:1/claims?sslmode=disable"])
        #expect(unreachable.status == 1)
        #expect(unreachable.stderr.contains("127.0.0.1"), "\(unreachable.stderr)")
        #expect(!unreachable.stderr.contains(secret) && !unreachable.stdout.contains(secret))
        let malformed = try Self.run(wb, ["copy", "--to", "postgres://ana:\(secret)@127.0.0.1:notaport/claims"])
        #expect(malformed.status == 64)
        #expect(malformed.stderr.contains("--to"), "\(malformed.stderr)")
        #expect(!malformed.stderr.contains(secret))
    }

    @Test("on a terminal a progress line shows the rows copied and the rate; piped, nothing of it")
    func progressOnATerminal() throws {
        let wb = try CLI.sampleWorkbench()
        let target = try CLI.workbench()
        let piped = try CLI.workbench()
        defer { [wb, target, piped].forEach { try? FileManager.default.removeItem(atPath: $0) } }
        let terminal = try PseudoTerminal(["--workbench", wb, "copy", "--to", target], columns: 120)
        try terminal.waitFor(" rows/s")
        #expect(try terminal.waitForExit() == 0)
        #expect(terminal.output.contains("] "), "\(terminal.output)")
        let quiet = try Self.run(wb, ["copy", "--to", piped])
        #expect(quiet.status == 0)
        #expect(!quiet.stderr.contains("rows/s") && !quiet.stdout.contains("rows/s"))
    }
}
