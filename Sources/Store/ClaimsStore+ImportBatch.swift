import GRDB

extension ClaimsStore {
    /// Stores several documents in one transaction, each all or nothing, in
    /// the order given, and returns each one's outcome or error.
    ///
    /// Each document is imported as by ``importSource(_:article:quotes:)``
    /// (and its fetch recorded as by ``recordFetch(_:sourceID:)``) inside a
    /// savepoint of its own: a document that fails is rolled back alone and
    /// the others are kept. The ids and every stored value are those that the
    /// same documents imported one by one would get. Nothing is visible to
    /// other connections until the whole batch commits; if the commit itself
    /// fails, every document of the batch fails with its error.
    ///
    /// Why batches: every commit writes the touched pages of every table and
    /// index to the write-ahead log and flushes each full-text index's pending
    /// words as a new segment; a bulk import's one writer commits less often
    /// (`bench-store-import`).
    public func importSources(_ documents: [DocumentImport]) -> [Result<ImportOutcome, any Error>] {
        guard !documents.isEmpty else { return [] }
        do {
            return try writer.write { db in
                documents.map { document in
                    Result {
                        var outcome = ImportOutcome.duplicate(sourceID: 0)
                        try db.inSavepoint {
                            outcome = try insert(document.source, article: document.article,
                                                 quotes: document.quotes, in: db)
                            if let fetch = document.fetch {
                                _ = try insert(fetch, sourceID: outcome.sourceID, in: db)
                            }
                            return .commit
                        }
                        return outcome
                    }
                }
            }
        } catch {
            return documents.map { _ in .failure(error) }
        }
    }
}
