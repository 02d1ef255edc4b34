import Foundation
import Testing

/// Two reviewers on one workbench at the same time, as two real processes.
@Suite("two reviewers at once")
struct ConcurrentReviewTests {
    /// An article with `count` quotes by Jane Smith, one per paragraph.
    static func article(quotes count: Int) -> String {
        let topics = ["budget", "harbour", "schools", "railway", "taxes", "hospital", "bridge", "farms", "police", "water"]
        let paragraphs = (0..<count).map { index in
            "<p>The council met again on Tuesday. “We will fix item \(index) of the \(topics[index % topics.count]) plan by spring,” said Jane Smith, the mayor.</p>"
        }
        return """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council promises</title>
            <meta property="article:published_time" content="2025-03-01T10:00:00+00:00"></head>
            <body><article><h1>Council promises</h1>\(paragraphs.joined())</article></body></html>
            """
    }

    /// Starts `quotecheck mark ID --status S --reviewer NAME` for each id in turn, in a shell loop, as one background job.
    static func markLoop(_ wb: String, ids: [Int], status: String, reviewer: String) throws -> Process {
        let binary = try CLI.binary().path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", """
            for id in \(ids.map(String.init).joined(separator: " ")); do
              "$0" --workbench "$1" mark "$id" --status \(status) --reviewer \(reviewer) > /dev/null || exit 1
            done
            """, binary, wb]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test("200 verdicts given by two processes at the same time all land, each with its audit entry")
    func twoHundredVerdicts() throws {
        let wb = try CLI.workbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let page = (wb as NSString).appendingPathComponent("council.html")
        try Self.article(quotes: 200).write(toFile: page, atomically: true, encoding: .utf8)
        let imported = try CLI.run(["--workbench", wb, "import", page])
        try #require(imported.status == 0, "\(imported.stderr)")
        let ids = try jsonLines(try CLI.run(["--workbench", wb, "list", "--format", "jsonl"]).stdout).compactMap { $0["id"] as? Int }
        try #require(ids.count == 200)
        // Interleaved: ana takes the even positions, bob the odd ones, both at once.
        let ana = try Self.markLoop(wb, ids: ids.enumerated().filter { $0.offset % 2 == 0 }.map(\.element),
                                    status: "verified", reviewer: "ana")
        let bob = try Self.markLoop(wb, ids: ids.enumerated().filter { $0.offset % 2 == 1 }.map(\.element),
                                    status: "misquoted", reviewer: "bob")
        ana.waitUntilExit()
        bob.waitUntilExit()
        #expect(ana.terminationStatus == 0)
        #expect(bob.terminationStatus == 0)
        let rows = try jsonLines(try CLI.run(["--workbench", wb, "list", "--format", "jsonl"]).stdout)
        let byStatus = Dictionary(grouping: rows, by: { $0["status"] as? String ?? "" }).mapValues(\.count)
        #expect(byStatus == ["verified": 100, "misquoted": 100])
        #expect(rows.allSatisfy { ($0["reviewed_by"] as? String) == (($0["status"] as? String) == "verified" ? "ana" : "bob") })
        var entries = 0
        for id in ids {
            let trail = try jsonLines(try CLI.run(["--workbench", wb, "history", String(id), "--format", "jsonl"]).stdout)
            entries += trail.filter { $0["field"] as? String == "status" }.count
        }
        #expect(entries == 200)
    }

    /// Runs `review --reviewer ana` on piped input; once it shows the first quote (its `> #1` line
    /// is read, an event, not a delay), bob adds a note to quote 1, then `lines` arrive.
    static func reviewWhileBobNotes(_ wb: String, lines: String) throws -> CLI.Result {
        let process = Process()
        process.executableURL = try CLI.binary()
        process.arguments = ["--workbench", wb, "review", "--reviewer", "ana"]
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        process.environment = env
        let input = Pipe(), out = Pipe(), err = Pipe()
        process.standardInput = input
        process.standardOutput = out
        process.standardError = err
        try process.run()
        var shown = Data()
        while !String(decoding: shown, as: UTF8.self).contains("> #1") {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            shown.append(chunk)
        }
        let bob = try CLI.run(["--workbench", wb, "mark", "1", "--note", "from bob", "--reviewer", "bob"])
        #expect(bob.status == 0, "\(bob.stderr)")
        input.fileHandleForWriting.write(Data(lines.utf8))
        try input.fileHandleForWriting.close()
        shown.append(out.fileHandleForReading.readDataToEndOfFile())
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return CLI.Result(status: process.terminationStatus, stdout: String(decoding: shown, as: UTF8.self), stderr: stderr)
    }

    @Test("piped review: a verdict on a quote changed meanwhile is refused and given when the line is repeated")
    func pipedConflictConfirmed() throws {
        let wb = try CLI.workbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        #expect(try CLI.run(["--workbench", wb, "import", sample]).status == 0)
        let review = try Self.reviewWhileBobNotes(wb, lines: "v\nv\nq\n")
        #expect(review.status == 1, "a refused line makes the exit status 1")
        #expect(review.stderr.contains("conflict: quote 1 was changed since it was shown: bob set note ∅ → from bob"))
        #expect(review.stdout.contains("#1 verified"))
        let first = try #require(try jsonLines(try CLI.run(["--workbench", wb, "list", "--format", "jsonl"]).stdout).first)
        #expect(first["status"] as? String == "verified")
        #expect(first["note"] as? String == "from bob")
    }

    @Test("piped review: after a refused verdict other lines are refused until an empty line skips the quote")
    func pipedConflictSkipped() throws {
        let wb = try CLI.workbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        #expect(try CLI.run(["--workbench", wb, "import", sample]).status == 0)
        let review = try Self.reviewWhileBobNotes(wb, lines: "v\nm\n\nm\nq\n")
        #expect(review.status == 1)
        #expect(review.stderr.contains("conflict: quote 1 was changed"))
        #expect(review.stderr.contains("quote #1 still awaits the refused change"))
        #expect(review.stdout.contains("#2 misquoted"))
        let rows = try jsonLines(try CLI.run(["--workbench", wb, "list", "--format", "jsonl"]).stdout)
        #expect(rows.prefix(2).map { $0["status"] as? String } == ["unreviewed", "misquoted"])
    }
}
