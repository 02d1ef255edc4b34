import PostgresNIO
import Store

/// Rows in the text format of `COPY … FROM STDIN` (``PostgresDialect/bulkLoad``):
/// one line per row, values separated by tabs, `\N` for NULL, and in text the
/// backslash, newline, carriage return and tab written as `\\`, `\n`, `\r` and `\t`.
enum PostgresCopyText {
    /// Appends `row` (values of `columns`, in order) as one line to `buffer`.
    static func append(_ row: [CopyValue], of columns: [CopyColumn], to buffer: inout ByteBuffer) {
        for (index, value) in row.enumerated() {
            if index > 0 { buffer.writeInteger(UInt8(ascii: "\t")) }
            switch value {
            case .null:
                buffer.writeString("\\N")
            case .integer(let integer):
                if columns[index].kind == .boolean {
                    buffer.writeString(integer == 0 ? "f" : "t")
                } else {
                    buffer.writeString(String(integer))
                }
            case .real(let real):
                // Swift's shortest text that reads back as the same double.
                buffer.writeString(real.description)
            case .text(let text):
                appendEscaped(text, to: &buffer)
            }
        }
        buffer.writeInteger(UInt8(ascii: "\n"))
    }

    /// Appends `text` with the format's four special bytes escaped.
    private static func appendEscaped(_ text: String, to buffer: inout ByteBuffer) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): buffer.writeString("\\\\")
            case UInt8(ascii: "\n"): buffer.writeString("\\n")
            case UInt8(ascii: "\r"): buffer.writeString("\\r")
            case UInt8(ascii: "\t"): buffer.writeString("\\t")
            default: buffer.writeInteger(byte)
            }
        }
    }
}
