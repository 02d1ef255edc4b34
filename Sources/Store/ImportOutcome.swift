/// What importing one document did.
public enum ImportOutcome: Sendable, Equatable {
    /// The same bytes were imported before, as this source; nothing changed.
    case duplicate(sourceID: Int64)
    /// The document is stored as `sourceID`, with `quotes` appearances of which
    /// `newQuotes` are claims not seen before.
    case imported(sourceID: Int64, newQuotes: Int, quotes: Int)
}

extension ImportOutcome {
    /// The id of the source stored, or of the one already holding the same bytes.
    public var sourceID: Int64 {
        switch self {
        case .duplicate(let id), .imported(let id, _, _): id
        }
    }
}
