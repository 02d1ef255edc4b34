import Foundation
import Testing

/// The README's tour, run: every `$ quotecheck …` command of the tour (the
/// part of "## A tour" before its first "###" subsection), in order, in one
/// scratch workbench, through `/bin/sh` as a reader would type it, and what the
/// README shows under a command compared with what the command prints.
///
/// Compared as a reader reads it: a time stamp stands for any time; `…` in the
/// README stands for text left out (the shown pieces must appear in order);
/// the scratch folder stands for `/tmp/qc-readme`; trailing spaces and CRs
/// are ignored. Lines shown as `note: …` or `error: …` are looked for on
/// standard error, the others on standard output, line for line. Commands
/// shown without output, and those on a `page.html` of the reader's own, are
/// run (or skipped) without a comparison.
@Suite("The README's tour prints what it shows", .serialized)
struct ReadmeTourTests {
    /// One command of the tour and the lines the README shows under it.
    struct Step {
        var command: String
        var shown: [String]
    }

    /// The tour's commands and their shown output, from the README.
    static func steps() throws -> [Step] {
        let readme = try String(contentsOf: CLI.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let lines = readme.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex(of: "## A tour"))
        let end = lines[(start + 1)...].firstIndex { $0.hasPrefix("### ") || $0.hasPrefix("## ") } ?? lines.count
        var steps: [Step] = []
        var inBlock = false
        for line in lines[start..<end] {
            if line.hasPrefix("```") { inBlock.toggle(); continue }
            guard inBlock else { continue }
            if line.hasPrefix("$ ") {
                steps.append(Step(command: String(line.dropFirst(2)), shown: []))
            } else if !line.isEmpty, !steps.isEmpty {
                steps[steps.count - 1].shown.append(line)
            }
        }
        return steps
    }

    /// `line` with time stamps and the scratch folder put in their README form.
    static func normalised(_ line: String, scratch: String) -> String {
        line.replacingOccurrences(of: scratch, with: "/tmp/qc-readme")
            .replacing(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/, with: "TIME")
            .replacing(/\s+$/, with: "")
    }

    /// Whether `actual` reads as `shown`: the pieces of `shown` between its `…` appear in order.
    static func matches(_ actual: String, _ shown: String) -> Bool {
        let pieces = shown.components(separatedBy: "…")
        guard pieces.count > 1 else { return actual == shown }
        var rest = actual[...]
        for (index, piece) in pieces.enumerated() where !piece.isEmpty {
            if index == 0 {
                guard rest.hasPrefix(piece) else { return false }
                rest = rest.dropFirst(piece.count)
            } else {
                guard let found = rest.range(of: piece) else { return false }
                rest = rest[found.upperBound...]
            }
        }
        return true
    }

    @Test("every command of the tour prints what the README shows under it")
    func tour() throws {
        let steps = try Self.steps()
        #expect(steps.count >= 10, "the tour was not found in the README")
        let scratch = try CLI.workbench()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        try FileManager.default.createDirectory(atPath: scratch + "/sources", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: CLI.repository.path + "/" + sample, toPath: scratch + "/" + sample)
        let binaries = try CLI.binary().deletingLastPathComponent().path
        for step in steps where !step.command.contains("page.html") {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", step.command]
            process.currentDirectoryURL = URL(fileURLWithPath: scratch)
            var env = ProcessInfo.processInfo.environment
            env["PATH"] = binaries + ":" + (env["PATH"] ?? "/usr/bin:/bin")
            env["NO_COLOR"] = "1"
            env["QUOTECHECK_WORKBENCH"] = nil
            env["COLUMNS"] = nil
            process.environment = env
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            process.standardInput = FileHandle.nullDevice
            try process.run()
            let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            guard !step.shown.isEmpty else { continue }
            // CRLF (the CSV's line ends) is one Character to Swift: make it a plain line end first.
            let printed = stdout.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n")
                .map { Self.normalised(String($0), scratch: scratch) }
            let messages = stderr.split(separator: "\n").map { Self.normalised(String($0), scratch: scratch) }
            let shown = step.shown.map { Self.normalised($0, scratch: scratch) }
            let onStdout = shown.filter { !$0.hasPrefix("note: ") && !$0.hasPrefix("error: ") }
            #expect(printed.count == onStdout.count, "\(step.command): printed \(printed.count) lines, the README shows \(onStdout.count)\n\(stdout)\(stderr)")
            for (actual, expected) in zip(printed, onStdout) {
                #expect(Self.matches(actual, expected), "\(step.command)\n  printed: \(actual)\n  README:  \(expected)")
            }
            for expected in shown where expected.hasPrefix("note: ") || expected.hasPrefix("error: ") {
                #expect(messages.contains { Self.matches($0, expected) }, "\(step.command): \(expected) not on stderr: \(stderr)")
            }
        }
    }
}
