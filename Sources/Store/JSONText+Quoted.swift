/// A JSON string literal, quotes included, for every JSON writer of the
/// project (`"`, `\`, control characters, U+2028 and U+2029 escaped): text
/// with nothing to escape is copied whole instead of scalar by scalar.
public func jsonStringLiteral(_ value: String) -> String {
    JSONText.quoted(value)
}

extension JSONText {
    /// The same literal as ``string(_:)``, faster for the common case: text
    /// with nothing to escape is copied whole instead of scalar by scalar.
    static func quoted(_ value: String) -> String {
        needsEscaping(value) ? string(value) : "\"" + value + "\""
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
