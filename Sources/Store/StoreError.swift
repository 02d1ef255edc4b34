import Foundation

/// What can go wrong when asking the claims store, named with the input at fault.
public enum StoreError: LocalizedError, Equatable, Sendable {
    /// No quote has this id.
    case noQuote(Int64)
    /// No source has this id.
    case noSource(Int64)
    /// The text is not a status of the vocabulary.
    case unknownStatus(String)
    /// The text is not a rating of the vocabulary.
    case unknownRating(String)
    /// The text is not a day written `YYYY-MM-DD`.
    case invalidDate(String)
    /// A quote's text cannot be made empty (the quote's id).
    case emptyText(Int64)
    /// A filter's limit is negative.
    case invalidLimit(Int)
    /// A stored value cannot be read back (column, value).
    case corruptValue(column: String, value: String)

    /// A message that names the input and the problem.
    public var errorDescription: String? {
        switch self {
        case .noQuote(let id):
            "no quote with id \(id)"
        case .noSource(let id):
            "no source with id \(id)"
        case .unknownStatus(let value):
            "unknown status '\(value)': use one of \(Status.vocabulary)"
        case .unknownRating(let value):
            "unknown rating '\(value)': use one of \(Rating.vocabulary)"
        case .invalidDate(let value):
            "invalid date '\(value)': write it as YYYY-MM-DD"
        case .emptyText(let id):
            "the text of quote \(id) cannot be empty"
        case .invalidLimit(let value):
            "invalid limit \(value): use 0 or more"
        case .corruptValue(let column, let value):
            "the store holds an unreadable \(column) '\(value)'"
        }
    }
}
