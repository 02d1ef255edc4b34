import Foundation
import Testing

/// `search`, run as a real process on the sample's seven quotes.
@Suite("search, run as a real process", .serialized)
struct SearchCLITests {
    /// The ids `search ARGUMENTS --format jsonl` prints, in order.
    static func ids(_ arguments: [String], in wb: String) throws -> [Int] {
        let result = try CLI.run(["--workbench", wb, "search"] + arguments + ["--format", "jsonl"])
        try #require(result.status == 0, "\(result.stderr)")
        return try jsonLines(result.stdout).compactMap { $0["id"] as? Int }
    }

    @Test("words, a phrase, a prefix, folded case and curly marks find their quotes")
    func findsByWords() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        #expect(try Self.ids(["ceasefire"], in: wb) == [6])
        #expect(try Self.ids(["\"common understanding\""], in: wb) == [1])
        #expect(try Self.ids(["ceasefir*"], in: wb) == [6])
        #expect(try Self.ids(["DEADLINE", "over"], in: wb) == [3])
        #expect(try Self.ids(["it's"], in: wb) == [3])
        #expect(try Self.ids(["\u{201C}when it\u{2019}s over\u{201D}"], in: wb) == [3])
        #expect(try Self.ids(["nothing-like-this"], in: wb) == [])
    }

    @Test("the filters of list apply, any status by default, and --limit cuts the ranked list")
    func filtersApply() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        #expect(try Self.ids(["zelenskyy"], in: wb) == [4, 5] || (try Self.ids(["zelenskyy"], in: wb)) == [5, 4])
        #expect(try Self.ids(["zelenskyy", "--limit", "1"], in: wb).count == 1)
        #expect(try Self.ids(["sensitive OR approach", "--speaker", "Volodymyr Zelenskyy"], in: wb).sorted() == [4, 5])
        let marked = try CLI.run(["--workbench", wb, "mark", "6", "--status", "verified", "--reviewer", "ana"])
        try #require(marked.status == 0, "\(marked.stderr)")
        #expect(try Self.ids(["ceasefire"], in: wb) == [6])
        #expect(try Self.ids(["ceasefire", "--status", "unreviewed"], in: wb) == [])
        #expect(try Self.ids(["ceasefire", "--status", "verified"], in: wb) == [6])
    }

    @Test("an edited quote is found by its new words at once")
    func editsAreFound() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let marked = try CLI.run(["--workbench", wb, "mark", "7", "--text", "a very long road ahead", "--reviewer", "ana"])
        try #require(marked.status == 0, "\(marked.stderr)")
        #expect(try Self.ids(["road"], in: wb) == [7])
        #expect(try Self.ids(["\"long way\""], in: wb) == [])
    }

    @Test("csv carries the plain records of list, with no markup")
    func csvHasNoMarkup() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let result = try CLI.run(["--workbench", wb, "search", "ceasefire", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(whereSeparator: \.isNewline)  // CRLF, as list
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("id,quote,speaker") == true)
        #expect(lines.last?.hasPrefix("6,no Russian will for a ceasefire,Emmanuel Macron") == true)
        #expect(!result.stdout.contains("\u{1B}"))
    }

    @Test("a query the index cannot read is a usage error naming it", arguments: ["\"unbalanced", "AND", "peace NOT"])
    func badQueryIsAUsageError(words: String) throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let result = try CLI.run(["--workbench", wb, "search", words])
        #expect(result.status == 64)
        #expect(result.stderr.contains("'\(words)'"), "\(result.stderr)")
        #expect(!result.stderr.localizedCaseInsensitiveContains("fts5"), "\(result.stderr)")
        #expect(!result.stderr.localizedCaseInsensitiveContains("sqlite"), "\(result.stderr)")
    }

    @Test("no words is a usage error")
    func noWords() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let result = try CLI.run(["--workbench", wb, "search"])
        #expect(result.status == 64)
    }

    @Test("on a terminal the matching words are in reverse video; NO_COLOR leaves them plain")
    func highlightsOnATerminal() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let pty = try PseudoTerminal(["--workbench", wb, "search", "ceasefire"], columns: 160)
        #expect(try pty.waitForExit() == 0)
        #expect(pty.output.contains("no Russian will for a \u{1B}[7mceasefire\u{1B}[27m"), "\(pty.output.debugDescription)")

        let plain = try PseudoTerminal(["--workbench", wb, "search", "ceasefire"], columns: 160, environment: ["NO_COLOR": "1"])
        #expect(try plain.waitForExit() == 0)
        #expect(plain.output.contains("no Russian will for a ceasefire"), "\(plain.output.debugDescription)")
        #expect(!plain.output.contains("\u{1B}[7m"))
    }

    @Test("piped, the table has no markup")
    func pipedTableIsPlain() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let result = try CLI.run(["--workbench", wb, "search", "ceasefire", "--format", "table"], environment: ["NO_COLOR": ""])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("no Russian will for a ceasefire"))
        #expect(!result.stdout.contains("\u{1B}"))
    }
}
