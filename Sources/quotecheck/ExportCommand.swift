import ArgumentParser
import Export
import Foundation
import Store

/// `quotecheck export`
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the verdicts out: a CSV of the verified quotes by default, or JSON Lines.",
        discussion: """
        CSV (RFC 4180, UTF-8) has the columns id, quote, speaker, speaker_role, said_on,
        status, rating, note, evidence, reviewed_by, reviewed_at, source_title, source_url,
        published_at, context. A cell that a spreadsheet would run as a formula (starting with
        = + - @ tab or CR) is prefixed with ' unless --no-formula-guard is given.
        JSON Lines carries every field of the quote record, one quote per line.

        Examples:
          quotecheck export > verified.csv
          quotecheck export --status all --format jsonl --output backup.jsonl
          quotecheck export --status misquoted --speaker Macron
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, jsonl }

    @OptionGroup var global: GlobalOptions

    @Option(help: "csv or jsonl.")
    var format: Format = .csv

    @Option(help: ArgumentHelp("Which statuses to export (\(Status.vocabulary)), or all. Default: verified.", valueName: "S"))
    var status: String = "verified"

    @Option(help: ArgumentHelp("Only quotes by this speaker.", valueName: "NAME"))
    var speaker: String?

    @Option(help: ArgumentHelp("Only quotes from this source id.", valueName: "ID"))
    var source: Int64?

    @Option(help: ArgumentHelp("Only quotes said on or after this day.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"))
    var output: String?

    @Flag(inversion: .prefixedNo, help: "Neutralise cells a spreadsheet would run as formulas.")
    var formulaGuard = true

    func validate() throws {
        if status != "all", Status(rawValue: status) == nil {
            throw ValidationError("unknown status '\(status)': use one of \(Status.vocabulary), or all")
        }
    }

    func run() throws {
        let store = try global.openStore()
        let filter = QuoteFilter(status: status == "all" ? nil : status, speaker: speaker, sourceID: source, since: since)
        let exporter = QuoteExporter()
        if let output {
            let file = try FileOutput(path: output)
            var sink = file
            let count = try write(exporter, store, filter, &sink)
            try file.close()
            printError("wrote \(count) quote\(count == 1 ? "" : "s") to \(output)")
        } else {
            var out = StandardOutput()
            _ = try write(exporter, store, filter, &out)
        }
    }

    private func write<Output: TextOutputStream>(_ exporter: QuoteExporter, _ store: ClaimsStore, _ filter: QuoteFilter, _ out: inout Output) throws -> Int {
        switch format {
        case .csv: return try exporter.exportCSV(store: store, filter: filter, to: &out, formulaGuard: formulaGuard)
        case .jsonl: return try exporter.exportJSONLines(store: store, filter: filter, to: &out)
        }
    }
}
