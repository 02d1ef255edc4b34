import Foundation
import Testing

/// `mark` as a script uses it: every flag kept, bad input refused before anything changes.
@Suite("mark, run as a real process", .serialized)
struct MarkCLITests {
    /// The `list --format jsonl` record of quote `id`.
    static func record(_ id: Int, in wb: String) throws -> [String: Any] {
        let rows = try jsonLines(try CLI.run(["--workbench", wb, "list", "--status", "all", "--format", "jsonl"]).stdout)
        return try #require(rows.first { $0["id"] as? Int == id })
    }

    @Test("every --evidence given is added, in order; --remove-evidence takes one out")
    func everyEvidenceKept() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let marked = try CLI.run(["--workbench", wb, "mark", "3", "--evidence", "https://a.example/1",
                                  "--evidence", "http://b.example/2?x=1", "--reviewer", "ana"])
        #expect(marked.status == 0, "\(marked.stderr)")
        #expect(try Self.record(3, in: wb)["evidence"] as? [String] == ["https://a.example/1", "http://b.example/2?x=1"])

        let removed = try CLI.run(["--workbench", wb, "mark", "3", "--remove-evidence", "https://a.example/1",
                                   "--reviewer", "ana"])
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(try Self.record(3, in: wb)["evidence"] as? [String] == ["http://b.example/2?x=1"])

