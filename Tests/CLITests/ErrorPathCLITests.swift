import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A loopback port that nothing listens on: bound by the system, then closed.
private func closedPort() throws -> UInt16 {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    try #require(fd >= 0)
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
            bind(fd, pointer, length) == 0 && getsockname(fd, pointer, &length) == 0
        }
    }
    try #require(bound)
    return UInt16(bigEndian: address.sin_port)
}

@Suite("Errors a person can act on, run as a real process", .serialized)
struct ErrorPathCLITests {
    /// Every command but `import`, with what it needs to get past parsing.
    static let commandsOnAWorkbench: [[String]] = [
        ["list"], ["show", "1"], ["review"], ["mark", "1", "--status", "verified"], ["history", "1"],
        ["sources"], ["export"], ["speakers", "list"], ["corroborate"],
    ]

    @Test("a command other than import where no workbench exists: exit 64, names the folder, creates nothing",
          arguments: commandsOnAWorkbench)
    func noWorkbench(command: [String]) throws {
        let folder = try CLI.workbench()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try CLI.run(["--workbench", folder] + command)
        #expect(result.status == 64, "\(command): \(result.stderr)")
        #expect(result.stderr.contains("no workbench in '\(folder)'"), "\(result.stderr)")
        #expect(result.stderr.contains("--workbench"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/claims"), "\(command) created a store")
    }

    @Test("--workbench naming a file: a sentence, not a Foundation error code")
    func workbenchIsAFile() throws {
        let folder = try CLI.workbench()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/notes.txt"
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        for command in [["list"], ["import", sample]] {
            let result = try CLI.run(["--workbench", file] + command)
            #expect(result.status == 64, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("cannot use workbench '\(file)': it is a file, not a folder"), "\(result.stderr)")
            #expect(!result.stderr.contains("NSCocoaErrorDomain"))
        }
    }

