import ArgumentParser
import Export
import Foundation
import Store

/// `quotecheck search`
struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find quotes, or paragraphs of the sources, by their words, best match first.",
        discussion: HelpText.prose("""
        The words match a quote's text or its speaker's name, case and accents folded, curly
        and straight marks alike; the best match comes first. Words in double quotes are a
        phrase; a word ending in * is a prefix; AND, OR, NOT and parentheses combine words.
        The filters are those of list (any status unless --status is given). On a terminal
        the table shows the matching words highlighted (not with NO_COLOR); jsonl and csv
        carry the plain records of list.

        With --in sources the words match the paragraphs of the imported sources' main text
        (removed sources left out): each hit names the source, its title, site and day, the
        paragraph's number (from 0, as a quote's paragraph) and its text. --source, --site,
        --since, --until and --undated (on the publication day) and --limit apply; --status
        and --speaker are for quotes only.

        Examples:
          quotecheck search ceasefire
          quotecheck search '"common understanding"' --status unreviewed
          quotecheck search ceasefir* --speaker Macron --format jsonl
          quotecheck search ceasefire --in sources --since 2025-11-01
        """)
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The words to find (a phrase in double quotes, a prefix with *).", valueName: "WORDS"))
    var words: [String] = []

    @Option(name: .customLong("in"), help: ArgumentHelp("Search quotes (the default) or sources (their paragraphs).",
                                                        valueName: "quotes|sources"))
    var scope: SearchScope = .quotes

    @OptionGroup var filters: FilterOptions

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if words.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            throw ValidationError("give the words to search for, e.g. 'quotecheck search ceasefire'")
        }
        if scope == .sources {
            if filters.status != nil {
                throw ValidationError("--status applies to quotes, not to --in sources (paragraphs have no status)")
            }
            if filters.speaker != nil {
                throw ValidationError("--speaker applies to quotes, not to --in sources (search for the name instead)")
            }
        }
    }

    func run() async throws {
        let query: SearchQuery
        do {
            query = try SearchQuery(words.joined(separator: " "))
        } catch let error as SearchQueryError {
            throw UsageFailure(error.description)
        }
        try await global.withStore { store in
            try await filters.noteUnknownNames(in: store)
            var out = StandardOutput()
            do {
                switch scope {
                case .quotes: try await printQuotes(query, from: store, to: &out)
                case .sources: try await printParagraphs(query, from: store, to: &out)
                }
            } catch let error as SearchQueryError {
                throw UsageFailure(error.description)
            }
        }
    }

    /// Prints the matching quotes as they come, best first.
    private func printQuotes(_ query: SearchQuery, from store: any ClaimStore, to out: inout StandardOutput) async throws {
        let filter = filters.filter(limit: output.limit)
        let format = output.chosenFormat
        let writer = CSVWriter()
        let highlight = useColour
        switch format {
        case .csv: writer.write(QuoteExporter.csvHeader, to: &out)
        case .table: out.write(SearchTable.header)
        case .jsonl: break
        }
        var found = false
        try await store.forEachSearchHit(query, matching: filter) { hit in
            found = true
            switch format {
            case .jsonl: out.write(hit.quote.jsonLine() + "\n")
            case .csv: writer.write(QuoteExporter.csvFields(of: hit.quote), to: &out)
            case .table: out.write(SearchTable.line(hit, highlight: highlight))
            }
        }
        if format == .table, !found { out.write("(no quotes)\n") }
    }

    /// Prints the matching paragraphs as they come, best first, and notes the
    /// sources whose main text is not stored.
    private func printParagraphs(_ query: SearchQuery, from store: any ClaimStore, to out: inout StandardOutput) async throws {
        let filter = SourceFilter(sourceID: filters.source, site: filters.site, since: filters.since,
                                  until: filters.until, undated: filters.undated, limit: output.limit)
        let format = output.chosenFormat
        let writer = CSVWriter()
        let highlight = useColour
        switch format {
        case .csv: writer.write(ParagraphHit.fieldNames, to: &out)
        case .table: out.write(ParagraphTable.header)
        case .jsonl: break
        }
        var found = false
        try await store.forEachParagraphHit(query, matching: filter) { hit in
            found = true
            switch format {
            case .jsonl: out.write(hit.jsonLine() + "\n")
            case .csv: writer.write(hit.csvFields, to: &out)
            case .table: out.write(ParagraphTable.line(hit, highlight: highlight))
            }
        }
        if format == .table, !found { out.write("(no paragraphs)\n") }
        let unsearched = try await store.sourcesWithoutText(matching: filter)
        if !unsearched.isEmpty {
            let ids = unsearched.prefix(10).map { "#\($0)" }.joined(separator: ", ") + (unsearched.count > 10 ? ", …" : "")
            printError("note: \(counted(unsearched.count, "source")) \(unsearched.count == 1 ? "has" : "have") no stored "
                       + "main text and could not be searched (\(ids)); a workbench restored from a JSON Lines "
                       + "export holds only the paragraphs the export carried")
        }
    }
}

/// What `search` looks in (`--in`).
enum SearchScope: String, ExpressibleByArgument, CaseIterable {
    /// The quotes' words and speakers (the default).
    case quotes
    /// The paragraphs of the sources' main text.
    case sources
}

/// The table of `search`: the columns of `list`, the matching words of each
/// quote in reverse video when `highlight` is set.
enum SearchTable {
    /// The column titles.
    static let columns = ["ID", "STATUS", "SPEAKER", "SAID ON", "QUOTE"]
    /// The columns' widths in characters.
    static let widths = [5, 13, 26, 10, 60]

    /// The table's header line.
    static var header: String { renderTable(header: columns, rows: [], widths: widths) }

    /// The table's line for `hit`.
    static func line(_ hit: SearchHit, highlight: Bool) -> String {
        let q = hit.quote
        let cells = [String(q.id), q.status.rawValue, q.speaker ?? "—", q.saidOn ?? "—"]
        let leading = zip(cells, widths).map { padded($0, $1) }.joined(separator: "  ")
        return leading + "  " + marked(q.text, hit.matches, width: widths[4], highlight: highlight) + "\n"
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
    static func padded(_ text: String, _ width: Int) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        if flat.count > width { return String(flat.prefix(max(0, width - 1))) + "…" }
        return flat + String(repeating: " ", count: width - flat.count)
    }
}
