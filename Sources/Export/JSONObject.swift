import Store
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

    /// A JSON string literal (the project's one escaper, in Store).
    static func string(_ value: String) -> String {
        jsonStringLiteral(value)
    }
}
