import Store

/// The `reviewRating` of a ClaimReview, as DESIGN.md maps a verdict to it.
///
/// A rating from `true` to `false` becomes a `ratingValue` of 5 to 1 (best 5,
/// worst 1); `unproven` and quotes without a rating carry no value. The
/// `alternateName` is the quote check's status in words for every status but
/// verified ("Misquoted", "Out of context"); for a verified quote it is the
/// rating's wording ("Mostly true", "Unproven"), or "Accurate quote" without
/// a rating.
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
        value = rating.flatMap(Self.value(of:))
        alternateName = switch (status, rating) {
        case (.verified, let rating?): Self.name(of: rating)
        default: Self.name(of: status)
        }
    }

    /// The score of a rating on the scale; `nil` for `unproven`.
    public static func value(of rating: Rating) -> Int? {
        switch rating {
        case .true: 5
        case .mostlyTrue: 4
        case .halfTrue: 3
        case .mostlyFalse: 2
        case .false: 1
        case .unproven: nil
        }
    }

    /// The wording of a rating ("Mostly true", "Unproven").
    public static func name(of rating: Rating) -> String {
        switch rating {
        case .true: "True"
        case .mostlyTrue: "Mostly true"
        case .halfTrue: "Half true"
        case .mostlyFalse: "Mostly false"
        case .false: "False"
        case .unproven: "Unproven"
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
