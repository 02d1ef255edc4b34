import PostgresNIO

/// What went wrong between the store and its PostgreSQL server, in words that
/// name the store by its URL without the password.
public struct PostgresStoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What kind of failure.
    public enum Kind: String, Sendable, Equatable {
        /// The server could not be reached, or it closed the connection.
        case connection
        /// The server refused a statement (its SQLSTATE is in ``PostgresStoreError/sqlState``).
        case server
        /// A value read back did not have the type the store wrote.
        case decoding
    }

    /// What kind of failure.
    public var kind: Kind
    /// The store, without its password.
    public var store: String
    /// The server's or the client's own message (never holds the password).
    public var message: String
    /// The server's SQLSTATE code, for ``Kind/server``.
    public var sqlState: String?

    /// Creates an error from its parts.
    public init(kind: Kind, store: String, message: String, sqlState: String? = nil) {
        self.kind = kind
        self.store = store
        self.message = message
        self.sqlState = sqlState
    }

    /// A failure to connect to `url`.
    init(_ error: any Error, url: PostgresURL) {
        self = Self.mapping(error, url: url) as? PostgresStoreError
            ?? PostgresStoreError(kind: .connection, store: url.description, message: "\(error)")
    }

    /// `error` in the store's words: a client's or server's error becomes a
    /// ``PostgresStoreError``; any other error (a ``Store/StoreError`` refusing
    /// a change) comes back as it is.
    static func mapping(_ error: any Error, url: PostgresURL) -> any Error {
        switch error {
        case let error as PostgresStoreError:
            return error
        case let error as PSQLError:
            if error.code == .server {
                return PostgresStoreError(kind: .server, store: url.description,
                                          message: error.serverInfo?[.message] ?? "the server refused the statement",
                                          sqlState: error.serverInfo?[.sqlState])
            }
            // The code's own description, and the underlying network error's, name no credentials.
            let reason = error.underlying.map { "\($0)" } ?? "\(error.code)"
            return PostgresStoreError(kind: .connection, store: url.description, message: reason)
        case let error as PostgresDecodingError:
            return PostgresStoreError(kind: .decoding, store: url.description,
                                      message: "column \(error.columnName) cannot be read as \(error.targetType)")
        default:
            if String(describing: type(of: error)).hasPrefix("ConnectionPoolError") {
                // The pool's own words ("connectionCreationCircuitBreakerTripped") say nothing to a checker.
                let text = "\(error)"
                let message = text.contains("CircuitBreaker")
                    ? "the server does not answer (stopped, or the network is down); nothing was changed by this command"
                    : text.contains("poolShutdown") ? "the store was closed" : text
                return PostgresStoreError(kind: .connection, store: url.description, message: message)
            }
            return error
        }
    }

    /// `cannot reach the PostgreSQL store postgres://ana@db:5432/claims?sslmode=prefer: connection refused`.
    public var description: String {
        switch kind {
        case .connection: "cannot reach the PostgreSQL store \(store): \(message)"
        case .server: "the PostgreSQL store \(store) refused: \(message)" + (sqlState.map { " (SQLSTATE \($0))" } ?? "")
        case .decoding: "the PostgreSQL store \(store) holds an unreadable value: \(message)"
        }
    }
}
