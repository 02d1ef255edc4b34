import Foundation

/// JSON text as the store keeps it in TEXT columns and writes it in records.
enum JSONText {
    /// Encodes an array of strings as compact JSON text.
    static func array(_ values: [String]) -> String {
        var text = "["
        for (index, value) in values.enumerated() {
            if index > 0 { text += "," }
            text += string(value)
        }
        return text + "]"
    }

    /// Decodes a JSON array of strings kept in `column`.
    static func decodeArray(_ text: String?, column: String) throws -> [String] {
        guard let text, !text.isEmpty else { return [] }
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
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{2028}", "\u{2029}":
                out += "\\u" + String(scalar.value, radix: 16)
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
