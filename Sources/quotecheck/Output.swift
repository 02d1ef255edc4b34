import ArgumentParser
import Foundation
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

/// A string for JSONSerialization, or JSON null.
func jsonValue(_ value: String?) -> Any {
    if let value { return value }
    return NSNull()
}
