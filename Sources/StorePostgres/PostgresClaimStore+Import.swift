import Extract
import PostgresNIO
import Store

extension PostgresClaimStore {
    /// Stores a document, its article and its quotes, in one transaction: the
    /// rule of ``Store/ClaimsStore/importSource(_:article:quotes:)``.
    ///
    /// Inserts that another writer may race (the same bytes, a new speaker, a
    /// new claim) skip on conflict (``PostgresDialect/ignoreConflicts``) and
    /// read the row the other writer made, so two machines importing at once
    /// never fail on each other nor store anything twice. Any error rolls the
    /// whole document back. The source's archived bytes and sidecar
    /// (``Store/NewSource/document``) are stored in the same transaction
    /// (``archivedDocument(sha256:)`` reads them). (Bringing back claims taken out with a removed
    /// source waits for source removal on PostgreSQL.)
    public func importSource(_ source: NewSource, article: Article, quotes: [Quote]) async throws -> ImportOutcome {
        let now = StoreRules.timestamp(source.importedAt)
        return try await transaction { connection in
            if let existing = try await connection.value(
                "SELECT id FROM source WHERE sha256 = \(source.sha256)", as: Int64.self, logger: logger) {
                if let document = source.document { try await storeDocument(document, on: connection) }
                return .duplicate(sourceID: existing)
            }
            let inserted = try await connection.value("""
                INSERT INTO source (sha256, url, file, canonical_url, title, site, authors, agency,
                    published_at, language, kind, is_primary, byte_count, archive_path, imported_at, paragraphs)
                VALUES (\(source.sha256), \(source.url ?? article.url), \(source.file), \(article.canonicalURL),
                    \(article.title), \(article.site), \(StoreRules.jsonArray(article.authors)), \(article.agency),
                    \(article.publishedAt), \(article.language), \(source.kind.rawValue), \(source.isPrimary),
                    \(Int64(source.byteCount)), \(source.archivePath), \(now), \(StoreRules.jsonArray(article.paragraphs)))
                \(unescaped: PostgresDialect.ignoreConflicts)
                RETURNING id
                """, as: Int64.self, logger: logger)
            guard let sourceID = inserted else {
                // Another writer stored the same bytes meanwhile.
                let other = try await connection.value(
                    "SELECT id FROM source WHERE sha256 = \(source.sha256)", as: Int64.self, logger: logger)
                return .duplicate(sourceID: other ?? 0)
            }
            // The evidence goes with the source, in the same transaction.
            if let document = source.document { try await storeDocument(document, on: connection) }
            var newQuotes = 0
            for (position, quote) in quotes.enumerated() {
                let speakerID = try await speakerID(for: quote, at: now, on: connection)
                let key = ClaimKey.make(quote.text)
                let speakerKey = speakerID ?? 0
                var quoteID = try await connection.value(
                    "SELECT id FROM quote WHERE claim_key = \(key) AND speaker_key = \(speakerKey)",
                    as: Int64.self, logger: logger)
                if quoteID == nil {
                    if let confidence = quote.confidence, !ConfidenceText.isValid(confidence) {
                        throw StoreError.invalidConfidence(confidence, quote: quote.text)
                    }
                    quoteID = try await connection.value("""
                        INSERT INTO quote (claim_key, speaker_id, speaker_key, text, kind, speaker_role, cue,
                            rule, confidence, said_on, said_on_basis, first_source_id, first_position, created_at)
                        VALUES (\(key), \(speakerID), \(speakerKey), \(quote.text), \(quote.kind.rawValue),
                            \(quote.speakerRole), \(quote.cue), \(quote.rule), \(quote.confidence), \(quote.saidOn),
                            \(quote.saidOnBasis.rawValue), \(sourceID), \(Int64(position)), \(now))
                        \(unescaped: PostgresDialect.ignoreConflicts)
                        RETURNING id
                        """, as: Int64.self, logger: logger)
                    if quoteID == nil {
                        // Another writer made the same claim meanwhile.
                        quoteID = try await connection.value(
                            "SELECT id FROM quote WHERE claim_key = \(key) AND speaker_key = \(speakerKey)",
                            as: Int64.self, logger: logger)
                    } else {
                        newQuotes += 1
                    }
                }
                try await connection.run("""
                    INSERT INTO appearance (quote_id, source_id, position, paragraph, start, "end", context)
                    VALUES (\(quoteID), \(sourceID), \(Int64(position)), \(Int64(quote.paragraph)),
                        \(Int64(quote.start)), \(Int64(quote.end)), \(quote.context))
                    """, logger: logger)
            }
            return .imported(sourceID: sourceID, newQuotes: newQuotes, quotes: quotes.count)
        }
    }

    /// Finds or creates the quote's speaker by exact name and records its aliases;
    /// `nil` for an unattributed quote.
    private func speakerID(for quote: Quote, at now: String, on connection: PostgresConnection) async throws -> Int64? {
        guard let name = quote.speaker, !name.isEmpty else { return nil }
        var id = try await connection.value("SELECT id FROM speaker WHERE name = \(name)", as: Int64.self, logger: logger)
        if id == nil {
            id = try await connection.value("""
                INSERT INTO speaker (name, type, created_at) VALUES (\(name), \(quote.speakerType?.rawValue), \(now))
                \(unescaped: PostgresDialect.ignoreConflicts) RETURNING id
                """, as: Int64.self, logger: logger)
        }
        if id == nil {
            id = try await connection.value("SELECT id FROM speaker WHERE name = \(name)", as: Int64.self, logger: logger)
        }
        guard let id else { throw StoreError.unknownSpeaker(name) }
        for alias in quote.speakerAliases where alias != name && !alias.isEmpty {
            try await connection.run("""
                INSERT INTO speaker_alias (speaker_id, alias) VALUES (\(id), \(alias))
                \(unescaped: PostgresDialect.ignoreConflicts)
                """, logger: logger)
        }
        return id
    }
}
