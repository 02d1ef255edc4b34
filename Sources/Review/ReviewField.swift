import Store

/// A field the reviewer types a line of text for.
public enum ReviewField: String, Sendable, Equatable, CaseIterable {
    /// The claim's rating (`r`).
    case rating
    /// The reviewer's note (`n`).
    case note
    /// An evidence URL (`e`).
    case evidence
    /// The day the words were said (`d`).
    case saidOn = "said_on"
    /// The quoted words (`t`).
    case text
    /// The speaker, by name (`s`): the quote is reassigned to that speaker, created if needed.
    case speaker

    /// The key that asks for this field.
    public var key: Character {
        switch self {
        case .rating: "r"
        case .note: "n"
        case .evidence: "e"
        case .saidOn: "d"
        case .text: "t"
        case .speaker: "s"
        }
    }

    /// What to show before reading the line.
    public var prompt: String {
        switch self {
        case .rating: "rating (\(Rating.vocabulary)): "
        case .note: "note: "
        case .evidence: "evidence URL: "
        case .saidOn: "said on (YYYY-MM-DD): "
        case .text: "quote text: "
        case .speaker: "speaker (name): "
        }
    }
}
