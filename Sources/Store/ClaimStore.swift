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
/// `forEachQuote(matching:_:)`, `appearances(ofQuote:)`,
/// `surroundings(of:)`, `recordVerdicts(quoteIDs:change:reviewer:at:expecting:)`,
/// `speaker(_:)`, `mergeSpeaker(_:into:by:at:)`, `renameSpeaker(_:to:by:at:)`,
/// `setSpeakerRole(_:to:by:at:)`, `removeSpeakerAlias(_:alias:by:at:)`,
/// `sources(removed:)`, `source(id:)`, `paragraphs(ofSource:)`,
/// `removeSource(id:by:at:)`, `restoreSource(id:by:at:)`, `siteNames(matching:)`,
/// `appearanceCounts()`, `recordFetch(_:sourceID:)`,
/// `fetches(ofSource:)`, `latestFetches()`, `replaceFindings(_:againstSources:…)`,
/// `findings(ofQuote:)`, `findings()`, `primaryStatements(inSources:)`,
/// `reportedQuotes()` and `integrityCheck()`.
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

    // MARK: - pgexport

    /// Calls `body` with the full export record of each quote matching
    /// `filter`, in the filter's order, one at a time, without holding them
    /// (what `export --format jsonl` and ClaimReview print; see
    /// ``ClaimsStore/forEachExportRecord(matching:including:_:)``): each
    /// source's paragraphs once, on the first record that mentions it; parts
    /// left out of `parts` are not read. The reading happens in one snapshot;
    /// `body` must not write to the store.
    func forEachExportRecord(matching filter: QuoteFilter, including parts: ExportRecordParts,
                             _ body: (ExportRecord) throws -> Void) async throws

    /// Calls `body` with each quote matching `filter`, in the filter's order,
    /// reading only `columns` (what the CSV prints), streamed in one snapshot
    /// (see ``ClaimsStore/exportRows(matching:columns:_:)``). A row is valid
    /// only inside the call that gives it.
    func exportRows(matching filter: QuoteFilter, columns: [ExportColumn],
                    _ body: (ExportRow) throws -> Void) async throws

    /// Merges the records of a JSON Lines export into the store, all or
    /// nothing, as ``ClaimsStore/mergeExport(mergedBy:at:records:)`` says
    /// (sources by SHA-256, speakers by exact name, claims by claim key and
    /// speaker, the later verdict wins, evidence united, trails appended;
    /// exported ids kept in an empty store).
    ///
    /// `reading` opens a reader over the export's records from the first; it
    /// is called twice (sources first, then claims), so that a file of any
    /// size is merged without holding its records.
    func mergeExport(mergedBy reviewer: String, at date: Date,
                     reading: () throws -> any ExportRecordReader) async throws -> MergeReport

    /// The quotes matching both `query` and `filter`, best match first (FTS5's
    /// bm25; ties in id order), at most `filter.limit` of them; the filter's
    /// order and paging are not used (``ClaimsStore/search(_:matching:)``).
    /// Throws ``SearchQueryError`` when the words are not a search.
    func search(_ query: SearchQuery, matching filter: QuoteFilter) async throws -> [SearchHit]

    /// Calls `body` with each hit of ``search(_:matching:)``, best first, one at a time.
    func forEachSearchHit(_ query: SearchQuery, matching filter: QuoteFilter,
                          _ body: (SearchHit) throws -> Void) async throws

    /// The paragraphs of the live sources' main text matching `query` and
    /// `filter`, best match first, at most `filter.limit` of them (`search --in sources`).
    func searchSources(_ query: SearchQuery, matching filter: SourceFilter) async throws -> [ParagraphHit]

    /// Calls `body` with each hit of ``searchSources(_:matching:)``, best first, one at a time.
    func forEachParagraphHit(_ query: SearchQuery, matching filter: SourceFilter,
                             _ body: (ParagraphHit) throws -> Void) async throws

    /// The ids of the live sources matching `filter` whose main text is not stored, in id order.
    func sourcesWithoutText(matching filter: SourceFilter) async throws -> [Int64]
}
