import Foundation
import HummingbirdBcrypt

/// Hashes and checks account passwords with bcrypt; the only place a password is seen in clear.
public struct PasswordHasher: Sendable {
    /// The bcrypt cost used unless `QUOTECHECK_BCRYPT_COST` says otherwise.
    public static let defaultCost: UInt8 = 12

    /// The bcrypt cost (log2 of the rounds).
    public var cost: UInt8

    /// A hasher with the given bcrypt cost.
    public init(cost: UInt8 = defaultCost) {
        self.cost = cost
    }

    /// A hasher with the cost `QUOTECHECK_BCRYPT_COST` names (4…31; the tests use 4), else the default.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> PasswordHasher {
        if let text = environment["QUOTECHECK_BCRYPT_COST"], let cost = UInt8(text), (4...31).contains(cost) {
            return PasswordHasher(cost: cost)
        }
        return PasswordHasher()
    }

    /// The bcrypt hash of `password`, salted afresh.
    public func hash(_ password: String) -> String {
        Bcrypt.hash(password, cost: cost)
    }

    /// Whether `password` matches `hash`.
    public func verify(_ password: String, against hash: String) -> Bool {
        Bcrypt.verify(password, hash: hash)
    }
}
