import Store

/// The `reviewRating` of a ClaimReview, as DESIGN.md maps a verdict to it.
///
/// A rating from `true` to `false` becomes a `ratingValue` of 5 to 1 (best 5,
/// worst 1) with its name; `unproven` and quotes without a rating carry no
/// value and are named after the quote check's status.
public struct ClaimReviewRating: Sendable, Equatable {
    /// The score, 5 (true) to 1 (false); `nil` when the claim is not rated on the scale.
    public var value: Int?
    /// The human-readable verdict, always present ("Mostly true", "Misquoted").
    public var alternateName: String

    /// The best score on the scale.
    public static let best = 5
    /// The worst score on the scale.
    public static let worst = 1

    /// The rating of a quote with this status and rating.
    public init(status: Status, rating: Rating?) {
        switch rating {
        case .true?: (value, alternateName) = (5, "True")
        case .mostlyTrue?: (value, alternateName) = (4, "Mostly true")
        case .halfTrue?: (value, alternateName) = (3, "Half true")
        case .mostlyFalse?: (value, alternateName) = (2, "Mostly false")
        case .false?: (value, alternateName) = (1, "False")
        case .unproven?, nil: (value, alternateName) = (nil, Self.name(of: status))
        }
    }

    /// The name of a quote check's status.
    public static func name(of status: Status) -> String {
        switch status {
        case .verified: "Accurate quote"
        case .misquoted: "Misquoted"
        case .misattributed: "Misattributed"
        case .outOfContext: "Out of context"
        case .unverifiable: "Unverifiable"
        case .unreviewed: "Not yet reviewed"
        }
    }

    /// The `Rating` JSON-LD object; `bestRating`/`worstRating` only beside a value.
    var json: JSONObject {
        var object = JSONObject()
        object.add("@type", "Rating")
        if let value {
            object.add("ratingValue", value)
            object.add("bestRating", Self.best)
            object.add("worstRating", Self.worst)
        }
        object.add("alternateName", alternateName)
        return object
    }
}
