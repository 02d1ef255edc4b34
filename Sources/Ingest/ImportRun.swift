import Foundation
import Extract
import Markup
import NIOPosix
import Store

/// One `quotecheck import`: the arguments expanded into documents, each
/// routed by what it holds (a page, a feed, a transcript, a workbench
/// export), imported or merged, and counted. The command-line layer only
/// prints the ``Event``s and the ``Summary``.
///
/// Order and atomicity: exports on disk are merged first, straight from the
/// file (a backup may exceed `--max-bytes`); then the other documents are
/// read or fetched, parsed and extracted on ``jobs`` worker threads, and
/// stored by one writer, one at a time, in the order given, each in its own
/// transaction (a failure leaves nothing of it). Ids, order and every stored
/// byte are therefore the same whatever ``jobs`` is. At most a small window
/// of documents (four times the workers, at least 16, or four times the fetch
/// limit when URLs are fetched) is held at once, so memory stays flat however many are imported.
public struct ImportRun: Sendable {
    /// What happens during a run, in order, for the caller to show.
    public enum Event: Sendable {
        /// Work on the `done`-th of `total` documents begins (`current` names it).
        case progress(done: Int, total: Int, current: String?)
        /// A page, transcript or feed item was stored (or found already stored).
        case imported(Importer.Report)
        /// A workbench export was merged.
        case merged(name: String, ExportImportReport)
        /// A document, or an argument, failed; the others go on.
        case failed(String)
    }

    /// The counts of a whole run.
    public struct Summary: Sendable, Equatable {
        /// Sources new to the workbench (pages, items, transcripts, and the new sources of merged exports).
        public var imported = 0
        /// Claims new to the workbench.
        public var newQuotes = 0
        /// Sources the workbench already held.
        public var duplicates = 0
        /// The failures' messages, each naming its input.
        public var failures: [String] = []

        /// "imported 2 sources (9 new quotes), 1 duplicate, 0 failed".
        public var line: String {
            "imported \(Self.counted(imported, "source")) (\(Self.counted(newQuotes, "new quote"))), "
                + "\(Self.counted(duplicates, "duplicate")), \(failures.count) failed"
        }

        /// "1 source", "2 sources".
        static func counted(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
    }

    /// Where the documents go: the workbench's SQLite store, with their bytes
    /// archived as files under ``archive`` and pages stored in batches
    /// (``Importer``); or any store through the protocol, a PostgreSQL store,
    /// which keeps the bytes itself, one document at a time (``DatabaseImporter``).
    public enum Destination: Sendable {
        /// The workbench's SQLite store.
        case workbench(ClaimsStore)
        /// A store reached through ``Store/ClaimStore`` alone (`import --database URL`).
        case database(any ClaimStore)
    }

    /// Where the documents go.
    public let destination: Destination
    /// Where their bytes are archived (and export copies restored) on the
    /// workbench; where `--offline` replays fetches from, whatever the destination.
    public let archive: Archive
    /// Whether the sources are primary records of what was said.
    public let primary: Bool
    /// Who merges exports (credited in the audit trail).
    public let reviewer: String
    /// Fetch limits; a run with no URL to fetch starts no HTTP client at all.
    public let policy: FetchPolicy
    /// Worker threads that parse and extract pages (`import --jobs`); at least 1.
    public let jobs: Int

    /// The default for ``jobs``: one worker per core the process may use.
    public static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// A run into `store` and `archive`, parsing on `jobs` threads (at least 1).
    public init(store: ClaimsStore, archive: Archive, primary: Bool, reviewer: String, policy: FetchPolicy,
                jobs: Int = ImportRun.defaultJobs) {
        self.init(destination: .workbench(store), archive: archive, primary: primary, reviewer: reviewer,
                  policy: policy, jobs: jobs)
    }

    /// A run into `destination`, parsing on `jobs` threads (at least 1).
    public init(destination: Destination, archive: Archive, primary: Bool, reviewer: String, policy: FetchPolicy,
                jobs: Int = ImportRun.defaultJobs) {
        self.destination = destination
        self.archive = archive
        self.primary = primary
        self.reviewer = reviewer
        self.policy = policy
        self.jobs = max(1, jobs)
    }

