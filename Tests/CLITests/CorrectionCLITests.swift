import Foundation
import Testing

/// `speakers role`, `speakers unalias` and `sources remove [--undo]`, run as real processes.
@Suite("corrections, run as a real process", .serialized)
struct CorrectionCLITests {
    static func run(_ wb: String, _ arguments: [String]) throws -> CLI.Result {
        try CLI.run(["--workbench", wb] + arguments)
    }

    static func lines(_ wb: String, _ arguments: [String]) throws -> [[String: Any]] {
        let result = try run(wb, arguments + ["--format", "jsonl"])
        try #require(result.status == 0, "\(result.stderr)")
        return try jsonLines(result.stdout)
    }

    @Test("speakers role sets the usual role: listed, shown on quotes without their own, in their trails")
    func speakerRole() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let quote = try #require(try Self.lines(wb, ["list"]).first { $0["speaker_role"] is NSNull && $0["speaker"] is String })
        let name = try #require(quote["speaker"] as? String)
        let set = try Self.run(wb, ["speakers", "role", name, "Chief negotiator", "--reviewer", "ana"])
        #expect(set.status == 0, "\(set.stderr)")
        let speaker = try #require(try Self.lines(wb, ["speakers"]).first { $0["name"] as? String == name })
        #expect(speaker["role"] as? String == "Chief negotiator")
        let table = try Self.run(wb, ["speakers", "--format", "table"])
        #expect(table.stdout.contains("ROLE") && table.stdout.contains("Chief negotiator"))
        let shown = try #require(try Self.lines(wb, ["list"]).first { $0["id"] as? Int == quote["id"] as? Int })
        #expect(shown["speaker_role"] as? String == "Chief negotiator")
        let history = try Self.run(wb, ["history", String(quote["id"] as? Int ?? 0), "--format", "jsonl"])
        #expect(history.stdout.contains("speaker role") && history.stdout.contains("ana"), "\(history.stdout)")
    }

    @Test("speakers unalias removes an alias; one the speaker does not have is an error naming both")
    func speakerUnalias() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let speakers = try Self.lines(wb, ["speakers"])
        let renamed = try #require(speakers.first)
        let name = try #require(renamed["name"] as? String)
        // Give the speaker an alias through a rename, then take the wrong one away.
        #expect(try Self.run(wb, ["speakers", "rename", name, "New Name"]).status == 0)
        let removed = try Self.run(wb, ["speakers", "unalias", "New Name", name, "--reviewer", "ana"])
        #expect(removed.status == 0, "\(removed.stderr)")
        let after = try #require(try Self.lines(wb, ["speakers"]).first { $0["name"] as? String == "New Name" })
        #expect(after["aliases"] as? [String] == renamed["aliases"] as? [String], "only the wrong alias went")

        let wrong = try Self.run(wb, ["speakers", "unalias", "New Name", "Nobody Else"])
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("New Name") && wrong.stderr.contains("Nobody Else"), "\(wrong.stderr)")
        let usage = try Self.run(wb, ["speakers", "unalias", "New Name"])
        #expect(usage.status == 64)
    }

    @Test("sources remove takes the quotes out of list and export, keeps trails and bytes; --undo brings them back")
    func removeAndUndo() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        #expect(try Self.run(wb, ["mark", "1", "--status", "verified", "--reviewer", "ana"]).status == 0)
        let before = try Self.lines(wb, ["list", "--status", "all"])
        #expect(before.count == 7)
        let archive = URL(fileURLWithPath: wb).appendingPathComponent("sources/archive")
        let archived = try FileManager.default.contentsOfDirectory(atPath: archive.path)

        let removed = try Self.run(wb, ["sources", "remove", "1", "--reviewer", "bob"])
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(removed.stdout.contains("--undo 1"), "\(removed.stdout)")
        #expect(try Self.lines(wb, ["list", "--status", "all"]).isEmpty)
        let export = try Self.run(wb, ["export", "--format", "jsonl", "--status", "all"])
        #expect(export.status == 0 && export.stdout.isEmpty, "\(export.stdout)")
        #expect(try Self.lines(wb, ["sources"]).isEmpty)
        let listed = try Self.lines(wb, ["sources", "--removed"])
        #expect(listed.map { $0["id"] as? Int } == [1])
        #expect(listed.first?["removed_by"] as? String == "bob")
        #expect(try FileManager.default.contentsOfDirectory(atPath: archive.path) == archived)
        let trail = try Self.run(wb, ["history", "1", "--format", "jsonl"])
        #expect(trail.stdout.contains("verified") && trail.stdout.contains("\"removed\""), "\(trail.stdout)")

        let reimport = try Self.run(wb, ["import", sample])
        #expect(reimport.status == 0, "\(reimport.stderr)")
        #expect(try Self.lines(wb, ["list", "--status", "all"]).isEmpty, "the bytes of a removed source stay removed")

        let again = try Self.run(wb, ["sources", "remove", "1"])
        #expect(again.status == 1 && again.stderr.contains("--undo"), "\(again.stderr)")

        let back = try Self.run(wb, ["sources", "remove", "--undo", "1", "--reviewer", "bob"])
        #expect(back.status == 0, "\(back.stderr)")
        let after = try Self.lines(wb, ["list", "--status", "all"])
        #expect(after.map { $0["id"] as? Int } == before.map { $0["id"] as? Int })
        #expect(after.first?["status"] as? String == "verified")
        let restoredTrail = try Self.run(wb, ["history", "1", "--format", "jsonl"])
        #expect(restoredTrail.stdout.contains("\"restored\""), "\(restoredTrail.stdout)")
        #expect(try Self.lines(wb, ["sources", "--removed"]).isEmpty)
    }

    @Test("a quote that also appears in another source loses only that appearance")
    func sharedQuotesStay() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let copy = URL(fileURLWithPath: wb).appendingPathComponent("copy.html")
        var bytes = try Data(contentsOf: CLI.repository.appendingPathComponent(sample))
        bytes.append(Data("\n<!-- a syndicated copy -->\n".utf8))
        try bytes.write(to: copy)
        #expect(try Self.run(wb, ["import", copy.path]).status == 0)
        let before = try Self.lines(wb, ["list"])
        #expect(before.allSatisfy { $0["appearances"] as? Int == 2 })

        #expect(try Self.run(wb, ["sources", "remove", "1"]).status == 0)
        let after = try Self.lines(wb, ["list"])
        #expect(after.count == before.count)
        #expect(after.allSatisfy { $0["appearances"] as? Int == 1 && $0["source_id"] as? Int == 2 })
        #expect(try Self.run(wb, ["sources", "remove", "--undo", "1"]).status == 0)
        let restored = try Self.lines(wb, ["list"])
        #expect(restored.map { $0["source_id"] as? Int } == before.map { $0["source_id"] as? Int })
        #expect(restored.map { $0["appearances"] as? Int } == before.map { $0["appearances"] as? Int })
    }

    @Test("misuse of sources remove is a usage error naming the problem",
          arguments: [["sources", "remove"], ["sources", "--undo"], ["sources", "remove", "1", "--removed"]])
    func usage(arguments: [String]) throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let result = try Self.run(wb, arguments)
        #expect(result.status == 64, "\(result.stderr)")
    }
}
