import Foundation
import Testing

/// `show` gives the paragraph before the quote's own and the archived copy's path beside the URL.
@Suite("show: the paragraph before and the archived copy")
struct ShowContextCLITests {
    @Test("show prints the paragraph before the quote's paragraph, then the paragraph with the quote marked")
    func paragraphBefore() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let shown = try CLI.run(["--workbench", wb, "show", "2"], environment: ["NO_COLOR": "1"])
        #expect(shown.status == 0, "\(shown.stderr)")
        let before = try #require(shown.stdout.range(of: "The revised proposal reportedly requires Ukraine"),
                                  "the paragraph before is shown: \(shown.stdout)")
        let quote = try #require(shown.stdout.range(of: "⟦just a concept⟧"))
        #expect(before.upperBound < quote.lowerBound, "the paragraph before comes first")
        let first = try CLI.run(["--workbench", wb, "show", "1"], environment: ["NO_COLOR": "1"])
        #expect(first.stdout.contains("The announcement comes amid reports of progress"))
    }

    @Test("show gives the archived copy's path beside the URL, and that file holds the imported bytes")
    func archivedCopy() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let shown = try CLI.run(["--workbench", wb, "show", "1"])
        #expect(shown.status == 0, "\(shown.stderr)")
        let lines = shown.stdout.split(separator: "\n").map(String.init)
        let source = try #require(lines.firstIndex { $0.hasPrefix("  source:") })
        let archiveLine = try #require(lines.first { $0.hasPrefix("  archive:  ") }, "\(shown.stdout)")
        #expect(lines.firstIndex(of: archiveLine) == source + 2, "right under the URL line")
        let path = String(archiveLine.dropFirst("  archive:  ".count))
        #expect(path.contains("/sources/archive/"))
        let archived = try Data(contentsOf: URL(fileURLWithPath: path))
        let original = try Data(contentsOf: CLI.repository.appendingPathComponent(sample))
        #expect(archived == original)
    }
}