    /// Imports every document `arguments` name (URLs, files, folders, `-`),
    /// telling `events` what happens, and returns the counts.
    public func run(_ arguments: [String], events: (Event) -> Void) async throws -> Summary {
        var summary = Summary()
        func note(_ event: Event) {
            switch event {
            case .imported(let report):
                if report.isDuplicate { summary.duplicates += 1 } else { summary.imported += 1; summary.newQuotes += report.newQuotes }
            case .merged(_, let report):
                summary.imported += report.merge.sourcesAdded
                summary.duplicates += report.merge.sourcesKnown
                summary.newQuotes += report.merge.quotesAdded
            case .failed(let message):
                summary.failures.append(message)
            case .progress:
                break
            }
            events(event)
        }
        var locations: [String] = []
        for argument in arguments {
            do {
                locations += try SourceReader.expand(argument)
            } catch {
                note(.failed(error.localizedDescription))
            }
        }
        for path in locations where Self.isExportFile(path) {
            do {
                guard case .workbench(let store) = destination else { throw DatabaseImportError.exportMerge(path) }
                note(.merged(name: path, try ExportImport.mergeFile(atPath: path, into: store, reviewer: reviewer,
                                                                   restoringInto: archive)))
            } catch {
                note(.failed(error.localizedDescription))
            }
        }
        locations.removeAll(where: Self.isExportFile)
        var policy = policy
        let fetches = locations.contains(where: SourceReader.isURL)
        policy.isOffline = policy.isOffline || !fetches
        let importer: Writer = switch destination {
        case .workbench(let store): .batched(Importer(store: store, archive: archive, primary: primary))
        case .database(let store): .single(DatabaseImporter(store: store, primary: primary))
        }
        // Enough documents in flight that the one writer never waits for a parse (pages
        // vary tenfold in size; with two per worker it waited: 1.09 s against 1.01 s for
        // 300 pages), and more when waiting on the network; still a fixed number.
        let window = 4 * max(jobs, fetches ? policy.overallLimit : 4)
        // No more threads than documents: `--jobs 64` on three pages starts three.
        try await Self.withWorkers(min(jobs, max(1, locations.count))) { workers in
            try await Fetcher.withFetcher(policy: policy, archive: archive) { fetcher in
                note(.progress(done: 0, total: locations.count, current: locations.first))
                // Pages are parsed and their quotes found on the workers; this task alone
                // stores them, in the order given, one at a time.
                let prepare: @Sendable (SourceInput) async -> Result<(Article, [Quote]), any Error>? = { input in
                    do {
                        return try await workers.runIfActive { Importer.prepare(input) }
                    } catch {
                        return .failure(error)
                    }
                }
                try await SourceLoader(fetcher: fetcher).loadInRuns(locations, window: window,
                                                                    prepare: prepare) { run in
                    // The pages of a run are stored together (see `store(_:importer:fetcher:)`).
                    for event in await store(run, named: locations, importer: importer, fetcher: fetcher) {
                        note(event)
                    }
                }
            }
        }
        return summary
    }

    /// Runs `body` with `count` parsing threads, started after libxml2 is
    /// initialised on this thread and stopped when `body` ends, however it ends.
    private static func withWorkers<T>(_ count: Int, _ body: (NIOThreadPool) async throws -> T) async throws -> T {
        ParserSetup.prepare()
        let workers = NIOThreadPool(numberOfThreads: count)
        workers.start()
        let result: Result<T, any Error>
        do {
            result = .success(try await body(workers))
        } catch {
            result = .failure(error)
        }
        try await workers.shutdownGracefully()
        return try result.get()
    }

