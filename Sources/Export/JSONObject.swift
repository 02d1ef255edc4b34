/// A JSON object written in the order its members are added (for stable,
/// readable output): strings escaped as RFC 8259 asks, `/` left alone.
struct JSONObject: Sendable {
    /// The members written so far, without the braces.
    private var body = ""

    /// Adds `"key": "value"`; a `nil` value adds nothing.
    mutating func add(_ key: String, _ value: String?) {
        guard let value else { return }
        addRaw(key, Self.string(value))
    }

    /// Adds `"key": number`; a `nil` value adds nothing.
    mutating func add(_ key: String, _ value: Int?) {
        guard let value else { return }
        addRaw(key, String(value))
    }

    /// Adds `"key": object`.
    mutating func add(_ key: String, _ value: JSONObject) {
        addRaw(key, value.text)
    }

    /// Adds `"key": [ "a", "b" ]`.
    mutating func add(_ key: String, _ values: [String]) {
        addRaw(key, "[" + values.map(Self.string).joined(separator: ",") + "]")
    }

    /// Adds a member whose value is already JSON text.
    mutating func addRaw(_ key: String, _ json: String) {
        if !body.isEmpty { body += "," }
        body += Self.string(key) + ":" + json
    }

    /// The object as compact JSON text.
    var text: String { "{" + body + "}" }

    /// A JSON string literal: `"`, `\` and control characters escaped, and
    /// U+2028/U+2029 too (so the text is also valid JavaScript).
    static func string(_ value: String) -> String {
        if !needsEscaping(value) { return "\"" + value + "\"" }  // copied whole: the common case
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
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
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

    /// Whether `value` holds a control character, `"`, `\\`, U+2028 or U+2029
    /// (E2 80 A8 and E2 80 A9 in UTF-8).
    static func needsEscaping(_ value: String) -> Bool {
        var (previous, beforePrevious): (UInt8, UInt8) = (0, 0)
        for byte in value.utf8 {
            if byte < 0x20 || byte == 0x22 || byte == 0x5C { return true }
            if beforePrevious == 0xE2, previous == 0x80, byte == 0xA8 || byte == 0xA9 { return true }
            (beforePrevious, previous) = (previous, byte)
        }
        return false
    }
}
