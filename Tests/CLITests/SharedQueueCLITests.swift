import Foundation
import Store
import Testing

/// Two reviewers sharing one queue, `assign` and `review --mine`, run as real processes.
@Suite("shared review queue, run as real processes")
struct SharedQueueCLITests {
    static func run(_ wb: String, _ arguments: [String], input: String? = nil,
                    environment: [String: String] = [:]) throws -> CLI.Result {
        try CLI.run(["--workbench", wb] + arguments, input: input, environment: environment)
    }

    /// The audit trail of a quote.
    static func history(_ wb: String, _ id: Int) throws -> [[String: Any]] {
        try jsonLines(try run(wb, ["history", String(id), "--format", "jsonl"]).stdout)
    }

    @Test("two reviewers on pseudo-terminals get #1 and #2; when the first quits, a third gets #1; show names the holder")
    func twoTerminals() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let ana = try PseudoTerminal(["--workbench", wb, "review", "--reviewer", "ana"])
        try ana.waitFor("#1  “common understanding”")
        // Started once ana's screen shows #1 (her output is the event waited on).
        let bob = try PseudoTerminal(["--workbench", wb, "review", "--reviewer", "bob"])
        try bob.waitFor("#2  “just a concept”")
        #expect(!bob.output.contains("common understanding"), "bob never sees the quote ana holds")
        let shown = try Self.run(wb, ["show", "1"])
        #expect(shown.stdout.contains("  held by:  ana until "), "\(shown.stdout)")
        // A lease never blocks a verdict: mark works on the quote ana holds.
        let marked = try Self.run(wb, ["mark", "1", "--note", "seen by bob", "--reviewer", "bob"])
        #expect(marked.status == 0, "\(marked.stderr)")

