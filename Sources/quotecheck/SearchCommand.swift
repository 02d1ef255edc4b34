import ArgumentParser
import Export
import Foundation
import Store

/// `quotecheck search`
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find quotes by their words, best match first.",
        discussion: HelpText.prose("""
        The words match a quote's text or its speaker's name, case and accents folded, curly
        and straight marks alike; the best match comes first. Words in double quotes are a
        phrase; a word ending in * is a prefix; AND, OR, NOT and parentheses combine words.
        The filters are those of list (any status unless --status is given). On a terminal
        the table shows the matching words highlighted (not with NO_COLOR); jsonl and csv
        carry the plain records of list.

        Examples:
          quotecheck search ceasefire
          quotecheck search '"common understanding"' --status unreviewed
          quotecheck search ceasefir* --speaker Macron --format jsonl
        """)
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The words to find (a phrase in double quotes, a prefix with *).", valueName: "WORDS"))
    var words: [String] = []

    @OptionGroup var filters: FilterOptions

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if words.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            throw ValidationError("give the words to search for, e.g. 'quotecheck search ceasefire'")
        }
    }

    func run() throws {
        let query: SearchQuery
        do {
            query = try SearchQuery(words.joined(separator: " "))
        } catch let error as SearchQueryError {
            throw UsageFailure(error.description)
        }
        let store = try global.openStore()
        try filters.noteUnknownNames(in: store)
        let hits: [SearchHit]
        do {
            hits = try store.search(query, matching: filters.filter(limit: output.limit))
        } catch let error as SearchQueryError {
            throw UsageFailure(error.description)
        }
        var out = StandardOutput()
        switch output.chosenFormat {
        case .jsonl:
            for hit in hits { out.write(hit.quote.jsonLine() + "\n") }
        case .csv:
            let writer = CSVWriter()
            writer.write(QuoteExporter.csvHeader, to: &out)
            for hit in hits { writer.write(QuoteExporter.csvFields(of: hit.quote), to: &out) }
        case .table:
            out.write(SearchTable.render(hits, highlight: useColour))
            if hits.isEmpty { out.write("(no quotes)\n") }
        }
    }
}

/// The table of `search`: the columns of `list`, the matching words of each
/// quote in reverse video when `highlight` is set.
enum SearchTable {
    static let header = ["ID", "STATUS", "SPEAKER", "SAID ON", "QUOTE"]
    static let widths = [5, 13, 26, 10, 60]

    /// The table, header first, one line per hit.
    static func render(_ hits: [SearchHit], highlight: Bool) -> String {
        var out = renderTable(header: header, rows: [], widths: widths)
        for hit in hits {
            let q = hit.quote
            let cells = [String(q.id), q.status.rawValue, q.speaker ?? "—", q.saidOn ?? "—"]
            let leading = zip(cells, widths).map { padded($0, $1) }.joined(separator: "  ")
            out += leading + "  " + marked(q.text, hit.matches, width: widths[4], highlight: highlight) + "\n"
        }
        return out
    }

    /// `text` on one line cut to `width` characters (a cut ends with …), the
    /// stretches in `matches` between reverse-video codes when `highlight` is set.
    static func marked(_ text: String, _ matches: [Range<String.Index>], width: Int, highlight: Bool) -> String {
        let cut = text.count > width
        let shown = cut ? width - 1 : text.count
        var out = ""
        var inside = false
        var index = text.startIndex
        for _ in 0..<shown {
            let within = matches.contains { $0.contains(index) }
            if highlight, within != inside {
                out += within ? "\u{1B}[7m" : "\u{1B}[27m"
                inside = within
            }
            let character = text[index]
            out += character.isNewline ? " " : String(character)
            index = text.index(after: index)
        }
        if inside { out += "\u{1B}[27m" }
        return cut ? out + "…" : out.trimmingCharacters(in: .whitespaces)
    }

    /// `text` on one line, cut or padded to `width` characters (as `list`'s table).
    private static func padded(_ text: String, _ width: Int) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        if flat.count > width { return String(flat.prefix(max(0, width - 1))) + "…" }
        return flat + String(repeating: " ", count: width - flat.count)
    }
}
