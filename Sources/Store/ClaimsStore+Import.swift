import Model
import Foundation
import GRDB

extension ClaimsStore {
    /// Stores a document, its article and its quotes, in one transaction
    /// (with statements compiled once per connection: a bulk import runs them thousands of times).
    ///
    /// A document whose SHA-256 is already stored changes nothing and comes
    /// back as ``ImportOutcome/duplicate(sourceID:)``. Otherwise each quote (its
    /// index is its position in the source) finds or creates its speaker by
    /// exact name, adds the speaker's aliases, finds or creates its claim by
    /// words and speaker, and becomes one appearance. A new claim keeps the
    /// quote's `cue`, `rule` and `confidence` (they describe its first
    /// appearance). Any error rolls back the whole document; a confidence
    /// outside 0…1 is ``StoreError/invalidConfidence(_:quote:)``. A claim
    /// taken out with a removed source that this document carries comes back
    /// (see `SourceRemovalSQL.bringBack(quotesOf:at:in:)`).
    public func importSource(_ source: NewSource, article: Article, quotes: [Quote]) throws -> ImportOutcome {
        try writer.write { db in try insert(source, article: article, quotes: quotes, in: db) }
    }

    /// The statements of ``importSource(_:article:quotes:)``, in the caller's transaction.
    func insert(_ source: NewSource, article: Article, quotes: [Quote], in db: Database) throws -> ImportOutcome {
        let now = Timestamp.string(from: source.importedAt)
        if let existing = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM source WHERE sha256 = ?"),
                                             arguments: [source.sha256]) {
            return .duplicate(sourceID: existing)
        }
        try db.cachedStatement(sql: """
            INSERT INTO source (sha256, url, file, canonical_url, title, site, authors, agency,
                published_at, language, kind, is_primary, byte_count, archive_path, imported_at, paragraphs)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                source.sha256, source.url ?? article.url, source.file, article.canonicalURL,
                article.title, article.site, JSONText.array(article.authors), article.agency,
                article.publishedAt, article.language, source.kind.rawValue, source.isPrimary,
                source.byteCount, source.archivePath, now, JSONText.array(article.paragraphs),
            ])
        let sourceID = db.lastInsertedRowID
        var newQuotes = 0
        for (position, quote) in quotes.enumerated() {
            let speakerID = try speakerID(for: quote, at: now, in: db)
            let key = ClaimKey.make(quote.text)
            var quoteID = try Int64.fetchOne(db.cachedStatement(sql: """
                SELECT id FROM quote WHERE claim_key = ? AND speaker_key = ?
                """), arguments: [key, speakerID ?? 0])
            if quoteID == nil {
                if let confidence = quote.confidence, !ConfidenceText.isValid(confidence) {
                    throw StoreError.invalidConfidence(confidence, quote: quote.text)
                }
                try db.cachedStatement(sql: """
                    INSERT INTO quote (claim_key, speaker_id, speaker_key, text, kind, speaker_role, cue,
                        rule, confidence, said_on, said_on_basis, first_source_id, first_position, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """).execute(arguments: [
                        key, speakerID, speakerID ?? 0, quote.text, quote.kind.rawValue, quote.speakerRole,
                        quote.cue, quote.rule, quote.confidence, quote.saidOn, quote.saidOnBasis.rawValue,
                        sourceID, position, now,
                    ])
                quoteID = db.lastInsertedRowID
                newQuotes += 1
            }
            try db.cachedStatement(sql: """
                INSERT INTO appearance (quote_id, source_id, position, paragraph, start, "end", context)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [quoteID, sourceID, position, quote.paragraph, quote.start, quote.end,
                                 quote.context])
        }
        try SourceRemovalSQL.bringBack(quotesOf: sourceID, at: now, in: db)
        return .imported(sourceID: sourceID, newQuotes: newQuotes, quotes: quotes.count)
    }

    /// Finds or creates the quote's speaker by exact name and records its aliases;
    /// `nil` for an unattributed quote.
    private func speakerID(for quote: Quote, at now: String, in db: Database) throws -> Int64? {
        guard let name = quote.speaker, !name.isEmpty else { return nil }
        let id: Int64
        if let existing = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM speaker WHERE name = ?"), arguments: [name]) {
            id = existing
        } else {
            try db.cachedStatement(sql: "INSERT INTO speaker (name, type, created_at) VALUES (?, ?, ?)")
                .execute(arguments: [name, quote.speakerType?.rawValue, now])
            id = db.lastInsertedRowID
        }
        for alias in quote.speakerAliases where alias != name && !alias.isEmpty {
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO speaker_alias (speaker_id, alias) VALUES (?, ?)")
                .execute(arguments: [id, alias])
        }
        return id
    }
}
