import Model
import Foundation

/// The claims store in domain words, whatever database keeps it: the seam
/// between the workbench's callers and its backends (issue 17).
///
/// Two backends conform: ``ClaimsStore`` (SQLite through GRDB, the embedded
/// default; its synchronous methods are the witnesses) and `PostgresClaimStore`
/// (module `StorePostgres`, a team's shared store). The names and value types
/// are `ClaimsStore`'s own, so that a caller moves to the protocol by changing
/// the type it holds and adding `await`. One conformance suite
/// (`StoreConformanceTests`) runs every requirement against both.
///
/// This is the core, real end to end on both backends: migrate, import one
/// extracted source, list and read quotes, the next one to review, give a verdict under the conflict
/// rule of issue 6 (a change of speaker joining claims included), undo, a
/// quote's trail, the speakers and a source's archived bytes.
///
/// Not yet in the protocol (callers still hold `ClaimsStore` for these):
/// `speaker(_:)`, `mergeSpeaker(_:into:by:at:)`, `renameSpeaker(_:to:by:at:)`,
/// `setSpeakerRole(_:to:by:at:)`, `removeSpeakerAlias(_:alias:by:at:)`,
/// `search(_:matching:)`, `forEachExportRecord(matching:_:)`,
/// `mergeExport(mergedBy:at:…)`, `replaceFindings(_:againstSources:…)`,
/// `findings(ofQuote:)`, `findings()`, `primaryStatements(inSources:)` and
/// `reportedQuotes()`.
public protocol ClaimStore: Sendable {
    /// Brings the schema up to date (creating it in an empty store); running it
    /// again changes nothing. A store written by a newer version is refused
    /// with ``StoreError/newerSchema(_:)`` and left untouched.
    func migrate() async throws

    /// Stores a document, its article and its quotes, all or nothing; the same
    /// bytes stored before give ``ImportOutcome/duplicate(sourceID:)``
    /// (see ``ClaimsStore/importSource(_:article:quotes:)``).
    func importSource(_ source: NewSource, article: Article, quotes: [Quote]) async throws -> ImportOutcome

    /// The quotes that match `filter`, in its order (by default the claim's first appearance).
    func quotes(matching filter: QuoteFilter) async throws -> [QuoteRecord]

    /// The quote with this id, or `nil`.
    func quote(id: Int64) async throws -> QuoteRecord?

    /// The quote with this id and the version of its trail, read together; `nil` if there is none.
    func snapshot(ofQuote id: Int64) async throws -> QuoteSnapshot?

    /// The first quote matching `filter` (its status included) in the filter's order,
    /// after the quote `id` if given; `nil` when none is left.
    func nextQuote(matching filter: QuoteFilter, after id: Int64?) async throws -> QuoteRecord?

    /// The first unreviewed quote matching `filter` (whose status is ignored) in the
    /// filter's order, after the quote `id` if given; `nil` when none is left.
    func nextUnreviewed(matching filter: QuoteFilter, after id: Int64?) async throws -> QuoteRecord?

    /// Applies a reviewer's change to a quote and returns the quote as it now is.
    ///
    /// With `expected` (the version the reviewer was shown), a claim changed
    /// since is refused with ``StoreError/conflict(_:)`` naming the other
    /// changes, and nothing is recorded (the conflict rule of issue 6).
    @discardableResult
    func recordVerdict(quoteID: Int64, change: VerdictChange, reviewer: String, at date: Date,
                       expecting expected: Int64?) async throws -> QuoteRecord

    /// Reverses the reviewer's last change not yet undone and returns the quote
    /// it touched; `nil` when there is nothing to undo.
    @discardableResult
    func undoLastChange(by reviewer: String, at date: Date) async throws -> Int64?

    /// The quote's audit trail, oldest first; ``StoreError/noQuote(_:)`` for an unknown id.
    func history(quoteID: Int64) async throws -> [AuditEntry]

    /// Every speaker with its role, aliases and number of claims, by name (ignoring ASCII case).
    func speakers() async throws -> [SpeakerRecord]

    /// The archived bytes and sidecar of the source whose bytes have this
    /// SHA-256 (lowercase hex); `nil` when the store has no such source.
    /// ``ArchivedFileError`` when the source is known but its bytes cannot be read.
    func archivedDocument(sha256: String) async throws -> ArchivedDocument?

