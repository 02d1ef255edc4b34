import Foundation
import Testing

@Suite("Round trip through a JSON Lines export, run as real processes", .serialized)
struct RoundTripCLITests {
    @Test("export → import into an empty workbench → export gives the same records, verdicts and trail")
    func roundTrip() throws {
        let first = try CLI.workbench(), second = try CLI.workbench()
        defer {
            try? FileManager.default.removeItem(atPath: first)
            try? FileManager.default.removeItem(atPath: second)
        }
        #expect(try CLI.run(["--workbench", first, "import", sample]).status == 0)
        #expect(try CLI.run(["--workbench", first, "mark", "3", "--status", "verified", "--rating", "mostly-true",
                             "--note", "on tape", "--reviewer", "ana"]).status == 0)
        #expect(try CLI.run(["--workbench", first, "mark", "6", "--status", "misquoted", "--evidence",
                             "https://elysee.example/statement", "--reviewer", "bea"]).status == 0)
        let backup = (first as NSString).appendingPathComponent("backup.jsonl")
        #expect(try CLI.run(["--workbench", first, "export", "--status", "all", "--format", "jsonl", "--output", backup]).status == 0)
        let restored = try CLI.run(["--workbench", second, "import", backup])
        #expect(restored.status == 0, "\(restored.stderr)")
        let exportA = try CLI.run(["--workbench", first, "export", "--status", "all", "--format", "jsonl"]).stdout
        let exportB = try CLI.run(["--workbench", second, "export", "--status", "all", "--format", "jsonl"]).stdout
        #expect(!exportA.isEmpty)
        #expect(exportA == exportB)
        let history = try jsonLines(try CLI.run(["--workbench", second, "history", "6", "--format", "jsonl"]).stdout)
        #expect(history.map { $0["who"] as? String } == ["bea", "bea"])
        // Importing the same export again adds nothing.
        #expect(try CLI.run(["--workbench", second, "import", backup]).status == 0)
        #expect(try CLI.run(["--workbench", second, "export", "--status", "all", "--format", "jsonl"]).stdout == exportA)
    }
}
