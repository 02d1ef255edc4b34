import Model
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
    /// (``archivedDocument(sha256:)`` reads them). Claims taken out with a removed source that the
    /// document carries come back, as on SQLite (``SourceRemovalRows/bringBack(quotesOf:at:)``).
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
            let speakers = try await speakerIDs(for: quotes, at: now, on: connection)
            let refs = quotes.map { quote in
                ClaimRef(key: ClaimKey.make(quote.text), speakerKey: quote.speaker.flatMap { speakers[$0] } ?? 0)
            }
            var claims = try await claimIDs(Set(refs), on: connection)
            // New claims, each at its first appearance in the document, in order.
            var newClaims: [NewClaimRow] = []
            var pending = Set<ClaimRef>()
            for (position, (quote, ref)) in zip(quotes, refs).enumerated()
            where claims[ref] == nil && pending.insert(ref).inserted {
                if let confidence = quote.confidence, !ConfidenceText.isValid(confidence) {
                    throw StoreError.invalidConfidence(confidence, quote: quote.text)
                }
                newClaims.append(NewClaimRow(quote, ref: ref, speakerID: quote.speaker.flatMap { speakers[$0] },
                                             position: position))
            }
            var newQuotes = 0
            if !newClaims.isEmpty {
                let rows = try await connection.rows("""
                    INSERT INTO quote (claim_key, speaker_id, speaker_key, text, kind, speaker_role, cue,
                        rule, confidence, said_on, said_on_basis, first_source_id, first_position, created_at)
                    SELECT k, sid, s, text, kind, role, cue, rule, confidence, said_on, basis, \(sourceID), n, \(now)
                    FROM jsonb_to_recordset(\(try PostgresJSON.text(newClaims))::jsonb)
                        AS x(n BIGINT, k TEXT, sid BIGINT, s BIGINT, text TEXT, kind TEXT, role TEXT, cue TEXT,
                             rule TEXT, confidence DOUBLE PRECISION, said_on TEXT, basis TEXT)
                    ORDER BY n
                    \(unescaped: PostgresDialect.ignoreConflicts)
                    RETURNING id, claim_key, speaker_key
                    """, logger: logger)
                for row in rows {
                    claims[ClaimRef(key: try row[1].decode(String.self), speakerKey: try row[2].decode(Int64.self))] =
                        try row[0].decode(Int64.self)
                }
                newQuotes = rows.count
                // Claims another writer made meanwhile (their inserts were skipped).
                let raced = pending.filter { claims[$0] == nil }
                if !raced.isEmpty { claims.merge(try await claimIDs(raced, on: connection)) { $1 } }
            }
            let appearances = try zip(quotes, refs).enumerated().map { position, pair in
                guard let id = claims[pair.1] else { throw StoreError.unknownSpeaker(pair.0.speaker ?? "") }
                return AppearanceRow(pair.0, quoteID: id, position: position)
            }
            if !appearances.isEmpty {
                try await connection.run("""
                    INSERT INTO appearance (quote_id, source_id, position, paragraph, start, "end", context)
                    SELECT q, \(sourceID), n, p, a, b, c
                    FROM jsonb_to_recordset(\(try PostgresJSON.text(appearances))::jsonb)
                        AS x(n BIGINT, q BIGINT, p BIGINT, a BIGINT, b BIGINT, c TEXT)
                    ORDER BY n
                    """, logger: logger)
            }
            try await SourceRemovalRows(connection: connection, logger: logger).bringBack(quotesOf: sourceID, at: now)
            return .imported(sourceID: sourceID, newQuotes: newQuotes, quotes: quotes.count)
        }
    }

    /// Finds or creates the speakers of `quotes` by exact name (new ones in the
    /// order they first speak) and records their aliases: the ids by name.
    ///
    /// One statement whatever the number of quotes (two when another writer
    /// adds one of the names at the same moment): the round trips to the
    /// server, not the server's work, are what an import on PostgreSQL waits for.
    private func speakerIDs(for quotes: [Quote], at now: String,
                            on connection: PostgresConnection) async throws -> [String: Int64] {
        var named: [SpeakerRow] = []
        var aliases: [AliasRow] = []
        var seen = Set<String>(), seenAliases = Set<AliasRow>()
        for quote in quotes {
            guard let name = quote.speaker, !name.isEmpty else { continue }
            if seen.insert(name).inserted {
                named.append(SpeakerRow(n: named.count, name: name, type: quote.speakerType?.rawValue))
            }
            for alias in quote.speakerAliases where alias != name && !alias.isEmpty {
                let row = AliasRow(name: name, alias: alias)
                if seenAliases.insert(row).inserted { aliases.append(row) }
            }
        }
        guard !named.isEmpty else { return [:] }
        let input = try PostgresJSON.text(named)
        // Only names not yet stored are inserted, so no identity value is spent on a known
        // speaker. The statement's own SELECTs see the store as it was before it: the new
        // speakers come from `added`, the known ones from `speaker`.
        var ids: [String: Int64] = [:]
        for row in try await connection.rows("""
            WITH x AS (SELECT * FROM jsonb_to_recordset(\(input)::jsonb) AS x(n BIGINT, name TEXT, type TEXT)),
            added AS (
                INSERT INTO speaker (name, type, created_at)
                SELECT name, type, \(now) FROM x WHERE NOT EXISTS (SELECT 1 FROM speaker s WHERE s.name = x.name)
                ORDER BY n
                \(unescaped: PostgresDialect.ignoreConflicts)
                RETURNING id, name),
            ids AS (SELECT id, name FROM added UNION ALL SELECT s.id, s.name FROM speaker s JOIN x ON s.name = x.name),
            aliased AS (
                INSERT INTO speaker_alias (speaker_id, alias)
                SELECT ids.id, a.alias FROM jsonb_to_recordset(\(try PostgresJSON.text(aliases))::jsonb) AS a(name TEXT, alias TEXT)
                JOIN ids ON ids.name = a.name
                \(unescaped: PostgresDialect.ignoreConflicts))
            SELECT id, name FROM ids
            """, logger: logger) {
            ids[try row[1].decode(String.self)] = try row[0].decode(Int64.self)
        }
        let raced = named.filter { ids[$0.name] == nil }
        if !raced.isEmpty {
            // Another writer added these names meanwhile: read them, and give them their aliases.
            for row in try await connection.rows("""
                SELECT s.id, s.name FROM speaker s
                JOIN jsonb_to_recordset(\(try PostgresJSON.text(raced))::jsonb) AS x(name TEXT) ON s.name = x.name
                """, logger: logger) {
                ids[try row[1].decode(String.self)] = try row[0].decode(Int64.self)
            }
            for row in raced where ids[row.name] == nil { throw StoreError.unknownSpeaker(row.name) }
            try await connection.run("""
                INSERT INTO speaker_alias (speaker_id, alias)
                SELECT s.id, a.alias FROM jsonb_to_recordset(\(try PostgresJSON.text(aliases))::jsonb) AS a(name TEXT, alias TEXT)
                JOIN speaker s ON s.name = a.name
                \(unescaped: PostgresDialect.ignoreConflicts)
                """, logger: logger)
        }
        return ids
    }

    /// The ids of the stored claims among `refs`.
    private func claimIDs(_ refs: Set<ClaimRef>, on connection: PostgresConnection) async throws -> [ClaimRef: Int64] {
        guard !refs.isEmpty else { return [:] }
        var found: [ClaimRef: Int64] = [:]
        for row in try await connection.rows("""
            SELECT q.id, q.claim_key, q.speaker_key FROM quote q
            JOIN jsonb_to_recordset(\(try PostgresJSON.text(Array(refs)))::jsonb) AS x(k TEXT, s BIGINT)
                ON q.claim_key = x.k AND q.speaker_key = x.s
            """, logger: logger) {
            found[ClaimRef(key: try row[1].decode(String.self), speakerKey: try row[2].decode(Int64.self))] =
                try row[0].decode(Int64.self)
        }
        return found
    }
}
