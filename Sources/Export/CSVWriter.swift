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

    /// One cell as written in the file; `nil` is an empty cell.
    public func field(_ value: String?) -> String {
        var out: [UInt8] = []
        append(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends one cell, as written in the file, to `out`.
    ///
    /// The marks that decide quoting and the formula starts are ASCII, so the
    /// UTF-8 bytes tell: a formula start (`=`, `+`, `-`, `@`, tab or CR) gets a
    /// leading `'` when ``formulaGuard`` is on.
    func append(_ value: String?, to out: inout [UInt8]) {
        guard var text = value, !text.isEmpty else { return }
        text.withUTF8 { bytes in
            let guarded: Bool
            switch bytes[0] {
            case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: guarded = formulaGuard
            default: guarded = false
            }
            // The cell's first byte is the guard's `'` when there is one.
            var needsQuotes = (!guarded && bytes[0] == UInt8(ascii: " ")) || bytes[bytes.count - 1] == UInt8(ascii: " ")
            var hasQuote = false
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\""): hasQuote = true; needsQuotes = true
                case UInt8(ascii: ","), UInt8(ascii: "\r"), UInt8(ascii: "\n"): needsQuotes = true
                default: break
                }
            }
            if needsQuotes { out.append(UInt8(ascii: "\"")) }
            if guarded { out.append(UInt8(ascii: "'")) }
            if hasQuote {
                for byte in bytes {
                    out.append(byte)
                    if byte == UInt8(ascii: "\"") { out.append(byte) }
                }
            } else {
                out.append(contentsOf: bytes)
            }
            if needsQuotes { out.append(UInt8(ascii: "\"")) }
        }
    }

    /// One record as written in the file, CRLF included.
    public func line(_ fields: [String?]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(fields.reduce(2) { $0 + ($1?.utf8.count ?? 0) + 3 })
        appendLine(fields, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends one record, as written in the file, CRLF included, to `out`.
    func appendLine(_ fields: [String?], to out: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            append(field, to: &out)
        }
        out.append(0x0D)
        out.append(0x0A)
    }

    /// Writes one record to `output`.
    public func write<Output: TextOutputStream>(_ fields: [String?], to output: inout Output) {
        output.write(line(fields))
    }
}
