import ArgumentParser
import Store

/// The verdict vocabulary read straight from the command line: the parser
/// refuses a word outside it (exit 64, naming the flag and listing the
/// words), and `--help` lists them.
extension Status: ExpressibleByArgument {}

/// See ``Status``'s conformance.
extension Rating: ExpressibleByArgument {}

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
