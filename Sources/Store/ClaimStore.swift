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
/// Every operation of the store is here, real on both backends: migrate, import,
/// list, stream and read quotes with their context, the review queue, verdicts
/// under the conflict rule of issue 6 (one or many, a change of speaker joining
/// claims included), undo, trails, speakers and their corrections, sources and
/// their removal, fetches, findings, leases and assignments, search, export
/// records and rows, merging an exported file, the integrity check and the
/// archived bytes. The web desk's accounts have a protocol of their own
/// (``AccountStore``). Left to `ClaimsStore` alone: the batched import of a run
/// of pages (`importSources`) and the copy of a workbench (`copy`, `heldRows`),
/// which the PostgreSQL store does its own way (`copy --to`).
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

    // MARK: - pgspeakers

    /// The speaker named by an id, a name (any ASCII case) or an alias of one speaker.
    /// Throws ``StoreError/unknownSpeaker(_:)`` or ``StoreError/ambiguousSpeaker(_:_:)``.
    func speaker(_ reference: String) async throws -> SpeakerRecord

    /// Merges speaker `source` into `target` (each an id, a name or an alias), all or nothing,
    /// and returns `target` as it now is (see ``ClaimsStore/mergeSpeaker(_:into:by:at:)``):
    /// the source's claims move with a `speaker` entry each, claims with the same words join,
    /// the source's name and aliases become the target's aliases.
    @discardableResult
    func mergeSpeaker(_ source: String, into target: String, by reviewer: String, at date: Date) async throws
        -> SpeakerRecord

    /// Renames a speaker and returns it as it now is; the old name becomes an alias and each
    /// claim gets a `speaker` entry. A name another speaker has is ``StoreError/speakerNameTaken(_:)``.
    @discardableResult
    func renameSpeaker(_ reference: String, to name: String, by reviewer: String, at date: Date) async throws
        -> SpeakerRecord

    /// Sets (an empty `role`: clears) a speaker's usual role and returns the speaker as it now is;
    /// each of its claims gets a `speaker_role` entry.
    @discardableResult
    func setSpeakerRole(_ reference: String, to role: String, by reviewer: String, at date: Date) async throws
        -> SpeakerRecord

    /// Removes a wrong alias from a speaker and returns the speaker as it now is; each of its
    /// claims gets a `speaker_alias` entry. ``StoreError/notAnAlias(speaker:alias:)`` when it has no such alias.
    @discardableResult
    func removeSpeakerAlias(_ reference: String, alias: String, by reviewer: String, at date: Date) async throws
        -> SpeakerRecord

    /// Holds the quote for `reviewer` until ``ReviewLease/duration`` after `date` unless another
    /// reviewer holds a live lease on it; returns whether the reviewer holds it now. A reviewer
    /// holds one quote at a time; of several stores taking the same quote at once, one wins.
    /// ``StoreError/noQuote(_:)`` for an unknown id.
    @discardableResult
    func takeLease(onQuote quoteID: Int64, for reviewer: String, at date: Date) async throws -> Bool

    /// Releases the reviewer's lease, if any.
    func releaseLease(of reviewer: String) async throws

    /// The live lease on the quote at `date`, if anyone holds one.
    func lease(onQuote quoteID: Int64, at date: Date) async throws -> ReviewLease?

    /// Gives the quotes to `assignee` (`nil` takes them back), all or nothing, and returns what
    /// changed in the order of `quoteIDs` (see ``ClaimsStore/assign(quoteIDs:to:by:at:)``).
    @discardableResult
    func assign(quoteIDs: [Int64], to assignee: String?, by reviewer: String, at date: Date) async throws
        -> [Assignment]

    /// Who the quote is assigned to, if anyone. ``StoreError/noQuote(_:)`` for an unknown id.
    func assignee(ofQuote quoteID: Int64) async throws -> String?

    /// Why the quote is out of the listings, if a source removal took it out; `nil` for a live
    /// quote. ``StoreError/noQuote(_:)`` for an unknown id.
    func removal(ofQuote quoteID: Int64) async throws -> QuoteRemoval?

    /// Replaces the findings against `sources` (every finding when `nil`) with `findings`,
    /// all or nothing, and returns the number stored. Verdicts are not touched.
    @discardableResult
    func replaceFindings(_ findings: [NewFinding], againstSources sources: [Int64]?, at date: Date) async throws -> Int

    /// The findings of quote `id`, best score first.
    func findings(ofQuote id: Int64) async throws -> [FindingRecord]

    /// Every stored finding, in the default order of their quotes, then best score first.
    func findings() async throws -> [FindingRecord]

    /// The statements of primary records (transcripts and sources imported as primary), by
    /// source then position; `sources` limits them to those source ids (`nil`: every primary source).
    func primaryStatements(inSources sources: [Int64]?) async throws -> [PrimaryStatementRecord]

    /// Every live quote with an appearance in a source that is neither a transcript nor primary, in the default order.
    func reportedQuotes() async throws -> [ReportedQuoteRecord]

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