    // MARK: - pgsources

    /// The imported documents in use (or, with `removed`, only the removed ones), in import order;
    /// a removed source's quote count is the number it had when it was removed.
    func sources(removed: Bool) async throws -> [SourceRecord]

    /// The source with this id, or `nil`.
    func source(id: Int64) async throws -> SourceRecord?

    /// The paragraphs of the source's article, in reading order; ``StoreError/noSource(_:)`` for an unknown id.
    func paragraphs(ofSource id: Int64) async throws -> [String]

    /// The site names stored on sources that equal `name` ignoring case (any script), in byte order.
    func siteNames(matching name: String) async throws -> [String]

    /// Takes out a wrongly imported source, all or nothing, and returns what it touched
    /// (the rule and trail entries of ``ClaimsStore/removeSource(id:by:at:)``).
    @discardableResult
    func removeSource(id sourceID: Int64, by reviewer: String, at date: Date) async throws -> SourceRemoval

    /// Brings back a removed source, all or nothing, and returns what it touched
    /// (the rule and trail entries of ``ClaimsStore/restoreSource(id:by:at:)``).
    @discardableResult
    func restoreSource(id sourceID: Int64, by reviewer: String, at date: Date) async throws -> SourceRemoval

    /// Why the quote is out of the listings, if a source removal took it out; `nil` for a live quote.
    /// ``StoreError/noQuote(_:)`` for an unknown id.
    func removal(ofQuote quoteID: Int64) async throws -> QuoteRemoval?

    /// Records that `fetch` returned the bytes of source `sourceID`; the same fetch (source,
    /// requested URL and time) recorded again changes nothing and returns `false`.
    /// ``StoreError/noSource(_:)`` for an unknown source.
    @discardableResult
    func recordFetch(_ fetch: SourceFetch, sourceID: Int64) async throws -> Bool

    /// Every recorded fetch of source `id`, oldest first.
    func fetches(ofSource id: Int64) async throws -> [SourceFetch]

    /// The most recent fetch of every source that was fetched, by source id.
    func latestFetches() async throws -> [Int64: SourceFetch]

    /// Calls `body` with each quote that matches `filter`, in the filter's order, as the
    /// quotes are read: one snapshot, constant memory whatever their number (SQLite
    /// steps one statement; PostgreSQL streams one query's rows, which the server sends
    /// only as fast as `body` takes them). `body` is synchronous and must not use the store;
    /// an error it throws ends the reading and comes back as it was.
    func forEachQuote(matching filter: QuoteFilter, _ body: (QuoteRecord) throws -> Void) async throws

    /// The ids of the quotes that match `filter`, in its order, without building their records.
    func quoteIDs(matching filter: QuoteFilter) async throws -> [Int64]

    /// The places the quote appears, earliest first (publication date, undated last, then import
    /// order and position); ``StoreError/noQuote(_:)`` for an unknown id.
    func appearances(ofQuote id: Int64) async throws -> [AppearanceRecord]

    /// The quote's paragraph and the one before it in its first source's main text, and that
    /// source's archive path (see ``ClaimsStore/surroundings(of:)``).
    func surroundings(of quote: QuoteRecord) async throws -> QuoteSurroundings

    /// Applies the same change to every quote of `quoteIDs`, all or nothing, and returns the
    /// outcomes in the order of `quoteIDs` (an id given twice is changed once): unknown ids are
    /// refused together with ``StoreError/noQuotes(_:)``, claims taken out with a removed
    /// source with ``StoreError/removedQuotes(_:)``, before anything is written.
    func recordVerdicts(quoteIDs: [Int64], change: VerdictChange, reviewer: String, at date: Date,
                        expecting expected: Int64?) async throws -> [VerdictOutcome]

    /// `"ok"` when the store is sound, else its problems, one per line: the invariants of
    /// every store (``StoreInvariant``), and on SQLite the database file's own check first.
    func integrityCheck() async throws -> String

    /// The number of appearances stored for each source, by the source's SHA-256.
    func appearanceCounts() async throws -> [String: Int]
}
