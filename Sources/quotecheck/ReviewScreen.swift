import Review
import Store

/// The full-screen view of the interactive review, as text for a window of
/// any size: every line is cut to the width and no more lines than the
/// height are drawn (a 10×3 window shows the first line, the message and the keys).
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

    /// Marks the start and end of the highlighted quote in a paragraph (zero width).
    static let highlightStart: Character = "\u{E000}"
    static let highlightEnd: Character = "\u{E001}"

    /// The keys line at the bottom.
    static let keys = "v m a o u verdict  r n e s d t edit  f finding  space skip  z undo  ? help  q quit"

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
            footer.append(Self.keys)
        }
        let footerRows = min(footer.count, max(0, height - 1))
        let shownFooter = Array(footer.suffix(footerRows))
        let body = Array(bodyLines(width: width, colour: colour).prefix(height - footerRows))
        var out = "\u{1B}[H"
        var open = false
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
        let others = max(0, q.appearances - 1)
        lines += wrap("also in:  \(others) other source\(others == 1 ? "" : "s")", width: width)
        var verdict = "verdict:  \(q.status.rawValue)\(q.rating.map { ", rated \($0.rawValue)" } ?? "")"
        if let by = q.reviewedBy { verdict += " (by \(by)\(q.reviewedAt.map { ", \($0)" } ?? ""))" }
        lines += wrap(verdict, width: width)
        if let note = q.note { lines += wrap("note:     \(note)", width: width) }
        if !q.evidence.isEmpty { lines += wrap("evidence: \(q.evidence.joined(separator: " "))", width: width) }
        for line in findings { lines += wrap(line, width: width) }
        if let context = q.context {
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
