import Store

/// The table of `search --in sources`: the source, its title, site and day,
/// the paragraph's number and its text, the matching words in reverse video
/// when `highlight` is set. A long paragraph shows the stretch around its
/// first match.
enum ParagraphTable {
    /// The column titles.
    static let columns = ["SOURCE", "TITLE", "SITE", "PUBLISHED", "¶", "PARAGRAPH"]
    /// The columns' widths in characters.
    static let widths = [6, 24, 14, 10, 4, 60]
    /// How many characters before the first match a cut paragraph shows.
    static let lead = 20

    /// The table's header line.
    static var header: String { renderTable(header: columns, rows: [], widths: widths) }

    /// The table's line for `hit`.
    static func line(_ hit: ParagraphHit, highlight: Bool) -> String {
        let cells = [String(hit.sourceID), hit.title ?? "—", hit.site ?? "—", hit.publishedOn ?? "—", String(hit.paragraph)]
        let leading = zip(cells, widths).map { SearchTable.padded($0, $1) }.joined(separator: "  ")
        let (text, matches, cutBefore) = window(hit.text, hit.matches, width: widths[5])
        let body = SearchTable.marked(text, matches, width: widths[5] - (cutBefore ? 1 : 0), highlight: highlight)
        return leading + "  " + (cutBefore ? "…" : "") + body + "\n"
    }

    /// `text` from a little before its first match when that match would
    /// otherwise fall beyond `width` characters, with `matches` moved to the
    /// shown text, and whether the start was cut.
    static func window(_ text: String, _ matches: [Range<String.Index>], width: Int)
        -> (String, [Range<String.Index>], Bool) {
        guard let first = matches.first?.lowerBound else { return (text, matches, false) }
        let offset = text.distance(from: text.startIndex, to: first)
        guard text.count > width, offset > width - lead else { return (text, matches, false) }
        var start = text.index(first, offsetBy: -lead)
        // Start on a word: after the first space in the lead, if there is one.
        if let space = text[start..<first].firstIndex(where: \.isWhitespace) { start = text.index(after: space) }
        let shown = String(text[start...])
        let moved: [Range<String.Index>] = matches.compactMap { range in
            guard range.lowerBound >= start else { return nil }
            let lower = shown.index(shown.startIndex, offsetBy: text.distance(from: start, to: range.lowerBound))
            let upper = shown.index(lower, offsetBy: text.distance(from: range.lowerBound, to: range.upperBound))
            return lower..<upper
        }
        return (shown, moved, true)
    }
}
