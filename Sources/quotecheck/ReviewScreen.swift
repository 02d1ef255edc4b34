import Review
import Store

/// The full-screen view of the interactive review, as text for a window of
/// any size: every line is cut to the width and no more lines than the
/// height are drawn (a 10×3 window shows the first line, the status line and the keys).
/// A card longer than the window scrolls (``scroll``), with `↑ more (PgUp)` and
/// `↓ more (PgDn)` where lines are out of view.
struct ReviewScreen {
    /// The quote shown; `nil` when the queue is empty.
    var quote: QuoteRecord?
    /// Show the keys instead of the quote.
    var showsHelp = false
    /// A line for the reviewer (an error, a refused verdict, …).
    var message = ""
    /// Lines describing the quote's corroboration findings (best first).
    var findings: [String] = []
    /// The one-line editor: its prompt and its state.
    var editor: (prompt: String, editor: LineEditor)?
    /// The paragraph before the quote's paragraph.
    var before: String?
    /// The archived copy of the quote's source.
    var archivedCopy: String?
    /// Where the quote stands in the queue ("3 of 12").
    var position = ""
    /// What the last keys changed ("#12 verified"), shown on the status line of the next screen.
    var status = ""
    /// The first line of the card in view (0: the top).
    var scroll = 0

    /// Marks the start and end of the highlighted quote in a paragraph (zero width).
    static let highlightStart: Character = "\u{E000}"
    static let highlightEnd: Character = "\u{E001}"

    /// The groups of the key bar at the bottom, in order; a group is never split over two lines.
    static let keyGroups = ["v m a o u verdict", "r n e s d t edit", "f finding", "space skip", "b back",
                            "z undo", "w page", "PgUp/Dn scroll", "? help", "q quit"]

    /// The key bar in `width` columns: the groups on one line, or wrapped onto a second
    /// (a third from 12 rows) when the window is too narrow and has room for it; what does
    /// not fit even then is cut at the window's edge. The last column is never used (the
    /// bottom row leaves it empty).
    static func keyLines(width: Int, rows: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for group in keyGroups {
            let joined = line.isEmpty ? group : line + "  " + group
            if line.isEmpty || DisplayWidth.of(joined) <= width - 1 {
                line = joined
            } else {
                lines.append(line)
                line = group
            }
        }
        if !line.isEmpty { lines.append(line) }
        let allowed = rows >= 12 ? 3 : rows >= 8 ? 2 : 1
        guard lines.count > allowed else { return lines }
        // Too narrow for every group: the first lines, the last one cut by ``fit``.
        var kept = Array(lines.prefix(allowed))
        kept[allowed - 1] += "  " + lines[allowed...].joined(separator: "  ")
        return kept
    }

    /// The escape sequences and text that draw the screen in `columns`×`rows`.
    func render(columns: Int, rows: Int, colour: Bool) -> String {
        let width = max(1, columns)
        let height = max(1, rows)
        var footer: [String] = []
        if !message.isEmpty { footer += wrap(message, width: width) }
        var cursorColumn = 1
        if let editor {
            // The prompt, then as much of the text as fits with the cursor in view (the last column stays free).
            let prompt = TextWrap.prefix(editor.prompt, width: max(0, width - 2))
            let shown = editor.editor.visible(width: max(1, width - 1 - prompt.columns))
            footer.append(prompt.text + shown.text)
            cursorColumn = prompt.columns + shown.cursorColumn + 1
        } else {
            if !position.isEmpty || !status.isEmpty {
                footer += wrap([position, status].filter { !$0.isEmpty }.joined(separator: "   "), width: width)
            }
            footer += Self.keyLines(width: width, rows: height)
        }
        let footerRows = min(footer.count, max(0, height - 1))
        let shownFooter = Array(footer.suffix(footerRows))
        var open = false
        let body = visibleBody(width: width, rows: height - footerRows, colour: colour, open: &open)
        var out = "\u{1B}[H"
        for row in 0..<height {
            let line: String
            if row < body.count {
                line = body[row]
            } else if row >= height - footerRows {
                line = shownFooter[row - (height - footerRows)]
            } else {
                line = ""
            }
            // The last column of the last row is left empty, so that no terminal scrolls.
            let limit = row == height - 1 ? max(0, width - 1) : width
            out += "\u{1B}[\(row + 1);1H" + Self.fit(line, width: limit, colour: colour, open: &open) + "\u{1B}[K"
        }
        if editor != nil {
            out += "\u{1B}[\(height);\(min(cursorColumn, max(1, width - 1)))H\u{1B}[?25h"
        } else {
            out += "\u{1B}[?25l"
        }
        return out
    }

    /// The rows of the card in view, from ``scroll``: `↑ more (PgUp)` on the first row when
    /// lines are above it, `↓ more (PgDn)` on the last when lines are below. `open` comes
    /// back true when a highlight that began above the first row shown is still open.
    private func visibleBody(width: Int, rows: Int, colour: Bool, open: inout Bool) -> [String] {
        let lines = bodyLines(width: width, colour: colour)
        guard rows > 0 else { return [] }
        guard lines.count > rows else { return lines }
        let top = min(max(0, scroll), Self.scrollLimit(lines: lines.count, rows: rows))
        // Fewer than three rows leave no room for the marks: the card is only cut there.
        let marks = rows >= 3
        let upMark = marks && top > 0
        let first = top + (upMark ? 1 : 0)
        let room = rows - (upMark ? 1 : 0)
        let downMark = marks && first + room < lines.count
        let shown = min(room - (downMark ? 1 : 0), lines.count - first)
        // A highlight opened in the lines scrolled away is still open on the first line shown.
        for line in lines[..<first] { _ = Self.fit(line, width: 0, colour: false, open: &open) }
        return (upMark ? ["↑ more (PgUp)"] : []) + Array(lines[first..<(first + max(0, shown))])
            + (downMark ? ["↓ more (PgDn)"] : [])
    }

