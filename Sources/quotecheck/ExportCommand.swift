import ArgumentParser
import Export
import Foundation
import Ingest
import Store

/// `quotecheck export`
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the verdicts out: CSV (verified quotes by default), JSON Lines or ClaimReview.",
        discussion: """
        csv (RFC 4180, UTF-8, CRLF) has the columns id, quote, speaker, speaker_role,
        said_on, said_on_basis, status, rating, note, evidence, reviewed_by,
        reviewed_at, source_title, source_site, source_url, published_at, context.
        A cell that a spreadsheet would run as a formula (starting with = + - @ tab
        or CR) is prefixed with ' unless --no-formula-guard is given; --bom starts
        the file with a UTF-8 byte-order mark for spreadsheet programs that need one.

        jsonl carries every field of the quote record, one quote per line, plus what
        'quotecheck import FILE.jsonl' needs to merge it into another workbench: the
        sources (with SHA-256), every appearance and the audit trail. With
        --with-archive DIR the sources' archived bytes and sidecars are copied into
        DIR and each source names its copy (archive_copy, relative to the --output
        file's folder when DIR is inside it); importing the file restores them into
        the workbench's archive, so 'import --offline URL' works there. Nothing is
        overwritten: a file already in DIR with other contents is an error.

        claimreview is a JSON array of schema.org ClaimReview objects, one per
        reviewed quote (unreviewed quotes are never published); claimreview-jsonl
        writes the same objects one per line. Both need --review-url (each review's
        page, {id} standing for the quote's id) and --org-name (the reviewing
        organisation, default $QUOTECHECK_ORG_NAME); --org-url is optional.

        Examples:
          quotecheck export > verified.csv
          quotecheck export --bom --status all --output all.csv
          quotecheck export --status all --format jsonl --output backup.jsonl
          quotecheck export --format jsonl --output b.jsonl --with-archive b-archive
          export QUOTECHECK_ORG_NAME="The Daily Check"
          quotecheck export --format claimreview --review-url 'https://ck.example/{id}'
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

    @Option(help: ArgumentHelp("ClaimReview: the reviewing organisation, the review's author (default: $QUOTECHECK_ORG_NAME; required).",
                               valueName: "NAME"))
    var orgName: String?

    @Option(help: ArgumentHelp("ClaimReview: the reviewing organisation's web site (default: $QUOTECHECK_ORG_URL).",
                               valueName: "URL"))
    var orgURL: String?

    @Option(help: ArgumentHelp("ClaimReview: each review's page, {id} standing for the quote's id (required).",
                               valueName: "TEMPLATE"))
    var reviewURL: String?

    @Option(help: ArgumentHelp("jsonl: also copy the sources' archived bytes and sidecars into DIR.", valueName: "DIR"))
    var withArchive: String?

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be zero or more") }
        if bom, format != .csv { throw ValidationError("--bom applies to --format csv only (JSON has no byte-order mark)") }
        if withArchive != nil, format != .jsonl {
            throw ValidationError("--with-archive applies to --format jsonl only (the backup that 'import' restores)")
        }
        if withArchive?.isEmpty == true { throw ValidationError("--with-archive takes a folder") }
        if format == .claimreview || format == .claimreviewJSONL {
            guard let reviewURL else {
                throw ValidationError("--review-url TEMPLATE is required for ClaimReview: each review's page, such as 'https://check.example/quotes/{id}'")
            }
            if let problem = ClaimReviewWriter.problem(withReviewURL: reviewURL) {
                throw ValidationError("--review-url \(problem)")
            }
            guard organizationName != nil else {
                throw ValidationError("--org-name NAME is required for ClaimReview (or set $QUOTECHECK_ORG_NAME): the organisation publishing the reviews")
            }
            if filters.status == .only(.unreviewed) {
                throw ValidationError("--status unreviewed: unreviewed quotes are never published as ClaimReview")
            }
        } else {
            if reviewURL != nil { throw ValidationError("--review-url applies to --format claimreview and claimreview-jsonl only") }
            if orgName != nil { throw ValidationError("--org-name applies to --format claimreview and claimreview-jsonl only") }
            if orgURL != nil { throw ValidationError("--org-url applies to --format claimreview and claimreview-jsonl only") }
        }
    }

    func run() async throws {
        try await global.withStore { store in try await export(store) }
    }

    /// Writes the quotes of `store` that the filters take in the chosen format.
    private func export(_ store: any ClaimStore) async throws {
        if withArchive != nil {
            // The archive's bytes beside the records: files of the SQLite workbench.
            _ = try PostgresPending.sqlite(store, for: .exportArchive)
        }
        try await filters.noteUnknownNames(in: store)
        let filter = filters.filter(defaultStatus: .only(.verified), limit: limit)
        var backup = try withArchive.map { folder in
            try ArchiveBackup(archive: global.archive, directory: URL(fileURLWithPath: folder, isDirectory: true),
                              relativeTo: output.map { URL(fileURLWithPath: $0).deletingLastPathComponent() })
        }
        // A reader that goes away (`export | head -1`) ends the export quietly: the write
        // fails with EPIPE (ExportOutputError.closed) instead of a signal killing the process.
        signal(SIGPIPE, SIG_IGN)
        let count: Int
        do {
            if let output {
                let file = try FileDescriptorOutput(path: output)
                var sink = file
                count = try await write(store, filter, &sink, &backup)
                try file.close()
                printError("wrote \(count) quote\(count == 1 ? "" : "s") to \(output)")
            } else {
                var out = FileDescriptorOutput.standardOutput()
                count = try await write(store, filter, &out, &backup)
            }
        } catch ExportOutputError.closed {
            return
        } catch ExportOutputError.cannotOpen(let path, let why), ExportOutputError.failed(let path, let why) {
            throw CLIError.output(path, why)
        }
        if let backup, let folder = withArchive {
            printError("copied \(backup.copied) archived document\(backup.copied == 1 ? "" : "s") to \(folder)"
                       + (backup.alreadyThere > 0 ? " (\(backup.alreadyThere) already there)" : ""))
            for source in backup.missing {
                printError("warning: source \(source.id) (\(source.sha256)) has no archived copy in this workbench; the backup lacks its bytes")
            }
        }
    }

    private func write<Output: TextOutputStream>(_ store: any ClaimStore, _ filter: QuoteFilter, _ out: inout Output,
                                                 _ backup: inout ArchiveBackup?) async throws -> Int {
        let exporter = QuoteExporter()
        if format == .csv {
            return try await exporter.exportCSV(from: store, filter: filter, to: &out, formulaGuard: formulaGuard,
                                                byteOrderMark: bom)
        }
        switch format {
        case .csv:
            return try await exporter.exportCSV(from: store, filter: filter, to: &out, formulaGuard: formulaGuard,
                                                byteOrderMark: bom)
        case .jsonl:
            guard backup != nil else { return try await exporter.exportRecords(from: store, filter: filter, to: &out) }
            return try await exporter.exportRecords(from: store, filter: filter, to: &out) { record in
                try backup?.attachCopies(to: &record)
            }
        case .claimreview, .claimreviewJSONL:
            let (written, unreviewed) = try await exporter.exportClaimReviews(
                from: store, filter: filter, writer: claimReviewWriter, asArray: format == .claimreview, to: &out)
            if unreviewed > 0 {
                printError("left out \(unreviewed) unreviewed quote\(unreviewed == 1 ? "" : "s"): ClaimReview publishes verdicts only")
            }
            return written
        }
    }

    /// `--org-name`, else `$QUOTECHECK_ORG_NAME`; `nil` when neither is given.
    private var organizationName: String? {
        orgName.flatMap { $0.isEmpty ? nil : $0 }
            ?? ProcessInfo.processInfo.environment["QUOTECHECK_ORG_NAME"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The ClaimReview writer for the flags and the environment (checked by ``validate()``).
    private var claimReviewWriter: ClaimReviewWriter {
        let url = orgURL ?? ProcessInfo.processInfo.environment["QUOTECHECK_ORG_URL"].flatMap { $0.isEmpty ? nil : $0 }
        return ClaimReviewWriter(organizationName: organizationName ?? "", organizationURL: url,
                                 reviewURL: reviewURL ?? "", baseDirectory: global.workbenchURL.path)
    }
}
