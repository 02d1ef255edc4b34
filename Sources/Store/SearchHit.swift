/// A quote found by its words, with where they match.
public struct SearchHit: Sendable {
    /// The quote.
    public let quote: QuoteRecord
    /// The stretches of ``QuoteRecord/text`` that match the search, in order
    /// (empty when only the speaker's name matched).
    public let matches: [Range<String.Index>]

    /// Creates a hit.
    public init(quote: QuoteRecord, matches: [Range<String.Index>]) {
        self.quote = quote
        self.matches = matches
    }
}
