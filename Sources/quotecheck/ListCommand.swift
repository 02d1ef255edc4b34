import ArgumentParser
import Export
import Foundation
import Store

/// `quotecheck list`
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the quotes of the workbench.",
        discussion: HelpText.prose("""
        Rows come in the default order: by import order of each claim's first appearance,
        then by position in that source. Every matching row is printed unless --limit is given.
        --format is table on a terminal and jsonl otherwise; jsonl lines carry every field of
        the quote record (null when empty).

        Examples:
          quotecheck list
          quotecheck list --status unreviewed --speaker Trump --format jsonl
          quotecheck list --since 2025-11-01 --limit 20
        """)
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var filters: FilterOptions

    @OptionGroup var output: OutputOptions

    func run() throws {
        let store = try global.openStore()
        try filters.noteUnknownNames(in: store)
        let filter = filters.filter(limit: output.limit)
        var out = StandardOutput()
        switch output.chosenFormat {
        case .jsonl:
            try QuoteExporter().exportJSONLines(store: store, filter: filter, to: &out)
        case .csv:
            try QuoteExporter().exportCSV(store: store, filter: filter, to: &out)
        case .table:
            let quotes = try store.quotes(matching: filter)
            let rows = quotes.map { q in
                [String(q.id), q.status.rawValue, q.speaker ?? "—", q.saidOn ?? "—", q.text]
            }
            out.write(renderTable(header: ["ID", "STATUS", "SPEAKER", "SAID ON", "QUOTE"], rows: rows, widths: [5, 13, 26, 10, 60]))
            if quotes.isEmpty { out.write("(no quotes)\n") }
        }
    }
}
