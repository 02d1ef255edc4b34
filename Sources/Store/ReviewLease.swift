import Foundation

/// A quote held for the reviewer who has it on screen, so that the other
/// reviewers' queues pass over it until `expiresAt`.
///
/// A lease never blocks a verdict: `mark` and the review's keys work on a
/// held quote, and the conflict rule (``StoreError/conflict(_:)``) decides.
public struct ReviewLease: Sendable, Equatable {
    /// The quote held.
    public var quoteID: Int64
    /// Who holds it (a reviewer holds at most one quote).
    public var reviewer: String
    /// When it stops holding the quote, unless renewed.
    public var expiresAt: Date

    /// Creates a lease.
    public init(quoteID: Int64, reviewer: String, expiresAt: Date) {
        self.quoteID = quoteID
        self.reviewer = reviewer
        self.expiresAt = expiresAt
    }

    /// How long a lease holds a quote after it was taken or last renewed: ten minutes.
    public static let duration: TimeInterval = 600
}

/// A moment and a reviewer: whose view of the queue a ``QuoteFilter`` takes
/// when it passes over quotes held by others (``QuoteFilter/notHeldByOthers``).
public struct LeaseView: Sendable, Equatable {
    /// The reviewer whose own lease does not hide a quote.
    public var reviewer: String
    /// The moment at which leases are live or expired.
    public var at: Date

    /// Creates a view.
    public init(reviewer: String, at: Date) {
        self.reviewer = reviewer
        self.at = at
    }
}
