import ArgumentParser
import Export
import Foundation
import Store

/// `quotecheck export`
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the verdicts out: CSV (verified quotes by default), JSON Lines or ClaimReview.",
        discussion: """
        csv (RFC 4180, UTF-8, CRLF) has the columns id, quote, speaker, speaker_role, said_on,
        status, rating, note, evidence, reviewed_by, reviewed_at, source_title, source_url,
        published_at, context. A cell that a spreadsheet would run as a formula (starting with
        = + - @ tab or CR) is prefixed with ' unless --no-formula-guard is given; --bom starts
        the file with a UTF-8 byte-order mark for spreadsheet programs that need one.
        jsonl carries every field of the quote record, one quote per line, plus what
        'quotecheck import FILE.jsonl' needs to merge it into another workbench: the sources
        (with SHA-256), every appearance and the audit trail.
        claimreview is a JSON array of schema.org ClaimReview objects, one per quote;
        claimreview-jsonl writes the same objects one per line. The reviewing organisation is
        --org-name/--org-url (default: $QUOTECHECK_ORG_NAME / $QUOTECHECK_ORG_URL).

        Examples:
          quotecheck export > verified.csv
          quotecheck export --bom --status all --output all.csv
          quotecheck export --status all --format jsonl --output backup.jsonl
          quotecheck export --format claimreview --org-name "The Daily Check" --org-url https://check.example
          quotecheck export --status misquoted --speaker Macron --since 2025-11-01
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, jsonl, claimreview
        case claimreviewJSONL = "claimreview-jsonl"
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var filters: FilterOptions

    @Option(help: "csv, jsonl, claimreview or claimreview-jsonl.")
    var format: Format = .csv

    @Option(help: ArgumentHelp("Export at most N quotes.", valueName: "N"))
    var limit: Int?

    @Option(help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"))
    var output: String?

    @Flag(inversion: .prefixedNo, help: "Neutralise CSV cells a spreadsheet would run as formulas.")
    var formulaGuard = true

    @Flag(help: "Start the CSV with a UTF-8 byte-order mark.")
    var bom = false

    @Option(help: ArgumentHelp("The checking organisation named in ClaimReview (default: $QUOTECHECK_ORG_NAME, else quotecheck).",
                               valueName: "NAME"))
    var orgName: String?

    @Option(help: ArgumentHelp("The checking organisation's web site in ClaimReview (default: $QUOTECHECK_ORG_URL).",
                               valueName: "URL"))
    var orgURL: String?

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be zero or more") }
        if bom, format != .csv { throw ValidationError("--bom applies to --format csv only (JSON has no byte-order mark)") }
    }

    func run() throws {
        let store = try global.openStore()
        try filters.noteUnknownNames(in: store)
        let filter = filters.filter(defaultStatus: Status.verified.rawValue, limit: limit)
        if let output {
            let file = try FileOutput(path: output)
            var sink = file
            let count = try write(store, filter, &sink)
            try file.close()
            printError("wrote \(count) quote\(count == 1 ? "" : "s") to \(output)")
        } else {
            var out = StandardOutput()
            _ = try write(store, filter, &out)
        }
    }

    private func write<Output: TextOutputStream>(_ store: ClaimsStore, _ filter: QuoteFilter, _ out: inout Output) throws -> Int {
        let exporter = QuoteExporter()
        switch format {
        case .csv:
            return try exporter.exportCSV(store: store, filter: filter, to: &out, formulaGuard: formulaGuard, byteOrderMark: bom)
        case .jsonl:
            return try exporter.exportRecords(store: store, filter: filter, to: &out)
        case .claimreview, .claimreviewJSONL:
            return try exporter.exportClaimReviews(store: store, filter: filter, writer: claimReviewWriter,
                                                   asArray: format == .claimreview, to: &out)
        }
    }

    /// The ClaimReview writer for the flags and the environment.
    private var claimReviewWriter: ClaimReviewWriter {
        let environment = ProcessInfo.processInfo.environment
        let name = orgName ?? environment["QUOTECHECK_ORG_NAME"].flatMap { $0.isEmpty ? nil : $0 }
        let url = orgURL ?? environment["QUOTECHECK_ORG_URL"].flatMap { $0.isEmpty ? nil : $0 }
        return ClaimReviewWriter(organizationName: name ?? ClaimReviewWriter.defaultOrganizationName,
                                 organizationURL: url, baseDirectory: global.workbenchURL.path)
    }
}
