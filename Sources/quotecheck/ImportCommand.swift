import ArgumentParser
import Foundation
import Ingest

/// `quotecheck import SOURCE…`
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import article HTML: archive its bytes, find its quotes, store them.",
        discussion: """
        SOURCE is a file, a folder (its .html/.htm/.xhtml/.xml files, recursively) or - for
        standard input. Each document is archived under sources/archive/ by its SHA-256 and
        imported in one transaction: a failure leaves nothing half-imported. Importing the
        same bytes again changes nothing. The exit status is 1 if any source failed; the
        others are still imported.

        Examples:
          quotecheck import sources/envoy-peace-plan-2025-11-26.html
          quotecheck import ~/clippings/
          curl -s https://example.org/story | quotecheck import -
        """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Files, folders, or - for standard input.", valueName: "SOURCE"))
    var sources: [String]

    @Option(help: ArgumentHelp("Refuse documents larger than this many bytes.", valueName: "N"))
    var maxBytes: Int = 32 << 20

    @Flag(help: "Mark the sources as primary records of what was said (transcripts, statements).")
    var primary = false

    func validate() throws {
        if sources.isEmpty { throw ValidationError("give at least one SOURCE to import") }
        if maxBytes <= 0 { throw ValidationError("--max-bytes must be positive") }
    }

    func run() throws {
        let store = try global.openStore()
        let importer = Importer(store: store, archive: global.archive, primary: primary)
        var failures: [(String, String)] = []
        var imported = 0, duplicates = 0, newQuotes = 0
        var paths: [String] = []
        for argument in sources {
            do {
                paths += try SourceReader.expand(argument)
            } catch {
                failures.append((argument, error.localizedDescription))
            }
        }
        let showProgress = isatty(STDERR_FILENO) == 1 && paths.count > 1
        var out = StandardOutput()
        for (index, path) in paths.enumerated() {
            if showProgress { fputs("\r\u{1B}[K[\(index + 1)/\(paths.count)] \(path)", cStandardError) }
            do {
                let input = try SourceReader.read(path, maxBytes: maxBytes)
                let report = try importer.importDocument(input)
                if showProgress { fputs("\r\u{1B}[K", cStandardError) }
                let state = report.isDuplicate ? "duplicate" : "new"
                print("\(report.name)\t\(report.title ?? "(untitled)")\t\(report.quotes) quotes\t\(state)", to: &out)
                if report.isDuplicate { duplicates += 1 } else { imported += 1; newQuotes += report.newQuotes }
            } catch {
                if showProgress { fputs("\r\u{1B}[K", cStandardError) }
                failures.append((path, error.localizedDescription))
            }
        }
        print("imported \(imported) source\(imported == 1 ? "" : "s") (\(newQuotes) new quote\(newQuotes == 1 ? "" : "s")), \(duplicates) duplicate\(duplicates == 1 ? "" : "s"), \(failures.count) failed", to: &out)
        fflush(cStandardOutput)
        for (_, message) in failures { printError("error: \(message)") }
        if !failures.isEmpty { throw ExitCode(1) }
    }
}
