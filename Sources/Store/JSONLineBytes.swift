/// The members of a record's JSON line, appended as bytes: each after its
/// key (written with the comma before it), `null` for nil and for the empty string.
struct JSONLineBytes {
    var out: [UInt8]

    /// `key` then a string, or `null` when it is nil or empty.
    mutating func string(_ key: StaticString, _ value: String?) {
        appendKey(key)
        if let value, !value.isEmpty {
            JSONText.append(value, to: &out)
        } else {
            appendNull()
        }
    }

    /// `key` then a string, empty or not (`""` stays a string).
    mutating func literal(_ key: StaticString, _ value: String) {
        appendKey(key)
        JSONText.append(value, to: &out)
    }

    /// `key` then a string, or `null` when it is nil (`""` stays a string).
    mutating func optional(_ key: StaticString, _ value: String?) {
        appendKey(key)
        if let value { JSONText.append(value, to: &out) } else { appendNull() }
    }

    /// `key` then an integer or `null`.
    mutating func integer(_ key: StaticString, _ value: Int64?) {
        appendKey(key)
        if let value { out.append(contentsOf: String(value).utf8) } else { appendNull() }
    }

    /// `key` then JSON text written as it is, or `null`.
    mutating func raw(_ key: StaticString, _ json: String?) {
        appendKey(key)
        if let json { out.append(contentsOf: json.utf8) } else { appendNull() }
    }

    /// `key` then an array of strings.
    mutating func strings(_ key: StaticString, _ values: [String]) {
        appendKey(key)
        JSONText.appendArray(values, to: &out)
    }

    /// Appends literal text (a key, `null`).
    mutating func appendKey(_ key: StaticString) {
        key.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    /// Appends `null`.
    mutating func appendNull() {
        appendKey("null")
    }
}
