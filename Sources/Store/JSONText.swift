import Foundation

/// JSON text as the store keeps it in TEXT columns and writes it in records.
enum JSONText {
    /// Encodes an array of strings as compact JSON text.
    static func array(_ values: [String]) -> String {
        // One buffer for the whole array (a page's paragraphs are tens of kilobytes).
        var out: [UInt8] = []
        out.reserveCapacity(values.reduce(2) { $0 + $1.utf8.count + 3 })
        appendArray(values, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends ``array(_:)`` of `values` to `out`, as UTF-8.
    static func appendArray(_ values: [String], to out: inout [UInt8]) {
        out.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            append(value, to: &out)
        }
        out.append(UInt8(ascii: "]"))
    }

    /// Decodes a JSON array of strings kept in `column`.
    static func decodeArray(_ text: String?, column: String) throws -> [String] {
        guard let text, !text.isEmpty, text != "[]" else { return [] }
        do {
            return try JSONDecoder().decode([String].self, from: Data(text.utf8))
        } catch {
            throw StoreError.corruptValue(column: column, value: text)
        }
    }

    /// A JSON string literal, quotes included: `"`, `\` and control characters
    /// escaped, U+2028 and U+2029 too (so the line is also valid JavaScript);
    /// everything else as UTF-8.
    static func string(_ value: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(value.utf8.count + 2)
        append(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether one of the eight bytes of `word` is a control character, `"`,
    /// `\\` or 0xE2 (the lead byte of U+2028 and U+2029): exact when false, so
    /// that eight bytes can be copied without looking at each (SWAR: a byte
    /// below 0x20 or a zero byte after an XOR sets its high bit in the masks).
    static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }
        let below20 = (word &- ones &* 0x20) & ~word & highs
        return below20 | hasZero(word ^ (ones &* 0x22)) | hasZero(word ^ (ones &* 0x5C))
            | hasZero(word ^ (ones &* 0xE2)) != 0
    }

    /// Appends ``string(_:)`` of `value` to `out`, as UTF-8.
    static func append(_ value: String, to out: inout [UInt8]) {
        var value = value
        value.withUTF8 { bytes in
            out.append(UInt8(ascii: "\""))
            // Runs that need no escape are copied whole; only the bytes below are rewritten.
            var runStart = 0
            var i = 0
            func flush(_ end: Int) {
                if end > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart ..< end])) }
            }
            while i < bytes.count {
                // Eight bytes at a time while none of them can start an escape.
                while i + 8 <= bytes.count,
                      !mayNeedEscape(UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                    i += 8
                }
                guard i < bytes.count else { break }
                let b = bytes[i]
                let escape: String
                var length = 1
                switch b {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0x08: escape = "\\b"
                case 0x0C: escape = "\\f"
                case 0x00 ..< 0x20:
                    let hex = String(b, radix: 16)
                    escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    escape = bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    length = 3
                default:
                    i += 1
                    continue
                }
                flush(i)
                out.append(contentsOf: escape.utf8)
                i += length
                runStart = i
            }
            flush(bytes.count)
            out.append(UInt8(ascii: "\""))
        }
    }
}
