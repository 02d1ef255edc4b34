import Foundation

/// When a stored URL may be a link: only `http` and `https` (never `javascript:`, `data:`, …).
enum LinkRule {
    /// Whether `text` is an absolute http(s) URL with a host.
    static func isLink(_ text: String?) -> Bool {
        guard let text, let url = URLComponents(string: text), let scheme = url.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = url.host, !host.isEmpty else { return false }
        return true
    }
}
