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

    /// The allowed values, comma separated, for messages.
    public static var vocabulary: String {
        allCases.map(\.rawValue).joined(separator: ", ")
    }
}
