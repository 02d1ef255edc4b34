/// A quote as a reviewer is shown it, with the version of its audit trail at that moment.
///
/// Passing ``version`` back as the expectation of
/// ``ClaimsStore/recordVerdict(quoteID:change:reviewer:at:expecting:)`` refuses
/// the verdict if someone changed the quote in the meantime.
public struct QuoteSnapshot: Sendable, Equatable {
    /// The quote.
    public var quote: QuoteRecord
    /// The id of the claim's latest audit entry, 0 when it has none.
    public var version: Int64

    /// Creates a snapshot.
    public init(quote: QuoteRecord, version: Int64) {
        self.quote = quote
        self.version = version
    }
}
