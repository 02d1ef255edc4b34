/// The quote check: does the quote match the record?
public enum Status: String, Sendable, Codable, CaseIterable {
    /// Nobody has checked it yet.
    case unreviewed
    /// The words and the speaker match the record.
    case verified
    /// The speaker said something different.
    case misquoted
    /// Someone else said it, or no one did.
    case misattributed
    /// Accurate words, misleading framing.
    case outOfContext = "out-of-context"
    /// It cannot be checked.
    case unverifiable

    /// The allowed values, comma separated, for messages.
    public static var vocabulary: String {
        allCases.map(\.rawValue).joined(separator: ", ")
    }
}
