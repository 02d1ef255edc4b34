import ArgumentParser
import Foundation
import Ingest

/// `quotecheck import SOURCE…`
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import article HTML from URLs or files: archive its bytes, find its quotes, store them.",
        discussion: HelpText.prose("""
        SOURCE is an http or https URL, a file, a folder (its .html, .htm, .xhtml,
        .xml and .jsonl files, recursively) or - for standard input. What it holds
        is detected: an HTML page; an RSS or Atom feed (each item becomes a source,
        from its content, or fetched from its link when it has none); a
        speaker-tagged XML transcript (Akoma Ntoso or ParlParse: each speech a
        primary statement); or a JSON Lines export of another workbench (merged:
        sources, speakers, quotes, verdicts and audit trail). Each document is
        archived under sources/archive/ by its SHA-256 and imported in one
        transaction: a failure leaves nothing half-imported. Importing the same
        bytes again adds no quotes. The exit status is 1 if any source failed;
        the others are still imported, and the failures are listed at the end.

        URLs are fetched with up to 10 redirects followed, gzip and deflate
        undone and at most 4 requests at a time per host; 429 and 503 answers
        and reset connections are retried, honouring Retry-After. HTTP errors,
        redirect loops, bodies that are not HTML or XML, timeouts and bodies
        over --max-bytes are refused. The sidecar sources/archive/SHA256.json
        records every fetch: requested and final URL, status, headers, time.

        Examples:
          quotecheck import https://example.org/2025/11/26/story.html
          quotecheck import --timeout 10 $(cat links.txt)
          quotecheck import --offline https://example.org/2025/11/26/story.html
          quotecheck import sources/envoy-peace-plan-2025-11-26.html
          quotecheck import ~/clippings/
        """)
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("URLs, files, folders, or - for standard input.", valueName: "SOURCE"))
    var sources: [String]

    @Option(help: ArgumentHelp("Give up on a URL after this many seconds, for the whole request.", valueName: "SECONDS"))
    var timeout: Double = 30

    @Option(help: ArgumentHelp("Refuse documents, files and URL bodies alike, larger than this many bytes (32 MiB).", valueName: "N"))
    var maxBytes: Int = FetchPolicy.defaultMaxBytes

    @Flag(help: "Make no network access: serve each URL from its latest fetch recorded in the archive.")
    var offline = false

    @Flag(help: "Mark the sources as primary records of what was said (transcripts, statements).")
    var primary = false

    func validate() throws {
        if sources.isEmpty { throw ValidationError("give at least one SOURCE to import") }
        if maxBytes <= 0 { throw ValidationError("--max-bytes must be positive") }
        if !(timeout > 0 && timeout <= 86_400) { throw ValidationError("--timeout takes seconds, more than 0 and at most 86400") }
    }

    func run() async throws {
        let store = try global.openStore(creating: true)
        let archive = global.archive
        let importer = Importer(store: store, archive: archive, primary: primary)
        var failures: [String] = []
        var locations: [String] = []
        var imported = 0, duplicates = 0, newQuotes = 0
        var out = StandardOutput()
        for argument in sources {
            do {
                locations += try SourceReader.expand(argument)
            } catch {
                failures.append(error.localizedDescription)
            }
        }
        // A JSON Lines export on disk is merged straight from the file, line by
        // line, whatever its size (a backup may well exceed --max-bytes).
        // A merge counts its new sources as imported, its known ones as duplicates.
        func noteMerge(_ name: String, _ report: ExportImportReport) {
            let records = report.merge.records
            print("\(name)\texport of \(records) quote\(records == 1 ? "" : "s")\t\(report.summary)", to: &out)
            imported += report.merge.sourcesAdded
            duplicates += report.merge.sourcesKnown
            newQuotes += report.merge.quotesAdded
        }
        for path in locations where !SourceReader.isURL(path) && path.lowercased().hasSuffix(".jsonl") {
            do {
                noteMerge(path, try ExportImport.mergeFile(atPath: path, into: store, reviewer: reviewerName(nil),
                                                          restoringInto: archive))
            } catch {
                failures.append(error.localizedDescription)
            }
        }
        locations.removeAll { !SourceReader.isURL($0) && $0.lowercased().hasSuffix(".jsonl") }
        // Without a URL to fetch no HTTP client is started at all.
        let policy = FetchPolicy(timeout: .milliseconds(Int((timeout * 1000).rounded())), maxBytes: maxBytes,
                                 isOffline: offline || !locations.contains(where: SourceReader.isURL))
        let progress = ProgressLine(total: locations.count, isShown: isatty(STDERR_FILENO) == 1 && locations.count > 1)

        try await Fetcher.withFetcher(policy: policy, archive: archive) { fetcher in
            progress.show(done: 0, current: locations.first)
            // Pages are parsed and their quotes found in parallel; storing stays in order, one at a time.
            try await SourceLoader(fetcher: fetcher).loadInOrder(locations, window: 2 * policy.overallLimit,
                                                                 prepare: Importer.prepare) { index, loaded in
                progress.show(done: index, current: locations[index])
                func note(_ report: Importer.Report) {
                    let state = report.isDuplicate ? "duplicate" : "new"
                    print("\(report.name)\t\(report.title ?? "(untitled)")\t\(counted(report.quotes, "quote"))\t\(state)", to: &out)
                    if report.isDuplicate { duplicates += 1 } else { imported += 1; newQuotes += report.newQuotes }
                }
                do {
                    let (input, prepared) = try loaded.get()
                    // `prepare` already told pages apart and extracted them; other kinds are detected here.
                    switch prepared == nil ? DocumentKind.detect(input.bytes) : .html {
                    case .html:
                        let (article, quotes) = try (prepared ?? Result { try Importer.extract(input) }).get()
                        let report = try importer.importExtracted(input, article: article, quotes: quotes)
                        progress.clear()
                        note(report)
                    case .transcript:
                        let report = try importer.importTranscript(input)
                        progress.clear()
                        note(report)
                    case .feed:
                        let results = try await importer.importFeed(input) { link in try await fetcher.fetch(link) }
                        progress.clear()
                        for item in results {
                            switch item {
                            case .success(let report): note(report)
                            case .failure(let error): failures.append(error.localizedDescription)
                            }
                        }
                    case .exportLines:
                        // Archived copies are restored from files and standard input, never from a URL.
                        let base = input.file.map { URL(fileURLWithPath: $0).deletingLastPathComponent() }
                        let merged = try ExportImport.merge(input.bytes, named: input.name, into: store,
                                                            reviewer: reviewerName(nil),
                                                            restoringInto: input.fetch == nil ? archive : nil,
                                                            relativeTo: base)
                        progress.clear()
                        noteMerge(input.name, merged)
                    }
                } catch {
                    progress.clear()
                    failures.append(error.localizedDescription)
                }
                fflush(cStandardOutput)
            }
        }
        progress.clear()
        print("imported \(imported) source\(imported == 1 ? "" : "s") (\(newQuotes) new quote\(newQuotes == 1 ? "" : "s")), \(duplicates) duplicate\(duplicates == 1 ? "" : "s"), \(failures.count) failed", to: &out)
        fflush(cStandardOutput)
        for message in failures { printError("error: \(message)") }
        if !failures.isEmpty { throw ExitCode(1) }
    }
}

/// A one-line progress bar on standard error, redrawn in place; silent when not shown.
struct ProgressLine {
    let total: Int
    let isShown: Bool

    /// Draws `done` of `total`, naming the source being worked on.
    func show(done: Int, current: String?) {
        guard isShown, total > 0 else { return }
        let width = 20
        let filled = done * width / total
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let columns = RawTerminal.size.columns
        var line = "[\(bar)] \(done)/\(total) \(current ?? "")"
        if line.count >= columns { line = String(line.prefix(max(0, columns - 2))) + "…" }
        fputs("\r\u{1B}[K\(line)", cStandardError)
    }

    /// Erases the line.
    func clear() {
        guard isShown else { return }
        fputs("\r\u{1B}[K", cStandardError)
    }
}