    /// The largest useful ``scroll`` for a card of `lines` lines in `rows` rows.
    static func scrollLimit(lines: Int, rows: Int) -> Int {
        // Scrolled to the end, the first row is the `↑` mark and the others show the last lines.
        max(0, lines - rows)
    }

    /// The largest useful ``scroll`` in a window of `columns`×`rows`.
    func scrollLimit(columns: Int, rows: Int) -> Int {
        let width = max(1, columns)
        let footer = (message.isEmpty ? 0 : wrap(message, width: width).count) + 1
            + Self.keyLines(width: width, rows: rows).count
        return Self.scrollLimit(lines: bodyLines(width: width, colour: false).count, rows: max(1, rows - footer))
    }

    /// The lines above the footer: the quote card, or the keys.
    private func bodyLines(width: Int, colour: Bool) -> [String] {
        if showsHelp {
            return ["Keys (any key returns to the quote):", ""]
                + ReviewSession.helpText.split(separator: "\n", omittingEmptySubsequences: false)
                    .flatMap { wrap(String($0), width: width) }
        }
        guard let q = quote else { return ["No more quotes in this queue."] }
        var lines: [String] = []
        lines += wrap("#\(q.id)  “\(q.text)”", width: width)
        lines += wrap("speaker:  \(q.speaker ?? "(unattributed)")\(q.speakerRole.map { ", \($0)" } ?? "")", width: width)
        if q.rule != nil || q.confidence != nil {
            // How the extractor attributed it: what a reviewer walking the least certain first wants to see.
            let confidence = q.confidence.flatMap(ConfidenceText.string) ?? "—"
            lines += wrap("rule:     \(q.rule ?? "—")   confidence: \(confidence)", width: width)
        }
        lines += wrap("said on:  \(q.saidOn ?? "unknown") (\(q.saidOnBasis.rawValue))", width: width)
        let site = q.sourceSite.map { " — \($0)" } ?? ""
        let published = q.publishedAt.map { ", \($0)" } ?? ""
        lines += wrap("source:   \(q.sourceTitle ?? "(untitled)")\(site)\(published)", width: width)
        if let place = q.sourceURL ?? q.sourceFile { lines += wrap("          \(place)", width: width) }
        if let archivedCopy { lines += wrap("archive:  \(archivedCopy)", width: width) }
        let others = max(0, q.appearances - 1)
        lines += wrap("also in:  \(others) other source\(others == 1 ? "" : "s")", width: width)
        var verdict = "verdict:  \(q.status.rawValue)\(q.rating.map { ", rated \($0.rawValue)" } ?? "")"
        if let by = q.reviewedBy { verdict += " (by \(by)\(q.reviewedAt.map { ", \($0)" } ?? ""))" }
        lines += wrap(verdict, width: width)
        if let note = q.note { lines += wrap("note:     \(note)", width: width) }
        if !q.evidence.isEmpty { lines += wrap("evidence: \(q.evidence.joined(separator: " "))", width: width) }
        for line in findings { lines += wrap(line, width: width) }
        if let context = q.context {
            if let before {
                lines.append("")
                lines += wrap(before, width: width)
            }
            lines.append("")
            lines += wrap(Self.marked(context, start: q.start, end: q.end, colour: colour), width: width)
        }
        return lines
    }

    /// The paragraph with the quote between highlight marks (⟦…⟧ without colour).
    static func marked(_ text: String, start: Int?, end: Int?, colour: Bool) -> String {
        let scalars = Array(text.unicodeScalars)
        guard let start, let end, start >= 0, start < end, start < scalars.count else { return text }
        let stop = min(end, scalars.count)
        func part(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        let (open, close) = colour ? (String(highlightStart), String(highlightEnd)) : ("⟦", "⟧")
        return part(0..<start) + open + part(start..<stop) + close + part(stop..<scalars.count)
    }

    /// Word-wraps `text` to `width` columns by display width (see ``TextWrap``); highlight marks take no width.
    func wrap(_ text: String, width: Int) -> [String] {
        TextWrap.lines(text, width: width, zeroWidth: [Self.highlightStart, Self.highlightEnd])
    }

    /// One screen line: at most `width` columns (by display width), highlight marks
    /// turned into reverse video (colour) or dropped, and a highlight that
    /// runs over lines closed at each line's end and reopened on the next.
    static func fit(_ line: String, width: Int, colour: Bool, open: inout Bool) -> String {
        var out = colour && open ? "\u{1B}[7m" : ""
        var count = 0
        for character in line {
            switch character {
            case highlightStart:
                open = true
                if colour && count < width { out += "\u{1B}[7m" }
            case highlightEnd:
                open = false
                if colour && count < width { out += "\u{1B}[27m" }
            default:
                // Control characters from a source (an escape, a tab) never reach the terminal.
                let isControl = character.unicodeScalars.contains { $0.properties.generalCategory == .control }
                let columns = isControl ? 1 : DisplayWidth.of(character)
                if count + columns <= width { out.append(isControl ? " " : character) }
                count += columns
            }
        }
        if colour && (open || out.contains("\u{1B}[7m")) { out += "\u{1B}[27m" }
        return out
    }
}
