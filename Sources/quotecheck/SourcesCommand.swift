import ArgumentParser
import Foundation
import Export
import Store

/// `quotecheck sources [remove [--undo] ID]`
struct SourcesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "List the imported documents with their SHA-256, URL or file, title, date and quote count.",
        discussion: HelpText.prose("""
        list (the default): the sources in use; with --removed, only the removed ones
        (with removed_at and removed_by).

        remove ID: takes out a wrongly imported source. Its quotes that appear in no
        other source leave the queue, list and exports, each with a 'removed' entry in
        its audit trail; quotes that also appear elsewhere lose only that appearance.
        The archived bytes and the trails stay. Importing the same bytes again changes
        nothing: the source stays removed.

        remove --undo ID: brings a removed source back, its quotes with a 'restored'
        entry.

        Examples:
          quotecheck sources --format jsonl
          quotecheck sources remove 3 --reviewer ana
          quotecheck sources remove --undo 3
        """)
    )

    /// What `sources` does.
    enum Action: String, ExpressibleByArgument, CaseIterable {
        case list, remove
    }

    @OptionGroup var global: GlobalOptions

    @OptionGroup var output: OutputOptions

    @Argument(help: "list (the default) or remove.")
    var action: Action = .list

    @Argument(help: ArgumentHelp("For remove: the source's id.", valueName: "ID"))
    var sourceID: Int64?

    @Flag(help: "For remove: bring the removed source back.")
    var undo = false

    @Flag(help: "For list: only the removed sources.")
    var removed = false

    @Option(help: ArgumentHelp("Who makes the change (default: $QUOTECHECK_REVIEWER, else the user name).", valueName: "NAME"))
    var reviewer: String?

    func validate() throws {
        switch action {
        case .list:
            if sourceID != nil { throw ValidationError("'sources list' takes no id") }
            if undo { throw ValidationError("--undo goes with 'sources remove ID'") }
        case .remove:
            if sourceID == nil { throw ValidationError("'sources remove' takes the id of a source") }
            if removed { throw ValidationError("--removed goes with 'sources list'") }
        }
    }

    func run() async throws {
        try await global.withStore { store in try await sources(in: store) }
    }

    /// Lists, removes or restores the sources of `store`, either backend.
    private func sources(in store: any ClaimStore) async throws {
        if action == .remove {
            try await remove(in: store)
            return
        }
        let sources = output.limited(try await store.sources(removed: removed))
        let fetches = try await store.latestFetches()
        var out = StandardOutput()
        switch output.chosenFormat {
        case .table:
            let rows = sources.map { [String($0.id), String($0.sha256.prefix(12)), String($0.quoteCount), $0.publishedAt ?? "—", $0.title ?? "(untitled)", $0.url ?? fetches[$0.id]?.requestedURL ?? $0.file ?? ""] }
            out.write(renderTable(header: ["ID", "SHA-256", "QUOTES", "PUBLISHED", "TITLE", "FROM"], rows: rows, widths: [4, 12, 6, 25, 40, 40]))
        case .jsonl:
            for s in sources {
                let fetch = fetches[s.id]
                let object: [String: Any] = [
                    "id": s.id, "url": jsonValue(s.url ?? fetch?.requestedURL ?? s.canonicalURL),
                    "final_url": jsonValue(fetch?.finalURL), "fetched_at": jsonValue(fetch?.fetchedAt),
                    "file": jsonValue(s.file), "sha256": s.sha256,
                    "imported_at": s.importedAt, "title": jsonValue(s.title), "site": jsonValue(s.site),
                    "published_at": jsonValue(s.publishedAt), "quotes": s.quoteCount, "kind": s.kind.rawValue,
                    "primary": s.isPrimary, "removed_at": jsonValue(s.removedAt), "removed_by": jsonValue(s.removedBy),
                ]
                let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
                print(String(decoding: data, as: UTF8.self), to: &out)
            }
        case .csv:
            let writer = CSVWriter()
            out.write(writer.line(["id", "sha256", "url", "file", "title", "published_at", "quotes", "final_url", "fetched_at"]))
            for s in sources {
                let fetch = fetches[s.id]
                out.write(writer.line([String(s.id), s.sha256, s.url ?? fetch?.requestedURL ?? s.canonicalURL, s.file, s.title,
                                       s.publishedAt, String(s.quoteCount), fetch?.finalURL, fetch?.fetchedAt]))
            }
        }
    }

    /// `sources remove [--undo] ID`.
    private func remove(in store: any ClaimStore) async throws {
        guard let sourceID else { return }
        let who = reviewerName(reviewer)
        var out = StandardOutput()
        if undo {
            let done = try await store.restoreSource(id: sourceID, by: who, at: Date())
            print("restored source \(sourceID): \(counted(done.quotesRemoved.count, "quote")) back, "
                  + "\(counted(done.appearancesRemoved.count, "appearance")) back on quotes found elsewhere", to: &out)
        } else {
            let done = try await store.removeSource(id: sourceID, by: who, at: Date())
            print("removed source \(sourceID): \(counted(done.quotesRemoved.count, "quote")) out, "
                  + "\(counted(done.appearancesRemoved.count, "appearance")) gone from quotes found elsewhere; "
                  + "'quotecheck sources remove --undo \(sourceID)' brings it back", to: &out)
        }
    }
}
