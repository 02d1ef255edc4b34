import Foundation

/// The rule for evidence: an absolute `http` or `https` URL with a host and no
/// white space, so that the CSV's space-separated `evidence` cell stays
/// unambiguous and nothing but a web address (no `javascript:`) is ever stored.
public enum EvidenceURL {
    /// Whether `text` is acceptable as evidence.
    public static func isValid(_ text: String) -> Bool {
        guard !text.isEmpty, !text.contains(where: { $0.isWhitespace || $0.isNewline }),
              let components = URLComponents(string: text),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host, !host.isEmpty,
              text.lowercased().hasPrefix(scheme + "://") else { return false }
        return true
    }

    /// Whether the store keeps `text` as evidence: an acceptable URL (``isValid(_:)``),
    /// or the `urn:sha256:…` reference to an archived primary record with no URL
    /// that accepting a corroboration finding adds (``FindingRecord/evidenceURL``).
    /// People type only URLs: the command line and the review check ``isValid(_:)``.
    static func isStorable(_ text: String) -> Bool {
        if isValid(text) { return true }
        let prefix = "urn:sha256:"
        guard text.hasPrefix(prefix), !text.contains(where: { $0.isWhitespace || $0.isNewline }) else { return false }
        let hash = text.dropFirst(prefix.count).prefix { $0 != "#" }
        return hash.count == 64 && hash.allSatisfy(\.isHexDigit)
    }

    /// What a person is told when `text` is refused.
    public static func refusal(_ text: String) -> String {
        "'\(text)' is not an absolute http or https URL"
    }
}
