/// Why a text is not a PostgreSQL store's URL. Each message names the part at
/// fault and the form expected, and never holds the password.
public enum PostgresURLError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The scheme is not `postgres` or `postgresql` (the scheme found, if any).
    case notPostgres(scheme: String?)
    /// No user before `@`.
    case missingUser
    /// No host after `@`.
    case missingHost
    /// A bracketed IPv6 host that is not closed, or text after it that is not a port.
    case invalidHost
    /// A port that is not a number from 1 to 65535.
    case invalidPort(String)
    /// No database after the host.
    case missingDatabase
    /// A broken `%XX` escape in the user, the password or the database (the part's name only).
    case invalidEncoding(part: String)
    /// A query parameter other than `sslmode`.
    case unknownParameter(String)
    /// An `sslmode` other than `disable`, `prefer` or `require`.
    case invalidSSLMode(String)

    /// The form every message ends with.
    static let form = "write postgres://USER[:PASSWORD]@HOST[:PORT]/DB[?sslmode=disable|prefer|require]"

    /// A message naming the part at fault.
    public var description: String {
        let problem = switch self {
        case .notPostgres(let scheme?): "the scheme '\(scheme)' is not postgres or postgresql"
        case .notPostgres(nil): "it is not a URL"
        case .missingUser: "it names no user"
        case .missingHost: "it names no host"
        case .invalidHost: "its host is not a name, an IPv4 address or a bracketed IPv6 address"
        case .invalidPort(let port): "its port '\(port)' is not a number from 1 to 65535"
        case .missingDatabase: "it names no database"
        case .invalidEncoding(let part): "its \(part) holds a broken %-escape"
        case .unknownParameter(let name): "its parameter '\(name)' is not known (only sslmode is)"
        case .invalidSSLMode(let mode): "its sslmode '\(mode)' is not disable, prefer or require"
        }
        return "invalid PostgreSQL URL: \(problem); \(Self.form)"
    }
}
