import Foundation
import Testing

/// Quotes taken out with a removed source: `show` says so, `mark` and `assign` refuse them.
@Suite("removed quotes, run as real processes")
struct RemovedQuoteCLITests {
    static func run(_ wb: String, _ arguments: [String]) throws -> CLI.Result {
        try CLI.run(["--workbench", wb] + arguments)
    }

    /// The sample workbench with a second article (quotes 8 and on) and the sample's source removed by bob.
    static func workbenchWithRemovedSample() throws -> String {
        let wb = try CLI.sampleWorkbench()
        let page = (wb as NSString).appendingPathComponent("council.html")
        try ConcurrentReviewTests.article(quotes: 2).write(toFile: page, atomically: true, encoding: .utf8)
        #expect(try run(wb, ["import", page]).status == 0)
        let removed = try run(wb, ["sources", "remove", "1", "--reviewer", "bob"])
        try #require(removed.status == 0, "\(removed.stderr)")
        return wb
    }

    @Test("show says plainly that a quote is removed, with the source, who removed it and when")
    func showSaysRemoved() throws {
        let wb = try Self.workbenchWithRemovedSample()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let shown = try Self.run(wb, ["show", "1"])
        #expect(shown.status == 0, "\(shown.stderr)")
        let lines = shown.stdout.split(separator: "\n")
        #expect(lines.count > 1 && lines[1].hasPrefix("  removed:  with source #1, removed by bob at 20"), "\(shown.stdout)")
        #expect(shown.stdout.contains("'quotecheck sources remove --undo 1'"))
        #expect(!(try Self.run(wb, ["show", "8"]).stdout.contains("removed:")), "a live quote says nothing of it")
    }

    @Test("mark refuses removed ids, naming them, and changes nothing; after --undo it marks")
    func markRefusesRemoved() throws {
        let wb = try Self.workbenchWithRemovedSample()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let refused = try Self.run(wb, ["mark", "8", "1", "2", "--status", "verified", "--reviewer", "ana"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("quote 1 (with source #1, removed by bob at "), "\(refused.stderr)")
        #expect(refused.stderr.contains("quote 2 (with source #1"), "\(refused.stderr)")
        #expect(refused.stderr.contains("are removed") && refused.stderr.contains("nothing was changed"), "\(refused.stderr)")
        #expect(refused.stdout.isEmpty)
        #expect(try CLI.quotesByID(wb)[8]?["status"] as? String == "unreviewed", "all or nothing")
        let assign = try Self.run(wb, ["assign", "1", "--to", "ana"])
        #expect(assign.status == 1 && assign.stderr.contains("quote 1 (with source #1"), "\(assign.stderr)")

        #expect(try Self.run(wb, ["sources", "remove", "--undo", "1"]).status == 0)
        let marked = try Self.run(wb, ["mark", "8", "1", "--status", "verified", "--reviewer", "ana"])
        #expect(marked.status == 0, "\(marked.stderr)")
    }
}
