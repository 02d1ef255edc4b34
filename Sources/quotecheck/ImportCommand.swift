import ArgumentParser
import Foundation
import Ingest
import Store

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

        Pages are parsed and their quotes found on --jobs threads (default: one
        per core) and stored by one writer in the order given, so the workbench
        ends up the same whatever --jobs is. On a terminal a progress line shows
        pages per second and the time left.

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
          quotecheck import --jobs 1 ~/clippings/
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

    @Option(help: ArgumentHelp("Parse and extract on this many threads (default: one per core); the result is the same.",
                               valueName: "N"))
    var jobs: Int?

    func validate() throws {
        if sources.isEmpty { throw ValidationError("give at least one SOURCE to import") }
        if maxBytes <= 0 { throw ValidationError("--max-bytes must be positive") }
        if !(timeout > 0 && timeout <= 86_400) { throw ValidationError("--timeout takes seconds, more than 0 and at most 86400") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs counts threads: give 1 or more") }
    }

    func run() async throws {
        if offline, try global.databaseURL() != nil {
            // Fetches are replayed from the workbench's archive files, which a PostgreSQL store has not.
            throw PostgresPending.Refusal(command: "import", what: "--offline")
        }
        try await global.withStore(creating: true) { store in
            // The workbench keeps its batched writer; any other store takes one document at a time.
            let destination: ImportRun.Destination = if let sqlite = store as? ClaimsStore { .workbench(sqlite) } else { .database(store) }
            try await run(into: destination)
        }
    }

    /// Imports the sources into `destination`, printing a line per document and the summary.
    private func run(into destination: ImportRun.Destination) async throws {
        let policy = FetchPolicy(timeout: .milliseconds(Int((timeout * 1000).rounded())), maxBytes: maxBytes, isOffline: offline)
        let run = ImportRun(destination: destination, archive: global.archive, primary: primary, reviewer: reviewerName(nil),
                            policy: policy, jobs: jobs ?? ImportRun.defaultJobs)
        var out = StandardOutput()
        var progress: ProgressLine?
        let summary = try await run.run(sources) { event in
            switch event {
            case .progress(let done, let total, let current):
                if progress == nil { progress = ProgressLine(total: total, isShown: isatty(STDERR_FILENO) == 1 && total > 1) }
                progress?.show(done: done, current: current)
            case .imported(let report):
                progress?.clear()
                print(report.line, to: &out)
                fflush(cStandardOutput)
            case .merged(let name, let report):
                progress?.clear()
                print(report.line(named: name), to: &out)
                fflush(cStandardOutput)
            case .failed:
                progress?.clear()
            }
        }
        progress?.clear()
        print(summary.line, to: &out)
        fflush(cStandardOutput)
        for message in summary.failures { printError("error: \(message)") }
        if !summary.failures.isEmpty { throw ExitCode(1) }
    }
}

/// A one-line progress bar on standard error (``ImportProgress``), redrawn in
/// place; silent when not shown.
struct ProgressLine {
    let total: Int
    let isShown: Bool
    /// When the run began: the rate and the time left are measured from it.
    let start = ContinuousClock.now

    /// Draws `done` of `total`, naming the source being worked on.
    func show(done: Int, current: String?) {
        guard isShown, total > 0 else { return }
        let progress = ImportProgress(done: done, total: total, elapsed: ContinuousClock.now - start, current: current)
        fputs("\r\u{1B}[K" + progress.line(columns: RawTerminal.size.columns), cStandardError)
    }

    /// Erases the line.
    func clear() {
        guard isShown else { return }
        fputs("\r\u{1B}[K", cStandardError)
    }
}
