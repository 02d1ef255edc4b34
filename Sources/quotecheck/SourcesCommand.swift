import ArgumentParser
import Foundation
import Export
import Store

/// `quotecheck sources`
struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "List the imported documents with their SHA-256, URL or file, title, date and quote count.",
        discussion: "Example:\n  quotecheck sources --format jsonl"
    )

    @OptionGroup var global: GlobalOptions

    @OptionGroup var output: OutputOptions

    func run() throws {
        let store = try global.openStore()
        let sources = output.limited(try store.sources())
        let fetches = try store.latestFetches()
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
                    "primary": s.isPrimary,
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
}
