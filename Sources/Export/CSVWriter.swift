/// Writes RFC 4180 CSV: comma separated, CRLF line ends, fields quoted when needed.
///
/// A field is quoted when it holds a comma, a double quote, CR or LF, or
/// starts or ends with a space; double quotes inside are doubled. With
/// ``formulaGuard`` on, a cell a spreadsheet would run as a formula (first
/// character `=`, `+`, `-`, `@`, tab or CR) gets a leading `'`.
public struct CSVWriter: Sendable {
    /// Whether cells that look like formulas are neutralised with a leading `'`.
    public var formulaGuard: Bool

    /// Creates a writer; the formula guard is on unless turned off.
    public init(formulaGuard: Bool = true) {
        self.formulaGuard = formulaGuard
    }

    /// The characters that make a spreadsheet read a cell as a formula.
    private static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// One cell as written in the file; `nil` is an empty cell.
    public func field(_ value: String?) -> String {
        guard var text = value, !text.isEmpty else { return "" }
        if formulaGuard, let first = text.unicodeScalars.first, Self.formulaStarts.contains(Character(first)) {
            text = "'" + text
        }
        // The marks that decide quoting are ASCII, so the UTF-8 bytes tell.
        let utf8 = text.utf8
        var quotes = 0
        var needsQuotes = utf8.first == UInt8(ascii: " ") || utf8.last == UInt8(ascii: " ")
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\""): quotes += 1; needsQuotes = true
            case UInt8(ascii: ","), UInt8(ascii: "\r"), UInt8(ascii: "\n"): needsQuotes = true
            default: break
            }
        }
        guard needsQuotes else { return text }
        guard quotes > 0 else { return "\"" + text + "\"" }
        var quoted: [UInt8] = [UInt8(ascii: "\"")]
        quoted.reserveCapacity(utf8.count + quotes + 2)
        for byte in utf8 {
            quoted.append(byte)
            if byte == UInt8(ascii: "\"") { quoted.append(byte) }
        }
        quoted.append(UInt8(ascii: "\""))
        return String(decoding: quoted, as: UTF8.self)
    }

    /// One record as written in the file, CRLF included.
    public func line(_ fields: [String?]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// Writes one record to `output`.
    public func write<Output: TextOutputStream>(_ fields: [String?], to output: inout Output) {
        output.write(line(fields))
    }
}
