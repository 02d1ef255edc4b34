/// What an imported document is.
public enum SourceKind: String, Sendable, Codable, CaseIterable {
    /// A news article or web page.
    case article
    /// A transcript of what was said (XML or similar).
    case transcript
}
