import ArgumentParser
import Store

/// The verdict vocabulary read straight from the command line: the parser
/// refuses a word outside it (exit 64, naming the flag and listing the
/// words), and `--help` lists them.
extension Status: ExpressibleByArgument {}

/// See ``Status``'s conformance.
extension Rating: ExpressibleByArgument {}

/// `mark --rating`: a rating, or the empty word, which takes the quote's rating
/// away (as `--note ""`, `--role ""` and `--said-on ""` clear theirs).
enum RatingArgument: ExpressibleByArgument, Equatable {
    case rate(Rating)
    case clear

    init?(argument: String) {
        if argument.isEmpty {
            self = .clear
        } else if let rating = Rating(rawValue: argument) {
            self = .rate(rating)
        } else {
            return nil
        }
    }

    static var allValueStrings: [String] { Rating.allCases.map(\.rawValue) }
}

/// `--status` of the listing commands: one status, or `all`.
enum StatusFilter: ExpressibleByArgument, Equatable {
    case all
    case only(Status)

    init?(argument: String) {
        if argument == "all" {
            self = .all
        } else if let status = Status(rawValue: argument) {
            self = .only(status)
        } else {
            return nil
        }
    }

    static var allValueStrings: [String] { Status.allCases.map(\.rawValue) + ["all"] }

    /// The word as given: a status name, or `all`.
    var word: String {
        switch self {
        case .all: return "all"
        case .only(let status): return status.rawValue
        }
    }

    /// The store filter's status: nil for every status.
    var status: String? {
        switch self {
        case .all: return nil
        case .only(let status): return status.rawValue
        }
    }
}