    /// Stores a run of loaded documents, in order, and returns what happened.
    ///
    /// Consecutive pages that parsed are stored in one store transaction, each
    /// all or nothing (``Importer/importExtracted(_:at:)``): the one writer is
    /// what the workers wait for, and storing the 300 pages of the import
    /// benchmark takes it 15% less time in runs of 16 than one commit per page
    /// (`bench-store-import`: 0.37 s against 0.43 s). When the writer keeps up,
    /// runs are one page long and nothing waits. Feeds, transcripts and
    /// exports are stored one by one, after the pages before them. The events
    /// come in the documents' order, each document's once it is stored.
    private func store(_ run: [(Int, Result<(SourceInput, Result<(Article, [Quote]), any Error>?), any Error>)],
                       named locations: [String], importer: Writer, fetcher: Fetcher) async -> [Event] {
        var events: [Event] = []
        var pages: [(input: SourceInput, article: Article, quotes: [Quote])] = []
        func storePages() async {
            let results: [Result<Importer.Report, any Error>]
            switch importer {
            case .batched(let importer):
                results = importer.importExtracted(pages)
            case .single(let importer):
                // One transaction per page: a PostgreSQL store takes no batch.
                var each: [Result<Importer.Report, any Error>] = []
                for page in pages {
                    do {
                        each.append(.success(try await importer.importExtracted(page.input, article: page.article,
                                                                                quotes: page.quotes)))
                    } catch {
                        each.append(.failure(error))
                    }
                }
                results = each
            }
            events += results.map { result in
                switch result {
                case .success(let report): .imported(report)
                case .failure(let error): .failed(error.localizedDescription)
                }
            }
            pages.removeAll()
        }
        for (index, loaded) in run {
            events.append(.progress(done: index, total: locations.count, current: locations[index]))
            do {
                let (input, prepared) = try loaded.get()
                if case .success(let (article, quotes)) = prepared {
                    pages.append((input, article, quotes))
                    continue
                }
                await storePages()
                events += try await route(input, prepared: prepared, importer: importer, fetcher: fetcher)
            } catch {
                await storePages()
                events.append(.failed(error.localizedDescription))
            }
        }
        await storePages()
        return events
    }

    /// Stores one loaded document by what it holds.
    private func route(_ input: SourceInput, prepared: Result<(Article, [Quote]), any Error>?,
                       importer: Writer, fetcher: Fetcher) async throws -> [Event] {
        // `prepare` already told pages apart and extracted them; other kinds are detected here.
        switch prepared == nil ? DocumentKind.detect(input.bytes) : .html {
        case .html:
            let (article, quotes) = try (prepared ?? Result { try Importer.extract(input) }).get()
            switch importer {
            case .batched(let importer):
                return [.imported(try importer.importExtracted(input, article: article, quotes: quotes))]
            case .single(let importer):
                return [.imported(try await importer.importExtracted(input, article: article, quotes: quotes))]
            }
        case .transcript:
            switch importer {
            case .batched(let importer): return [.imported(try importer.importTranscript(input))]
            case .single(let importer): return [.imported(try await importer.importTranscript(input))]
            }
        case .feed:
            let items = switch importer {
            case .batched(let importer): try await importer.importFeed(input) { link in try await fetcher.fetch(link) }
            case .single(let importer): try await importer.importFeed(input) { link in try await fetcher.fetch(link) }
            }
            return items.map { item in
                switch item {
                case .success(let report): return .imported(report)
                case .failure(let error): return .failed(error.localizedDescription)
                }
            }
        case .exportLines:
            // Archived copies are restored from files and standard input, never from a URL.
            guard case .workbench(let store) = destination else { throw DatabaseImportError.exportMerge(input.name) }
            let base = input.file.map { URL(fileURLWithPath: $0).deletingLastPathComponent() }
            return [.merged(name: input.name, try ExportImport.merge(input.bytes, named: input.name, into: store,
                                                                     reviewer: reviewer,
                                                                     restoringInto: input.fetch == nil ? archive : nil,
                                                                     relativeTo: base))]
        }
    }

    /// The one writer: the workbench's batched importer, or one transaction per document through the protocol.
    enum Writer {
        /// Pages stored in runs (``Importer/importExtracted(_:at:)``), bytes archived as files.
        case batched(Importer)
        /// Each document on its own, bytes stored in the store.
        case single(DatabaseImporter)
    }

    /// A JSON Lines export on disk, merged straight from the file.
    static func isExportFile(_ path: String) -> Bool {
        !SourceReader.isURL(path) && path.lowercased().hasSuffix(".jsonl")
    }
}

extension Importer.Report {
    /// The line `import` prints for it: name, title, quotes, new or duplicate (tab-separated).
    public var line: String {
        "\(name)\t\(title ?? "(untitled)")\t\(ImportRun.Summary.counted(quotes, "quote"))\t\(isDuplicate ? "duplicate" : "new")"
    }
}

extension ExportImportReport {
    /// The line `import` prints for a merged export named `name`.
    public func line(named name: String) -> String {
        "\(name)\texport of \(ImportRun.Summary.counted(merge.records, "quote"))\t\(summary)"
    }
}
