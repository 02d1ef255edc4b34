import Foundation
import Testing

/// `import --jobs N`: pages parsed on several threads, stored by one writer in
/// the order given, so that the workbench is the same as with one thread.
@Suite("import --jobs: parsing on several threads, the same workbench as one")
struct ParallelImportCLITests {
    /// Speakers the fixture pages quote; several pages share a speaker and words,
    /// so that claims gather appearances across sources.
    static let speakers = ["Lena Ortiz", "Tomas Berg", "Amira Haddad", "Jonas Weber"]

    /// One fixture page: `index` picks its words; `filler` paragraphs make
    /// some pages much longer than others, so that with several threads they
    /// finish out of order.
    static func page(_ index: Int, filler: Int) -> String {
        let speaker = speakers[index % speakers.count]
        let surname = speaker.split(separator: " ").last.map(String.init) ?? speaker
        let shared = "The harbour will be open to every ship by the end of the month"
        let own = "Crossing number \(index) was the calmest we have had all winter"
        let padding = (0..<filler).map { n in
            "<p>Paragraph \(n) of story \(index) tells how the repairs to the sea wall went on through the night.</p>"
        }.joined(separator: "\n")
        return """
        <html><head><meta charset="utf-8"><title>Story \(index) | Harbour News</title>
        <meta property="article:published_time" content="2025-03-\(String(format: "%02d", index % 28 + 1))T08:00:00+01:00"></head>
        <body><article><h1>Story \(index)</h1><div class="story-body">
        <p>Harbour master \(speaker) spoke on the quay on Tuesday after a week of repairs to the sea wall.</p>
        <p>“\(own),” \(surname) said, adding that the ferries were full.</p>
        \(padding)
        <p>“\(shared),” said \(speaker).</p>
        </div></article></body></html>
        """
    }

    /// A folder of `pages/` (sorted by name): new pages of very different
    /// sizes, byte-for-byte copies of earlier ones, and broken files.
    static func fixtureFolder() throws -> String {
        let folder = try CLI.workbench() + "/pages"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var pages: [String] = []
        for index in 0..<20 {
            let name = String(format: "p%02d.html", index)
            let text: String
            switch index {
            case 5, 12, 17: text = pages[index - 3]  // a duplicate of an earlier page
            default: text = page(index, filler: index % 4 == 1 ? 400 : index % 3)
            }
            pages.append(text)
            try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
        }
        // Broken inputs among them: an image, an empty file, text with no markup.
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]).write(to: URL(fileURLWithPath: folder + "/p03b.html"))
        try Data().write(to: URL(fileURLWithPath: folder + "/p09b.html"))
        try Data("just words, no markup at all\n".utf8).write(to: URL(fileURLWithPath: folder + "/p14b.html"))
        return folder
    }

    /// Import times differ between two imports; every other byte must not.
    static func withoutImportTimes(_ text: String) throws -> String {
        let times = try Regex(#""(imported_at|fetched_at|at)":"[^"]*""#)
        return text.replacing(times) { match in
            "\"\(match.output[1].substring ?? "")\":\"(time)\""
        }
    }

    /// What the comparison reads of a workbench: every quote record and every
    /// source, with the workbench's own folder (in archive paths) written as `WB`.
    static func contents(_ wb: String) throws -> (export: String, sources: String) {
        let export = try CLI.run(["--workbench", wb, "export", "--format", "jsonl", "--status", "all"])
        try #require(export.status == 0, "\(export.stderr)")
        let sources = try CLI.run(["--workbench", wb, "sources", "--format", "jsonl"])
        try #require(sources.status == 0, "\(sources.stderr)")
        return (try withoutImportTimes(export.stdout).replacingOccurrences(of: wb, with: "WB"),
                try withoutImportTimes(sources.stdout).replacingOccurrences(of: wb, with: "WB"))
    }

    @Test("--jobs 1 and --jobs 4 over new, duplicate and broken pages: the same lines, exports and sources, byte for byte")
    func sameWorkbenchWhateverTheJobs() throws {
        let folder = try Self.fixtureFolder()
        let one = try CLI.workbench(), four = try CLI.workbench()
        let first = try CLI.run(["--workbench", one, "import", "--jobs", "1", folder])
        let second = try CLI.run(["--workbench", four, "import", "--jobs", "4", folder])
        #expect(first.status == 1 && second.status == 1, "\(first.stderr)\n\(second.stderr)")
        #expect(first.stdout == second.stdout)
        #expect(first.stderr == second.stderr)
        #expect(first.stdout.contains("imported 17 sources"), "\(first.stdout)")
        #expect(first.stdout.contains("3 duplicates, 3 failed"), "\(first.stdout)")
        let (exportOne, sourcesOne) = try Self.contents(one)
        let (exportFour, sourcesFour) = try Self.contents(four)
        #expect(exportOne.split(separator: "\n").count >= 17)
        #expect(sourcesOne.split(separator: "\n").count == 17)
        #expect(exportOne == exportFour)
        #expect(sourcesOne == sourcesFour)
    }

    @Test("with 4 threads the per-input lines and the errors come in input order")
    func linesInInputOrder() throws {
        let folder = try Self.fixtureFolder()
        let wb = try CLI.workbench()
        let result = try CLI.run(["--workbench", wb, "import", "--jobs", "4", folder])
        #expect(result.status == 1, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        let broken: Set = ["p03b.html", "p09b.html", "p14b.html"]
        let lines = result.stdout.split(separator: "\n").dropLast().map { $0.split(separator: "\t")[0] }
        #expect(lines == names.filter { !broken.contains($0) }.map { Substring(folder + "/" + $0) })
        let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix("error: ") }
        #expect(errors.count == 3, "\(result.stderr)")
        let order = errors.compactMap { line in broken.sorted().firstIndex { line.contains($0) } }
        #expect(order == [0, 1, 2], "\(errors)")
    }

    @Test("--jobs 0 and --jobs -2 are usage errors naming --jobs (exit 64); nothing is imported",
          arguments: ["0", "-2"])
    func jobsMustBePositive(_ value: String) throws {
        let wb = try CLI.workbench()
        let result = try CLI.run(["--workbench", wb, "import", "--jobs=\(value)", sample])
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.contains("--jobs") && result.stderr.contains("1 or more"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: wb + "/claims/claims.sqlite"))
    }

    @Test("on a terminal the progress line shows pages per second and the time left; piped, nothing of it")
    func progressOnATerminal() throws {
        let folder = try Self.fixtureFolder()
        let wb = try CLI.workbench()
        let terminal = try PseudoTerminal(["--workbench", wb, "import", "--jobs", "2", folder], columns: 200)
        try terminal.waitFor("pages/s")
        try terminal.waitFor(" left")
        #expect(try terminal.waitForExit() == 1)
        let piped = try CLI.run(["--workbench", try CLI.workbench(), "import", "--jobs", "2", folder])
        #expect(!piped.stderr.contains("pages/s") && !piped.stdout.contains("pages/s"))
    }
}
