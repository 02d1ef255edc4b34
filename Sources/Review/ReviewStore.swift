import Foundation
import Store

/// What a review needs of its store: the ``Store/ClaimStore`` protocol, and
/// the few methods of ``Store/ClaimsStore`` not in it yet (the holds of a
/// shared queue, a quote's corroboration findings, the queue's ids).
///
/// ``ReviewDriver`` holds `any ReviewStore`, so that the review runs on any
/// backend that conforms. The SQLite store conforms below; the PostgreSQL store
/// conforms once its leases, findings and queue ids exist (issue 17: they
/// are being added to ``Store/ClaimStore`` under the same names), and this
/// protocol can then go (`typealias ReviewStore = ClaimStore`).
public protocol ReviewStore: ClaimStore {
    /// Holds the quote for `reviewer` until ten minutes after `date`; false when another reviewer holds it.
    func takeLease(onQuote quoteID: Int64, for reviewer: String, at date: Date) async throws -> Bool

    /// Lets go of whatever `reviewer` holds.
    func releaseLease(of reviewer: String) async throws

    /// The quote's corroboration findings, best first.
    func findings(ofQuote id: Int64) async throws -> [FindingRecord]

    /// The ids of the quotes matching `filter`, in its order (the queue "n of N" counts).
    func quoteIDs(matching filter: QuoteFilter) async throws -> [Int64]
}

/// The SQLite store's own methods are the witnesses.
extension ClaimsStore: ReviewStore {}
