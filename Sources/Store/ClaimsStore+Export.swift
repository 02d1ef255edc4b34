import GRDB

extension ClaimsStore {
    /// Calls `body` with the full export record of each quote matching
    /// `filter`, in the default order, one at a time (constant memory).
    ///
    /// Each source's paragraphs are given once, on the first record that
    /// mentions it. The reading happens in one snapshot; `body` must not
    /// write to the store.
    public func forEachExportRecord(matching filter: QuoteFilter, _ body: (ExportRecord) throws -> Void) throws {
        try writer.read { db in
            let (sql, arguments) = try QuerySQL.quotes(matching: filter, in: db)
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            var details = ExportDetails()
            while let row = try rows.next() {
                try body(try details.record(for: QuoteRecord(row: row), in: db))
            }
        }
    }
}

/// Reads what an export record adds to a quote record, with cached statements.
private struct ExportDetails {
    /// The sources whose paragraphs were already given.
    private var sourcesGiven: Set<Int64> = []

    mutating func record(for quote: QuoteRecord, in db: Database) throws -> ExportRecord {
        let claim = try db.cachedStatement(sql: """
            SELECT q.claim_key, s.type FROM quote q LEFT JOIN speaker s ON s.id = q.speaker_id WHERE q.id = ?
            """)
        guard let row = try Row.fetchOne(claim, arguments: [quote.id]) else { throw StoreError.noQuote(quote.id) }
        var aliases: [String] = []
        if let speakerID = quote.speakerID {
            let statement = try db.cachedStatement(sql: """
                SELECT alias FROM speaker_alias WHERE speaker_id = ? ORDER BY alias
                """)
            aliases = try String.fetchAll(statement, arguments: [speakerID])
        }
        let appearances = try self.appearances(of: quote.id, in: db)
        // The claim's trail with the trails of the claims joined into it (ClaimLinks).
        let audit = try db.cachedStatement(sql: "SELECT * FROM audit WHERE \(ClaimLinks.members) ORDER BY id")
        let history = try Row.fetchAll(audit, arguments: [quote.id, quote.id]).map(AuditEntry.init(row:))
        guard let first = appearances.first(where: { $0.source.id == quote.sourceID }) else {
            throw StoreError.noSource(quote.sourceID)
        }
        return ExportRecord(quote: quote, claimKey: row["claim_key"], speakerType: row["type"],
                            speakerAliases: aliases, sourceSHA256: first.source.sha256,
                            appearances: appearances, history: history)
    }

    /// The quote's appearances with their sources; paragraphs for sources not given yet.
    private mutating func appearances(of quoteID: Int64, in db: Database) throws -> [ExportAppearance] {
        let statement = try db.cachedStatement(sql: """
            SELECT source_id, position, paragraph, start, "end", context FROM appearance
            WHERE quote_id = ? ORDER BY source_id, position
            """)
        var result: [ExportAppearance] = []
        let rows = try Row.fetchCursor(statement, arguments: [quoteID])
        while let row = try rows.next() {
            var source = try self.source(id: row["source_id"], in: db)
            if sourcesGiven.insert(source.id).inserted {
                let paragraphs = try db.cachedStatement(sql: "SELECT paragraphs FROM source WHERE id = ?")
                let text = try String.fetchOne(paragraphs, arguments: [source.id])
                source.paragraphs = try JSONText.decodeArray(text, column: "paragraphs")
            }
            result.append(ExportAppearance(source: source, position: row["position"], paragraph: row["paragraph"],
                                           start: row["start"], end: row["end"], context: row["context"]))
        }
        return result
    }

    /// Recently read sources (without paragraphs): quotes come grouped by source.
    private var sourceCache: [Int64: ExportSource] = [:]

    /// The source with this id, without its paragraphs.
    private mutating func source(id: Int64, in db: Database) throws -> ExportSource {
        if let cached = sourceCache[id] { return cached }
        let statement = try db.cachedStatement(sql: """
            SELECT id, sha256, url, file, canonical_url, title, site, authors, agency, published_at, language, kind,
                is_primary, byte_count, archive_path, imported_at
            FROM source WHERE id = ?
            """)
        guard let row = try Row.fetchOne(statement, arguments: [id]) else { throw StoreError.noSource(id) }
        let kindText: String = row["kind"]
        guard let kind = SourceKind(rawValue: kindText) else {
            throw StoreError.corruptValue(column: "kind", value: kindText)
        }
        let source = ExportSource(
            id: id, sha256: row["sha256"], url: row["url"], file: row["file"], canonicalURL: row["canonical_url"],
            title: row["title"], site: row["site"], authors: try JSONText.decodeArray(row["authors"], column: "authors"),
            agency: row["agency"], publishedAt: row["published_at"], language: row["language"], kind: kind,
            isPrimary: row["is_primary"], byteCount: row["byte_count"], archivePath: row["archive_path"],
            importedAt: row["imported_at"])
        if sourceCache.count >= 256 { sourceCache.removeAll(keepingCapacity: true) }  // bounded memory
        sourceCache[id] = source
        return source
    }
}
