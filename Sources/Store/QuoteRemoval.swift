/// Why a claim is out of the listings: the source whose removal took it out
/// (`sources remove ID`), who removed that source and when.
public struct QuoteRemoval: Sendable, Equatable {
    /// The claim.
    public var quoteID: Int64
    /// The removed source that carried it alone.
    public var sourceID: Int64
    /// Who removed the source.
    public var removedBy: String?
    /// When (ISO 8601, UTC).
    public var removedAt: String?

    /// Creates a removal account.
    public init(quoteID: Int64, sourceID: Int64, removedBy: String? = nil, removedAt: String? = nil) {
        self.quoteID = quoteID
        self.sourceID = sourceID
        self.removedBy = removedBy
        self.removedAt = removedAt
    }

    /// `with source #3, removed by ana at 2026-12-07T13:40:00.000Z`.
    public var summary: String {
        "with source #\(sourceID), removed by \(removedBy ?? "?") at \(removedAt ?? "?")"
    }
}
