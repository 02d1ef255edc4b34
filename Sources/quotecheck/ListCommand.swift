import ArgumentParser
import Export
import Foundation
import Store

/// `quotecheck list`
struct ListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the quotes of the workbench.",
        discussion: HelpText.prose("""
        Rows come in the default order: by import order of each claim's first appearance,
        then by position in that source. Every matching row is printed unless --limit is given.
        --format is table on a terminal and jsonl otherwise; jsonl lines carry every field of
        the quote record (null when empty). The table fills the terminal's width (or $COLUMNS):
        the quote takes the room left and is cut with … after a whole word; piped, without
        $COLUMNS, the quote column is 60 wide.

        --since and --until take only dated quotes (both days included); --undated takes
        the quotes whose day is unknown, and cannot be combined with them. --site matches a
        source's site name, whole, in any case.

        Examples:
          quotecheck list
          quotecheck list --status unreviewed --speaker Trump --format jsonl
          quotecheck list --since 2025-11-01 --limit 20
          quotecheck list --since 2025-11-01 --until 2025-11-30 --site "BBC News"
          quotecheck list --undated --status unreviewed
        """)
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var filters: FilterOptions

    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await global.withStore { store in try await list(store) }
    }

    /// Prints the quotes of `store` that the filters take, in the chosen format.
    private func list(_ store: any ClaimStore) async throws {
        try await filters.noteUnknownNames(in: store)
        let filter = filters.filter(limit: output.limit)
        var out = StandardOutput()
        switch output.chosenFormat {
        case .jsonl:
            try await QuoteExporter().exportJSONLines(from: store, filter: filter, to: &out)
        case .csv:
            try await QuoteExporter().exportCSV(from: store, filter: filter, to: &out)
        case .table:
            let quotes = try await store.quotes(matching: filter)
            let rows = quotes.map { q in
                [String(q.id), q.status.rawValue, q.speaker ?? "—", q.saidOn ?? "—", q.text]
            }
            // The ID column grows with the largest id, so that an id is never cut.
            let idWidth = max(5, quotes.map { String($0.id).count }.max() ?? 0)
            out.write(renderFittedTable(header: ["ID", "STATUS", "SPEAKER", "SAID ON", "QUOTE"], rows: rows,
                                        widths: [idWidth, 13, 26, 10, 60], columns: tableColumns, shrinking: 2))
            if quotes.isEmpty { out.write("(no quotes)\n") }
        }
    }
}
