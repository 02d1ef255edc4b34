import Foundation

/// A web desk account: a reviewer's name and when it was made (the password hash stays in the store).
public struct Account: Sendable, Equatable {
    /// The reviewer's name, as given when the account was made; verdicts given on the desk carry it.
    public var name: String
    /// When the account was made (a store timestamp, ISO 8601 in UTC).
    public var createdAt: String

    /// An account record.
    public init(name: String, createdAt: String) {
        self.name = name
        self.createdAt = createdAt
    }
}

/// A signed-in session of the web desk, as the store keeps it.
public struct WebSession: Sendable, Equatable {
    /// The SHA-256 (hex) of the session's token; the token itself is only in the browser's cookie.
    public var tokenHash: String
    /// The account's name.
    public var account: String
    /// The secret the session's `csrf` form fields are derived from.
    public var csrfSecret: String

    /// A session record.
    public init(tokenHash: String, account: String, csrfSecret: String) {
        self.tokenHash = tokenHash
        self.account = account
        self.csrfSecret = csrfSecret
    }
}

/// What can go wrong with web desk accounts, naming the account.
public enum AccountError: LocalizedError, Equatable, Sendable {
    /// An account with this name (whatever its case) exists already.
    case exists(String)
    /// No account has this name.
    case noAccount(String)

    /// A message that names the account and the problem.
    public var errorDescription: String? {
        switch self {
        case .exists(let name): "an account named '\(name)' exists already; nothing was changed"
        case .noAccount(let name): "no account named '\(name)' (see 'quotecheck users list')"
        }
    }
}