        let absent = try CLI.run(["--workbench", wb, "mark", "3", "--remove-evidence", "https://never.example/",
                                  "--reviewer", "ana"])
        #expect(absent.status == 1)
        #expect(absent.stderr.contains("https://never.example/"), "\(absent.stderr)")
        #expect(try Self.record(3, in: wb)["evidence"] as? [String] == ["http://b.example/2?x=1"])
    }

    @Test("evidence that is not an absolute http(s) URL is a usage error naming the flag and the value",
          arguments: ["not a url", "javascript:alert(1)", "ftp://files.example/a", "/relative/path", "https://",
                      "example.org/page"])
    func evidenceMustBeAWebAddress(value: String) throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let marked = try CLI.run(["--workbench", wb, "mark", "3", "--status", "verified", "--evidence", value])
        #expect(marked.status == 64)
        #expect(marked.stderr.contains("--evidence"), "\(marked.stderr)")
        #expect(marked.stderr.contains(value), "\(marked.stderr)")
        let record = try Self.record(3, in: wb)
        #expect(record["evidence"] as? [String] == [])
        #expect(record["status"] as? String == "unreviewed")
    }

    @Test("impossible days are usage errors naming the flag",
          arguments: [["mark", "3", "--said-on", "2025-02-30"], ["list", "--since", "2019-02-30"],
                      ["export", "--since", "2023-02-29"], ["review", "--since", "2024-04-31"],
                      ["mark", "3", "--said-on", "2025-13-01"]])
    func impossibleDays(arguments: [String]) throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let run = try CLI.run(["--workbench", wb] + arguments, input: "q\n")
        let flag = try #require(arguments.first { $0.hasPrefix("--") })
        #expect(run.status == 64, "\(run.stdout) \(run.stderr)")
        #expect(run.stderr.contains(flag), "\(run.stderr)")
        #expect(try Self.record(3, in: wb)["said_on"] as? String == "2025-11-26")
    }

    @Test("a leap day is a real day: --since 2024-02-29 and --said-on 2024-02-29 are taken")
    func leapDay() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        #expect(try CLI.run(["--workbench", wb, "list", "--since", "2024-02-29"]).status == 0)
        let marked = try CLI.run(["--workbench", wb, "mark", "3", "--said-on", "2024-02-29", "--reviewer", "ana"])
        #expect(marked.status == 0, "\(marked.stderr)")
    }

    @Test("--said-on records the day with basis 'reviewer', in the trail, the record and show")
    func saidOnByReviewer() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        #expect(try Self.record(3, in: wb)["said_on_basis"] as? String != "reviewer")
        let marked = try CLI.run(["--workbench", wb, "mark", "3", "--said-on", "2025-11-25", "--reviewer", "ana"])
        #expect(marked.status == 0, "\(marked.stderr)")
        let record = try Self.record(3, in: wb)
        #expect(record["said_on"] as? String == "2025-11-25")
        #expect(record["said_on_basis"] as? String == "reviewer")
        let show = try CLI.run(["--workbench", wb, "show", "3"])
        #expect(show.stdout.contains("2025-11-25 (reviewer)"), "\(show.stdout)")
        let trail = try jsonLines(try CLI.run(["--workbench", wb, "history", "3", "--format", "jsonl"]).stdout)
        #expect(trail.contains { $0["field"] as? String == "said_on" && $0["to"] as? String == "2025-11-25"
                && $0["who"] as? String == "ana" })
    }

    @Test("--rating \"\" and the piped review's 'r -' take the rating away, in the trail; a wrong word still names the words")
    func clearingARating() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        for id in ["1", "3"] {
            let rated = try CLI.run(["--workbench", wb, "mark", id, "--rating", "false", "--reviewer", "ana"])
            #expect(rated.status == 0, "\(rated.stderr)")
        }
        let cleared = try CLI.run(["--workbench", wb, "mark", "3", "--rating", "", "--reviewer", "ana"])
        #expect(cleared.status == 0, "\(cleared.stderr)")
        #expect(cleared.stdout.contains("#3 unreviewed (by ana"), "\(cleared.stdout)")
        #expect(try Self.record(3, in: wb)["rating"] as? String == nil)
        let trail = try jsonLines(try CLI.run(["--workbench", wb, "history", "3", "--format", "jsonl"]).stdout)
        #expect(trail.last?["field"] as? String == "rating" && trail.last?["from"] as? String == "false")
        #expect(trail.last?["to"] as? String == nil)
        let piped = try CLI.run(["--workbench", wb, "review", "--status", "all", "--reviewer", "ana"], input: "r -\nq\n")
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(try Self.record(1, in: wb)["rating"] as? String == nil)
        let wrong = try CLI.run(["--workbench", wb, "mark", "3", "--rating", "maybe"])
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("--rating") && wrong.stderr.contains("mostly-true"), "\(wrong.stderr)")
    }

    @Test("a date typed in the piped review gets basis 'reviewer'; an impossible one is refused naming the key")
    func reviewDate() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let before = try Self.record(1, in: wb)
        #expect(before["said_on_basis"] as? String != "reviewer")
        let bad = try CLI.run(["--workbench", wb, "review", "--reviewer", "ana"], input: "d 2025-02-30\nq\n")
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("'d'") && bad.stderr.contains("2025-02-30"), "\(bad.stderr)")
        #expect(try Self.record(1, in: wb)["said_on"] as? String == before["said_on"] as? String)
        #expect(try Self.record(1, in: wb)["version"] as? Int == before["version"] as? Int)
        let good = try CLI.run(["--workbench", wb, "review", "--reviewer", "ana"], input: "d 2025-11-20\nq\n")
        #expect(good.status == 0, "\(good.stderr)")
        let record = try Self.record(1, in: wb)
        #expect(record["said_on"] as? String == "2025-11-20")
        #expect(record["said_on_basis"] as? String == "reviewer")
    }

    @Test("the review's 'e' takes only http(s) URLs, and 'e -URL' takes one out")
    func reviewEvidence() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let bad = try CLI.run(["--workbench", wb, "review", "--reviewer", "ana"], input: "e javascript:alert(1)\nq\n")
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("javascript:alert(1)"), "\(bad.stderr)")
        #expect(try Self.record(1, in: wb)["evidence"] as? [String] == [])
        let added = try CLI.run(["--workbench", wb, "review", "--reviewer", "ana"],
                                input: "e https://a.example/1\ne https://b.example/2\ne -https://a.example/1\nq\n")
        #expect(added.status == 0, "\(added.stderr)")
        #expect(try Self.record(1, in: wb)["evidence"] as? [String] == ["https://b.example/2"])
    }

    @Test("mark 1 99999 changes nothing and names the missing id")
    func allOrNothing() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let marked = try CLI.run(["--workbench", wb, "mark", "1", "99999", "2", "88888", "--status", "verified"])
        #expect(marked.status == 1)
        #expect(marked.stderr.contains("99999") && marked.stderr.contains("88888"), "\(marked.stderr)")
        #expect(try Self.record(1, in: wb)["status"] as? String == "unreviewed")
        #expect(try Self.record(2, in: wb)["status"] as? String == "unreviewed")
        let trail = try jsonLines(try CLI.run(["--workbench", wb, "history", "1", "--format", "jsonl"]).stdout)
        #expect(trail.isEmpty)
    }

    @Test("records carry a version that grows with every change; list, show and export agree")
    func versionInRecords() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let before = try #require(try Self.record(3, in: wb)["version"] as? Int)
        #expect(try CLI.run(["--workbench", wb, "mark", "3", "--status", "verified", "--reviewer", "ana"]).status == 0)
        let after = try #require(try Self.record(3, in: wb)["version"] as? Int)
        #expect(after > before)
        let show = try CLI.run(["--workbench", wb, "show", "3"])
        #expect(show.stdout.contains("version:  \(after)\n"), "\(show.stdout)")
        let exported = try jsonLines(try CLI.run(["--workbench", wb, "export", "--format", "jsonl"]).stdout)
        #expect(exported.first { $0["id"] as? Int == 3 }?["version"] as? Int == after)
    }

    @Test("--expect-version refuses a change made since, exit 1, nothing changed; the current version passes")
    func expectVersion() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let seen = try #require(try Self.record(3, in: wb)["version"] as? Int)
        #expect(try CLI.run(["--workbench", wb, "mark", "3", "--status", "misquoted", "--reviewer", "bob"]).status == 0)
        let refused = try CLI.run(["--workbench", wb, "mark", "3", "--status", "verified", "--expect-version",
                                   String(seen), "--reviewer", "ana"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("bob"), "\(refused.stderr)")
        #expect(refused.stderr.contains("version"), "\(refused.stderr)")
        let record = try Self.record(3, in: wb)
        #expect(record["status"] as? String == "misquoted")
        let current = try #require(record["version"] as? Int)
        let taken = try CLI.run(["--workbench", wb, "mark", "3", "--status", "verified", "--expect-version",
                                 String(current), "--reviewer", "ana"])
        #expect(taken.status == 0, "\(taken.stderr)")
        #expect(try Self.record(3, in: wb)["status"] as? String == "verified")
    }

    @Test("overwriting another reviewer's recent verdict says so on standard error; one's own does not")
    func overwriteNote() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        #expect(try CLI.run(["--workbench", wb, "mark", "3", "--status", "misquoted", "--reviewer", "bob"]).status == 0)
        let again = try CLI.run(["--workbench", wb, "mark", "3", "--status", "misattributed", "--reviewer", "bob"])
        #expect(again.status == 0)
        #expect(again.stderr.isEmpty, "\(again.stderr)")
        let over = try CLI.run(["--workbench", wb, "mark", "3", "--status", "verified", "--reviewer", "ana"])
        #expect(over.status == 0, "\(over.stderr)")
        #expect(over.stderr.contains("bob") && over.stderr.contains("misattributed"), "\(over.stderr)")
        #expect(try Self.record(3, in: wb)["status"] as? String == "verified")
    }

    @Test("--speaker, --role and --text change the quote, each in the audit trail")
    func speakerRoleAndText() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let marked = try CLI.run(["--workbench", wb, "mark", "3", "--speaker", "Jane Doe", "--role", "spokeswoman",
                                  "--text", "The deadline is when it is over.", "--reviewer", "ana"])
        #expect(marked.status == 0, "\(marked.stderr)")
        let record = try Self.record(3, in: wb)
        #expect(record["speaker"] as? String == "Jane Doe")
        #expect(record["speaker_role"] as? String == "spokeswoman")
        #expect(record["text"] as? String == "The deadline is when it is over.")
        let trail = try jsonLines(try CLI.run(["--workbench", wb, "history", "3", "--format", "jsonl"]).stdout)
        #expect(Set(trail.compactMap { $0["field"] as? String }) == ["speaker", "speaker_role", "text"])
        #expect(trail.allSatisfy { $0["who"] as? String == "ana" })
    }

    @Test("the JSON Lines round trip keeps the version field and reads it back")
    func roundTripWithVersion() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        #expect(try CLI.run(["--workbench", wb, "mark", "3", "--status", "verified", "--reviewer", "ana"]).status == 0)
        let file = (wb as NSString).appendingPathComponent("backup.jsonl")
        #expect(try CLI.run(["--workbench", wb, "export", "--format", "jsonl", "--status", "all", "--output", file]).status == 0)
        let other = try CLI.workbench()
        defer { try? FileManager.default.removeItem(atPath: other) }
        let restored = try CLI.run(["--workbench", other, "import", file])
        #expect(restored.status == 0, "\(restored.stderr)")
        let again = try CLI.run(["--workbench", other, "export", "--format", "jsonl", "--status", "all"])
        #expect(again.stdout == (try String(contentsOfFile: file, encoding: .utf8)))
        #expect(try jsonLines(again.stdout).allSatisfy { $0["version"] is Int })
    }
}
