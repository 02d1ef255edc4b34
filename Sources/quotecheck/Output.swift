import ArgumentParser
import Foundation
import Review
#if canImport(Glibc)
import Glibc
#endif

/// C stdio streams on the standard descriptors (immutable pointers; stdio
/// locks them itself). Opened with `fdopen` because Swift 6 refuses glibc's
/// `stdout` variable; open streams are flushed by `exit`.
nonisolated(unsafe) let cStandardOutput: UnsafeMutablePointer<FILE>? = fdopen(STDOUT_FILENO, "w")
nonisolated(unsafe) let cStandardError: UnsafeMutablePointer<FILE>? = {
    let stream = fdopen(STDERR_FILENO, "w")
    setvbuf(stream, nil, _IONBF, 0)
    return stream
}()

/// Standard output as a `TextOutputStream` (buffered by C stdio).
struct StandardOutput: TextOutputStream {
    mutating func write(_ string: String) { fputs(string, cStandardOutput) }
}

/// Standard error as a `TextOutputStream`.
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) { fputs(string, cStandardError) }
}

/// A file opened for writing, as a `TextOutputStream`.
final class FileOutput: TextOutputStream {
    private let file: UnsafeMutablePointer<FILE>
    let path: String

    init(path: String) throws {
        guard let file = fopen(path, "w") else {
            throw CLIError.output(path, String(cString: strerror(errno)))
        }
        self.file = file
        self.path = path
    }

    func write(_ string: String) { fputs(string, file) }

    func close() throws {
        if fclose(file) != 0 { throw CLIError.output(path, String(cString: strerror(errno))) }
    }
}

/// Prints a line to standard error.
func printError(_ message: String) {
    var err = StandardError()
    print(message, to: &err)
}

/// Whether standard output is a terminal.
var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

/// Whether to colour output: only on a terminal, never with NO_COLOR or TERM=dumb.
var useColour: Bool {
    let env = ProcessInfo.processInfo.environment
    return stdoutIsTerminal && env["NO_COLOR"] == nil && env["TERM"] != "dumb"
}

/// The formats of listing commands.
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case table, jsonl, csv

    /// A table on a terminal, JSON Lines otherwise.
    static var automatic: ListFormat { stdoutIsTerminal ? .table : .jsonl }
}

/// Renders rows as a plain text table, cutting long cells to `widths`.
func renderTable(header: [String], rows: [[String]], widths: [Int]) -> String {
    func cell(_ s: String, _ w: Int) -> String {
        let flat = s.replacingOccurrences(of: "\n", with: " ")
        if flat.count > w { return String(flat.prefix(max(0, w - 1))) + "…" }
        return flat + String(repeating: " ", count: w - flat.count)
    }
    var out = zip(header, widths).map { cell($0, $1) }.joined(separator: "  ") + "\n"
    for row in rows {
        out += zip(row, widths).map { cell($0, $1) }.joined(separator: "  ").trimmingCharacters(in: .whitespaces) + "\n"
    }
    return out
}

/// The columns a listing table may fill: `COLUMNS` when it holds a positive
/// number (as `ls` reads it; tests set it), else the terminal's width when
/// standard output is a terminal, else `nil` (piped: the table keeps its
/// fixed layout, whatever reads it).
var tableColumns: Int? {
    if let text = ProcessInfo.processInfo.environment["COLUMNS"], let columns = Int(text), columns > 0 {
        return columns
    }
    return stdoutIsTerminal ? RawTerminal.size.columns : nil
}

/// Renders rows as a table that fits `columns` (when given): every column
/// but the last keeps its width in `widths` (the one at `shrinking` may give
/// up room down to `minimumShrunk`), and the last one takes the room that is
/// left, at least `minimumLast`. Cells are measured in terminal columns; the
/// last column's text is cut with `…` after its last whole word that fits.
/// Without `columns` the widths are used as they are.
func renderFittedTable(header: [String], rows: [[String]], widths: [Int], columns: Int?,
                       shrinking: Int? = nil, minimumShrunk: Int = 12, minimumLast: Int = 20) -> String {
    var widths = widths
    if let columns, let last = widths.indices.last {
        let fixed = widths.dropLast().reduce(0, +) + 2 * (widths.count - 1)
        var room = columns - fixed
        if room < minimumLast, let shrinking, shrinking < last {
            let given = min(widths[shrinking] - minimumShrunk, minimumLast - room)
            if given > 0 {
                widths[shrinking] -= given
                room += given
            }
        }
        widths[last] = max(minimumLast, room)
    }
    let last = widths.count - 1
    func cell(_ text: String, _ column: Int) -> String {
        let flat = text.split(whereSeparator: { $0.isNewline || $0 == "\t" }).joined(separator: " ")
        let width = widths[column]
        let fitted = column == last ? TableCell.cutAtWord(flat, to: width) : TableCell.cut(flat, to: width)
        return fitted + String(repeating: " ", count: max(0, width - DisplayWidth.of(fitted)))
    }
    var out = header.indices.map { cell(header[$0], $0) }.joined(separator: "  ").trimmingCharacters(in: .whitespaces) + "\n"
    for row in rows {
        out += row.indices.map { cell(row[$0], $0) }.joined(separator: "  ").trimmingCharacters(in: .whitespaces) + "\n"
    }
    return out
}

/// Cutting a table cell to a number of terminal columns.
enum TableCell {
    /// `text` if it fits in `width` columns, else its longest start that fits with `…` after it.
    static func cut(_ text: String, to width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        var kept = ""
        var used = 0
        for character in text {
            let next = DisplayWidth.of(character)
            if used + next > width - 1 { break }
            kept.append(character)
            used += next
        }
        return kept + "…"
    }

    /// `text` if it fits in `width` columns, else its whole words that fit
    /// with `…` right after the last one; a first word longer than the whole
    /// cell is cut inside (there is no boundary to cut at).
    static func cutAtWord(_ text: String, to width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        var kept = ""
        var used = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let gap = kept.isEmpty ? 0 : 1
            let next = DisplayWidth.of(word)
            if used + gap + next > width - 1 { break }
            if gap == 1 { kept += " " }
            kept += word
            used += gap + next
        }
        if kept.isEmpty { return cut(text, to: width) }
        return kept + "…"
    }
}

/// A string for JSONSerialization, or JSON null.
func jsonValue(_ value: String?) -> Any {
    if let value { return value }
    return NSNull()
}
