import Foundation
import Testing

/// Issue 17's race, smaller: four `quotecheck mark --expect-version` processes
/// at once on the same three quotes (`Benchmarks/mark-worker.sh`; the
/// benchmark `Benchmarks/mark-race.sh` runs 4 × 500). No verdict is lost, and
/// every refusal names the other checker's change.
@Suite("four checkers marking the same quotes at once")
struct ConcurrentMarkCLITests {
    @Test("4 processes × 6 verdicts on 3 quotes: none lost, every refusal shows the other change",
          arguments: CLIBackend.available)
    func fourProcesses(backend: CLIBackend) async throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let store = try await PostgresCLITests.store(backend, workbench: wb)
        let rows = try jsonLines(try CLI.run(store + ["list", "--format", "jsonl", "--limit", "3"]).stdout)
        let targets = try rows.map { row in
            "\(try #require(row["id"] as? Int)):\(try #require(row["version"] as? Int))"
        }
        try #require(targets.count == 3)
        let workers = 4, verdicts = 6
        let script = CLI.repository.appendingPathComponent("Benchmarks/mark-worker.sh").path
        let binary = try CLI.binary().path
        var running: [(Process, Pipe)] = []
        for worker in 1...workers {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = [script, "w\(worker)", String(verdicts)] + targets + ["--", binary] + store
            process.currentDirectoryURL = CLI.repository
            let out = Pipe()
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            try process.run()
            running.append((process, out))
        }
        var lines: [String: [Substring]] = [:]
        for (index, (process, out)) in running.enumerated() {
            let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(text)")
            lines["w\(index + 1)"] = text.split(separator: "\n")
        }
        var accepted: [String: Int] = [:]
        for (worker, log) in lines {
            #expect(log.filter { $0.hasPrefix("accepted ") }.count == verdicts, "\(log)")
            for line in log where line.hasPrefix("accepted ") {
                accepted[String(line.split(separator: " ")[1]), default: 0] += 1
            }
            for line in log where line.hasPrefix("refused ") {
                // "error: quote 3 is at version 9, not 8: w2 set note … → w2-4 at …": another checker's change.
                let names = line.matches(of: #/(w\d+) set note/#).map { String($0.output.1) }
                #expect(!names.isEmpty && !names.contains(worker), "\(worker): \(line)")
            }
        }
        // Every accepted verdict is in its quote's trail, and nothing else is.
        for target in targets {
            let id = String(target.split(separator: ":")[0])
            let trail = try jsonLines(try CLI.run(store + ["history", id, "--format", "jsonl"]).stdout)
            let notes = trail.filter { $0["field"] as? String == "note" }.compactMap { $0["to"] as? String }
            #expect(notes.count == accepted[id, default: 0], "quote \(id): \(notes)")
            #expect(Set(notes).count == notes.count)
        }
        #expect(accepted.values.reduce(0, +) == workers * verdicts)
        if backend == .postgres, let url = store.last { await PostgresCLIServer.drop(url) }
    }
}