        ana.send("q")
        #expect(try ana.waitForExit() == 0)
        #expect(!(try Self.run(wb, ["show", "1"]).stdout.contains("held by")), "quitting lets the quote go")
        let cy = try PseudoTerminal(["--workbench", wb, "review", "--reviewer", "cy"])
        try cy.waitFor("#1  “common understanding”")
        #expect(try Self.run(wb, ["show", "1"]).stdout.contains("  held by:  cy until "))
        cy.send("\u{03}")  // Ctrl-C quits like q, and lets the quote go too
        bob.send("q")
        #expect(try cy.waitForExit() == 0)
        #expect(try bob.waitForExit() == 0)
        #expect(!(try Self.run(wb, ["show", "1"]).stdout.contains("held by")))
        #expect(!(try Self.run(wb, ["show", "2"]).stdout.contains("held by")))
    }

    /// Starts `review --reviewer NAME` on piped input and reads its output until it shows a quote (`> #`).
    static func pipedReview(_ wb: String, reviewer: String) throws -> (Process, Pipe, String) {
        let process = Process()
        process.executableURL = try CLI.binary()
        process.arguments = ["--workbench", wb, "review", "--reviewer", reviewer]
        let input = Pipe(), out = Pipe()
        process.standardInput = input
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        var shown = Data()
        while !String(decoding: shown, as: UTF8.self).contains("\n") {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            shown.append(chunk)
        }
        return (process, input, String(decoding: shown, as: UTF8.self))
    }

    @Test("line mode: a second reviewer started while the first shows #1 gets #2; after the first quits, #1 is free again")
    func twoPipedReviews() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let (ana, anaInput, anaShown) = try Self.pipedReview(wb, reviewer: "ana")
        #expect(anaShown.hasPrefix("> #1 "), "\(anaShown)")
        let bob = try Self.run(wb, ["review", "--reviewer", "bob"], input: "v\nq\n")
        #expect(bob.status == 0, "\(bob.stderr)")
        #expect(bob.stdout.hasPrefix("> #2 "), "\(bob.stdout)")
        #expect(bob.stdout.contains("#2 verified"))
        #expect(!bob.stdout.contains("> #1 "))
        anaInput.fileHandleForWriting.write(Data("q\n".utf8))
        try anaInput.fileHandleForWriting.close()
        ana.waitUntilExit()
        #expect(ana.terminationStatus == 0)
        let cy = try Self.run(wb, ["review", "--reviewer", "cy"], input: "q\n")
        #expect(cy.stdout.hasPrefix("> #1 "), "\(cy.stdout)")
    }

    @Test("a hold taken eleven minutes ago has expired and the next reviewer gets the quote; one taken a minute ago still holds")
    func expiredHold() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        // The hold is planted through the store with a moment in the past: no waiting.
        let store = try ClaimsStore(path: (wb as NSString).appendingPathComponent("claims/claims.sqlite"))
        try store.takeLease(onQuote: 1, for: "ana", at: Date().addingTimeInterval(-11 * 60))
        #expect(!(try Self.run(wb, ["show", "1"]).stdout.contains("held by")))
        let after = try Self.run(wb, ["review", "--reviewer", "bob"], input: "q\n")
        #expect(after.stdout.hasPrefix("> #1 "), "\(after.stdout)")

        try store.takeLease(onQuote: 1, for: "ana", at: Date().addingTimeInterval(-60))
        #expect(try Self.run(wb, ["show", "1"]).stdout.contains("  held by:  ana until "))
        let within = try Self.run(wb, ["review", "--reviewer", "bob"], input: "q\n")
        #expect(within.stdout.hasPrefix("> #2 "), "\(within.stdout)")
    }

    @Test("assign gives quotes to a reviewer, audited; review --mine walks only those; '--to -' takes them back")
    func assignAndMine() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let assigned = try Self.run(wb, ["assign", "2", "4", "--to", "ana", "--reviewer", "lead"])
        #expect(assigned.status == 0, "\(assigned.stderr)")
        #expect(assigned.stdout == "#2 assigned to ana\n#4 assigned to ana\n")
        let entry = try #require(try Self.history(wb, 2).last)
        #expect(entry["field"] as? String == "assigned")
        #expect(entry["who"] as? String == "lead")
        #expect(entry["from"] is NSNull && entry["to"] as? String == "ana", "\(entry)")
        #expect(try Self.run(wb, ["show", "2"]).stdout.contains("  assigned: ana\n"))

        let mine = try Self.run(wb, ["review", "--mine"], input: "v\nv\n", environment: ["QUOTECHECK_REVIEWER": "ana"])
        #expect(mine.status == 0, "\(mine.stderr)")
        let shown = mine.stdout.split(separator: "\n").filter { $0.hasPrefix("> #") }.map { $0.prefix(5) }
        #expect(shown == ["> #2 ", "> #4 "], "\(mine.stdout)")
        #expect(mine.stdout.hasSuffix("no more quotes to review\n"))
        let bobs = try Self.run(wb, ["review", "--mine", "--reviewer", "bob"], input: "q\n")
        #expect(bobs.stdout == "no more quotes to review\n", "\(bobs.stdout)")

        let back = try Self.run(wb, ["assign", "2", "--to", "-", "--reviewer", "lead"])
        #expect(back.stdout == "#2 assigned to nobody\n", "\(back.stdout)")
        #expect(try Self.history(wb, 2).last?["from"] as? String == "ana")
        #expect(!(try Self.run(wb, ["show", "2"]).stdout.contains("\n  assigned: ")))
    }

    @Test("assign checks every id first: unknown ids are named, exit 1, nothing assigned")
    func assignUnknownIDs() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let result = try Self.run(wb, ["assign", "1", "98", "99", "--to", "ana"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("98, 99") && result.stderr.contains("nothing was changed"), "\(result.stderr)")
        #expect(try Self.history(wb, 1).isEmpty)
    }

    @Test("assign's usage errors exit 64 and name the flag",
          arguments: [(["assign", "1", "--to", ""], "--to"), (["assign", "1"], "--to"), (["assign", "--to", "ana"], "ID")])
    func assignUsage(arguments: [String], flag: String) throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let result = try Self.run(wb, arguments)
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.contains(flag), "\(result.stderr)")
    }

    @Test("the JSON Lines round trip brings the assignment back: review --mine works in the restored workbench")
    func assignmentRoundTrip() throws {
        let wb = try CLI.sampleWorkbench()
        let copy = try CLI.workbench()
        defer {
            try? FileManager.default.removeItem(atPath: wb)
            try? FileManager.default.removeItem(atPath: copy)
        }
        #expect(try Self.run(wb, ["assign", "3", "--to", "ana"]).status == 0)
        let backup = (copy as NSString).appendingPathComponent("backup.jsonl")
        #expect(try Self.run(wb, ["export", "--status", "all", "--format", "jsonl", "--output", backup]).status == 0)
        #expect(try Self.run(copy, ["import", backup]).status == 0)
        let mine = try Self.run(copy, ["review", "--mine", "--reviewer", "ana"], input: "q\n")
        #expect(mine.stdout.hasPrefix("> #3 "), "\(mine.stdout)")
        #expect(try Self.run(copy, ["export", "--status", "all", "--format", "jsonl"]).stdout
            == Self.run(wb, ["export", "--status", "all", "--format", "jsonl"]).stdout)
    }
}
