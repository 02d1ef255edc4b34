/// The claim's truth, independent of whether the quote is accurate.
public enum Rating: String, Sendable, Codable, CaseIterable {
    /// The claim is true.
    case `true`
    /// The claim is mostly true.
    case mostlyTrue = "mostly-true"
    /// The claim is half true.
    case halfTrue = "half-true"
    /// The claim is mostly false.
    case mostlyFalse = "mostly-false"
    /// The claim is false.
    case `false`
    /// The claim cannot be proven either way.
    case unproven

    /// Parses a rating as written by a user, or throws ``StoreError/unknownRating(_:)``.
    public init(validating text: String) throws(StoreError) {
        guard let rating = Rating(rawValue: text) else { throw .unknownRating(text) }
        self = rating
    }

    /// The allowed values, comma separated, for messages.
    public static var vocabulary: String {
        allCases.map(\.rawValue).joined(separator: ", ")
    }
}
