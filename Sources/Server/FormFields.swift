import Foundation
import Hummingbird

/// The fields of an `application/x-www-form-urlencoded` body or query, first value per name
/// (percent-decoding by Foundation; a malformed escape leaves that value as sent).
struct FormFields: Sendable {
    /// Each field's first value.
    var values: [String: String]

    /// The fields of `encoded` (`a=1&b=two+words`).
    init(encoded: String) {
        var values: [String: String] = [:]
        for pair in encoded.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            if values[name] == nil { values[name] = parts.count > 1 ? Self.decode(parts[1]) : "" }
        }
        self.values = values
    }

    /// `+` as a space, then `%XX` escapes decoded.
    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    /// The fields of a request's body (at most 1 MiB).
    static func body(of request: Request) async throws -> FormFields {
        let buffer = try await request.body.collect(upTo: 1 << 20)
        return FormFields(encoded: String(buffer: buffer))
    }

    /// The fields of a request's query.
    static func query(of request: Request) -> FormFields {
        FormFields(encoded: request.uri.query ?? "")
    }

    /// The value of `name`, `nil` when absent.
    subscript(_ name: String) -> String? { values[name] }

    /// The value of `name` with spaces trimmed, `nil` when absent or empty.
    func nonEmpty(_ name: String) -> String? {
        guard let value = values[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }
}
