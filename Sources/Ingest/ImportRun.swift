import Foundation
import Extract
import Store

/// One `quotecheck import`: the arguments expanded into documents, each
/// routed by what it holds (a page, a feed, a transcript, a workbench
/// export), imported or merged, and counted. The command-line layer only
/// prints the ``Event``s and the ``Summary``.
///
/// Order and atomicity: exports on disk are merged first, straight from the
/// file (a backup may exceed `--max-bytes`); then the other documents are
/// read or fetched and parsed in parallel and stored one at a time, in the
/// order given, each in its own transaction (a failure leaves nothing of it).
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

    /// Where the documents go.
    public let store: ClaimsStore
    /// Where their bytes are archived (and export copies restored).
    public let archive: Archive
    /// Whether the sources are primary records of what was said.
    public let primary: Bool
    /// Who merges exports (credited in the audit trail).
    public let reviewer: String
    /// Fetch limits; a run with no URL to fetch starts no HTTP client at all.
    public let policy: FetchPolicy

    /// A run into `store` and `archive`.
    public init(store: ClaimsStore, archive: Archive, primary: Bool, reviewer: String, policy: FetchPolicy) {
        self.store = store
        self.archive = archive
        self.primary = primary
        self.reviewer = reviewer
        self.policy = policy
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
                note(.merged(name: path, try ExportImport.mergeFile(atPath: path, into: store, reviewer: reviewer,
                                                                   restoringInto: archive)))
            } catch {
                note(.failed(error.localizedDescription))
            }
        }
        locations.removeAll(where: Self.isExportFile)
        var policy = policy
        policy.isOffline = policy.isOffline || !locations.contains(where: SourceReader.isURL)
        let importer = Importer(store: store, archive: archive, primary: primary)
        try await Fetcher.withFetcher(policy: policy, archive: archive) { fetcher in
            note(.progress(done: 0, total: locations.count, current: locations.first))
            // Pages are parsed and their quotes found in parallel; storing stays in order, one at a time.
            try await SourceLoader(fetcher: fetcher).loadInOrder(locations, window: 2 * policy.overallLimit,
                                                                 prepare: Importer.prepare) { index, loaded in
                note(.progress(done: index, total: locations.count, current: locations[index]))
                do {
                    let (input, prepared) = try loaded.get()
                    for event in try await route(input, prepared: prepared, importer: importer, fetcher: fetcher) {
                        note(event)
                    }
                } catch {
                    note(.failed(error.localizedDescription))
                }
            }
        }
        return summary
    }

    /// Stores one loaded document by what it holds.
    private func route(_ input: SourceInput, prepared: Result<(Article, [Quote]), any Error>?,
                       importer: Importer, fetcher: Fetcher) async throws -> [Event] {
        // `prepare` already told pages apart and extracted them; other kinds are detected here.
        switch prepared == nil ? DocumentKind.detect(input.bytes) : .html {
        case .html:
            let (article, quotes) = try (prepared ?? Result { try Importer.extract(input) }).get()
            return [.imported(try importer.importExtracted(input, article: article, quotes: quotes))]
        case .transcript:
            return [.imported(try importer.importTranscript(input))]
        case .feed:
            return try await importer.importFeed(input) { link in try await fetcher.fetch(link) }.map { item in
                switch item {
                case .success(let report): return .imported(report)
                case .failure(let error): return .failed(error.localizedDescription)
                }
            }
        case .exportLines:
            // Archived copies are restored from files and standard input, never from a URL.
            let base = input.file.map { URL(fileURLWithPath: $0).deletingLastPathComponent() }
            return [.merged(name: input.name, try ExportImport.merge(input.bytes, named: input.name, into: store,
                                                                     reviewer: reviewer,
                                                                     restoringInto: input.fetch == nil ? archive : nil,
                                                                     relativeTo: base))]
        }
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
