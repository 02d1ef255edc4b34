import Foundation
import Store

/// What a review needs of its store, in the store protocol's own words: the
/// reads and writes ``ReviewDriver`` performs, and nothing else.
///
/// ``ReviewDriver`` holds `any ReviewStore`, so that the review runs on any
/// backend. Every requirement has the signature it has in ``Store/ClaimStore``:
/// the SQLite store conforms with an empty extension (below), and any store of
/// that protocol, the PostgreSQL one included, through ``ClaimStoreReview``.
public protocol ReviewStore: Sendable {
    /// The ids of the quotes matching `filter`, in its order (the queue "n of N" counts).
    func quoteIDs(matching filter: QuoteFilter) async throws -> [Int64]

    /// The first quote matching `filter` (its status included) in the filter's order,
    /// after the quote `id` if given; `nil` when none is left.
    func nextQuote(matching filter: QuoteFilter, after id: Int64?) async throws -> QuoteRecord?

    /// The quote with this id, or `nil`.
    func quote(id: Int64) async throws -> QuoteRecord?

    /// The quote with this id and the version of its trail, read together; `nil` if there is none.
    func snapshot(ofQuote id: Int64) async throws -> QuoteSnapshot?

    /// Applies a reviewer's change under the conflict rule (see ``Store/ClaimStore``).
    func recordVerdict(quoteID: Int64, change: VerdictChange, reviewer: String, at date: Date,
                       expecting expected: Int64?) async throws -> QuoteRecord

    /// Reverses the reviewer's last change not yet undone; the quote it touched, or `nil`.
    func undoLastChange(by reviewer: String, at date: Date) async throws -> Int64?

    /// Holds the quote for `reviewer` until ten minutes after `date`; false when another reviewer holds it.
    func takeLease(onQuote quoteID: Int64, for reviewer: String, at date: Date) async throws -> Bool

    /// Lets go of whatever `reviewer` holds.
    func releaseLease(of reviewer: String) async throws

    /// The quote's corroboration findings, best first.
    func findings(ofQuote id: Int64) async throws -> [FindingRecord]
}

/// The SQLite store's own methods are the witnesses.
extension ClaimsStore: ReviewStore {}