    @Test("--limit -1 names the flag and the number (exit 64)", arguments: [["list"], ["sources"], ["corroborate"]])
    func negativeLimit(command: [String]) throws {
        let wb = try CLI.workbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        #expect(try CLI.run(["--workbench", wb, "import", sample]).status == 0)
        let result = try CLI.run(["--workbench", wb] + command + ["--limit", "-1"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--limit takes zero or more rows, not -1"), "\(result.stderr)")
    }

    @Test("an unknown command after --workbench is named as one (exit 64)")
    func unknownCommand() throws {
        let wb = try CLI.workbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        for arguments in [["--workbench", wb, "lsit"], ["lsit", "--workbench", wb], ["--workbench=\(wb)", "lsit"]] {
            let result = try CLI.run(arguments)
            #expect(result.status == 64)
            #expect(result.stderr.contains("unknown command 'lsit'"), "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("Unknown option '--workbench'"))
        }
    }

    @Test("--speaker and --source that name nothing say so on stderr (exit 0)", arguments: [["list"], ["export"]])
    func unknownFilterNames(command: [String]) throws {
        let wb = try CLI.workbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        #expect(try CLI.run(["--workbench", wb, "import", sample]).status == 0)
        let result = try CLI.run(["--workbench", wb] + command + ["--speaker", "Nobody", "--source", "999"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("no speaker is named 'Nobody'"), "\(result.stderr)")
        #expect(result.stderr.contains("there is no source with id 999"))
        let known = try CLI.run(["--workbench", wb] + command + ["--speaker", "trump", "--source", "1"])
        #expect(!known.stderr.contains("note:"), "\(known.stderr)")
    }

    @Test("corroborate: csv is offered and works; no primary records says there is nothing to compare against")
    func corroborateFormats() throws {
        let wb = try CLI.workbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        #expect(try CLI.run(["--workbench", wb, "import", sample]).status == 0)
        let csv = try CLI.run(["--workbench", wb, "corroborate", "--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        #expect(csv.stdout.hasPrefix("quote_id,finding,score,primary_source_id,primary_speaker,primary_text,diff,"))
        #expect(csv.stderr.contains("nothing to compare against"), "\(csv.stderr)")
        let jsonl = try CLI.run(["--workbench", wb, "corroborate", "--format", "jsonl"])
        #expect(jsonl.stderr.contains("nothing to compare against"))
    }

    @Test("plurals: a speaker with one quote is '1 quote'")
    func plurals() throws {
        let wb = try CLI.workbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        #expect(try CLI.run(["--workbench", wb, "import", sample]).status == 0)
        let renamed = try CLI.run(["--workbench", wb, "speakers", "rename", "Emmanuel Macron", "President Emmanuel Macron"])
        #expect(renamed.status == 0, "\(renamed.stderr)")
        #expect(renamed.stdout.contains("(1 quote)"), "\(renamed.stdout)")
    }

    @Test("a closed port is 'connection refused', not a timeout or nested system text")
    func connectionRefused() throws {
        let wb = try CLI.workbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let url = "http://127.0.0.1:\(try closedPort())/story.html"
        let result = try CLI.run(["--workbench", wb, "import", "--timeout", "30", url])
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot fetch '\(url)': connection refused"), "\(result.stderr)")
        #expect(!result.stderr.contains("errno"))
        #expect(!result.stderr.contains("timed out"))
    }

    @Test("an unknown host is 'no such host'")
    func unknownHost() throws {
        let wb = try CLI.workbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let result = try CLI.run(["--workbench", wb, "import", "--timeout", "30", "http://no-such-host.invalid/story.html"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no such host 'no-such-host.invalid'"), "\(result.stderr)")
    }
}

@Suite("Help that reads well at 80 columns, piped", .serialized)
struct HelpLayoutCLITests {
    /// The commands whose help is checked (every one, and the root).
    static let commands: [[String]] = [
        [], ["import"], ["extract"], ["list"], ["show"], ["history"], ["sources"], ["speakers"], ["corroborate"],
        ["export"], ["review"], ["mark"],
    ]

    /// A hand-wrapped line that the parser wraps again leaves one word on a
    /// line of its own in the middle of a paragraph ("…imported documents)" /
    /// "and" / "claims/ …"); a paragraph's last word alone before a blank line
    /// is the parser's own wrapping, and fine.
    @Test("no line over 80 columns and no orphan word inside a paragraph above the usage line", arguments: commands)
    func layout(command: [String]) throws {
        let result = try CLI.run(command + ["--help"], environment: ["COLUMNS": "80"])
        #expect(result.status == 0)
        let text = result.stdout.components(separatedBy: "\nUSAGE:").first ?? ""
        let lines = text.components(separatedBy: "\n")
        for (index, line) in lines.enumerated() {
            #expect(line.count <= 80, "\(command): \(line)")
            let next = index + 1 < lines.count ? lines[index + 1] : ""
            let orphan = line.split(separator: " ").count == 1 && !line.hasSuffix(":") && !line.hasPrefix(" ")
                && !next.isEmpty && !next.hasPrefix(" ")
            #expect(!orphan, "\(command): orphan '\(line)' inside a paragraph")
        }
    }
}


@Suite("mark's values, run as a real process", .serialized)
struct MarkValueCLITests {
    @Test("a note, role or text that starts with '-' is the value, not a flag")
    func dashedValues() throws {
        let wb = try CLI.workbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        #expect(try CLI.run(["--workbench", wb, "import", sample]).status == 0)
        let marked = try CLI.run(["--workbench", wb, "mark", "2", "--note", "-5% drop", "--role", "-", "--reviewer", "ana"])
        #expect(marked.status == 0, "\(marked.stderr)")
        let record = try #require(try jsonLines(try CLI.run(["--workbench", wb, "list", "--format", "jsonl"]).stdout)
            .first { ($0["id"] as? Int) == 2 })
        #expect(record["note"] as? String == "-5% drop")
        #expect(record["speaker_role"] as? String == "-")
    }

    @Test("an unknown status or rating is a usage error naming the flag and the words it takes",
          arguments: [("--status", "verifed"), ("--rating", "sorta")])
    func unknownWords(flag: String, value: String) throws {
        let wb = try CLI.workbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        #expect(try CLI.run(["--workbench", wb, "import", sample]).status == 0)
        let result = try CLI.run(["--workbench", wb, "mark", "1", flag, value])
        #expect(result.status == 64)
        #expect(result.stderr.contains("'\(value)'") && result.stderr.contains(flag), "\(result.stderr)")
        #expect(result.stderr.contains(flag == "--status" ? "verified" : "mostly-true"), "the words are listed: \(result.stderr)")
    }
}
