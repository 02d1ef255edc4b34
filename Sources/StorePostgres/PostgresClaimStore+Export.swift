import PostgresNIO
import Store

extension PostgresClaimStore {
    /// Calls `body` with each quote matching `filter`, in the filter's order,
    /// reading only `columns`: the SQLite store's
    /// ``Store/ClaimsStore/exportRows(matching:columns:_:)``, same statement.
    ///
    /// The rows stream in one snapshot: postgres-nio reads the server's rows
    /// with back-pressure, so a million quotes are never held at once.
    public func exportRows(matching filter: QuoteFilter, columns: [ExportColumn],
                           _ body: (ExportRow) throws -> Void) async throws {
        let (selection, indexes) = ExportColumn.selection(of: columns)
        // What each selected expression holds: the id is an integer, every other column text.
        var integers = Array(repeating: false, count: max(1, columns.count))
        if columns.isEmpty { integers[0] = true }
        for column in columns where column == .id { integers[indexes[column.rawValue]] = true }
        try await read { connection in
            let query = try await QuoteQuery.quotes(matching: filter, selecting: selection, on: connection,
                                                    logger: logger)
            for try await row in try await connection.query(query, logger: logger) {
                var values: [ExportValue] = []
                values.reserveCapacity(integers.count)
                for (index, cell) in row.enumerated() where index < integers.count {
                    if integers[index] {
                        values.append(try cell.decode(Int64?.self).map(ExportValue.integer) ?? .null)
                    } else {
                        values.append(try cell.decode(String?.self).map(ExportValue.text) ?? .null)
                    }
                }
                try body(ExportRow(values: values, indexes: indexes))
            }
        }
    }

    /// Calls `body` with the full export record of each quote matching
    /// `filter`, in the filter's order: the SQLite store's
    /// ``Store/ClaimsStore/forEachExportRecord(matching:including:_:)``, record for record.
    ///
    /// Streams in one snapshot through a server-side cursor, ``ExportBatch/size``
    /// quotes a fetch; each batch's appearances, trails and new sources take one
    /// statement each, so memory holds one batch whatever the number of quotes.
    public func forEachExportRecord(matching filter: QuoteFilter, including parts: ExportRecordParts,
                                    _ body: (ExportRecord) throws -> Void) async throws {
        try await read { connection in
            let selection = QuoteQuery.makeSelection(appearances: "0::BIGINT",
                                                     extra: "q.claim_key, s.type AS speaker_type")
            let query = try await QuoteQuery.quotes(matching: filter, selecting: selection, on: connection,
                                                    logger: logger)
            try await connection.run(PostgresQuery(unsafeSQL: PostgresDialect.declareCursor("export_records",
                                                                                            for: query.sql),
                                                   binds: query.binds), logger: logger)
            var details = ExportBatch(parts: parts)
            try await details.readAliases(on: connection, logger: logger)
            while true {
                let rows = try await connection.rows(
                    PostgresQuery(unsafeSQL: PostgresDialect.fetch(ExportBatch.size, from: "export_records")),
                    logger: logger)
                if rows.isEmpty { break }
                var quotes: [(QuoteRecord, claimKey: String, speakerType: String?)] = []
                for row in rows {
                    let extra = 29
                    quotes.append((try QuoteQuery.record(row), try row[extra].decode(String.self),
                                   try row[extra + 1].decode(String?.self)))
                }
                for record in try await details.records(for: quotes, on: connection, logger: logger) {
                    try body(record)
                }
            }
            try await connection.run("CLOSE export_records", logger: logger)
        }
    }
}

/// Reads what export records add to a batch of quote records, a statement per
/// kind of detail (the SQLite store's `ExportDetails`, batched).
struct ExportBatch {
    /// The number of quotes a fetch of the cursor reads.
    static let size = 500

    /// What to read.
    let parts: ExportRecordParts
    /// Every speaker's aliases, sorted byte by byte, read once (speakers without aliases are absent).
    private var aliases: [Int64: [String]] = [:]
    /// The sources whose paragraphs were already given.
    private var sourcesGiven: Set<Int64> = []
    /// Recently read sources (without paragraphs): quotes come grouped by source. Emptied
    /// between batches once it holds 256, never within one (the batch's sources were read against it).
    private var sourceCache: [Int64: ExportSource] = [:]

    /// A reader of the details `parts` asks for.
    init(parts: ExportRecordParts) {
        self.parts = parts
    }

    /// Reads the speakers' aliases, when the records include them.
    mutating func readAliases(on connection: PostgresConnection, logger: Logger) async throws {
        guard parts.contains(.aliases) else { return }
        for try await (speakerID, alias) in try await connection.query(
            "SELECT speaker_id, alias FROM speaker_alias ORDER BY speaker_id, alias \(unescaped: PostgresDialect.bytewise)",
            logger: logger).decode((Int64, String).self) {
            aliases[speakerID, default: []].append(alias)
        }
    }

    /// The export records of `quotes`, in their order.
    mutating func records(for quotes: [(QuoteRecord, claimKey: String, speakerType: String?)],
                          on connection: PostgresConnection, logger: Logger) async throws -> [ExportRecord] {
        let ids = quotes.map(\.0.id)
        if sourceCache.count >= 256 { sourceCache.removeAll(keepingCapacity: true) }  // bounded memory
        // Appearances, by quote, each quote's ordered by source then position.
        var appearanceRows: [Int64: [PostgresRandomAccessRow]] = [:]
        var wanted: [Int64] = []
        for row in try await connection.rows("""
            SELECT quote_id, source_id, position, paragraph, start, "end", context FROM appearance
            WHERE quote_id = ANY(\(ids)) ORDER BY quote_id, source_id, position
            """, logger: logger) {
            let sourceID = try row[1].decode(Int64.self)
            appearanceRows[try row[0].decode(Int64.self), default: []].append(row)
            if sourceCache[sourceID] == nil, !wanted.contains(sourceID) { wanted.append(sourceID) }
        }
        // Sources not cached, with their paragraphs when some may be given.
        var paragraphs: [Int64: [String]] = [:]
        var fresh: [Int64: ExportSource] = [:]
        if !wanted.isEmpty {
            let withParagraphs = parts.contains(.paragraphs)
            for row in try await connection.rows("""
                SELECT id, sha256, url, file, canonical_url, title, site, authors, agency, published_at, language, kind,
                    is_primary, byte_count, archive_path, imported_at, CASE WHEN \(withParagraphs) THEN paragraphs END
                FROM source WHERE id = ANY(\(wanted))
                """, logger: logger) {
                let source = try Self.source(row)
                fresh[source.id] = source
                if let text = try row[16].decode(String?.self) {
                    paragraphs[source.id] = try StoreRules.decodeArray(text, column: "paragraphs")
                }
            }
        }
        // Trails, by claim: the claim's own entries and those of the claims joined into it.
        var trails: [Int64: [AuditEntry]] = [:]
        let reviewed = quotes.filter { $0.0.version > 0 }.map(\.0.id)
        if parts.contains(.history), !reviewed.isEmpty {
            for row in try await connection.rows("""
                SELECT CASE WHEN m.id = ANY(\(reviewed)) THEN m.id ELSE m.merged_into END,
                    au.id, au.quote_id, au.at, au.who, au.field, au.old_value, au.new_value, au.note, au.change_id
                FROM audit au JOIN quote m ON m.id = au.quote_id
                WHERE m.id = ANY(\(reviewed)) OR m.merged_into = ANY(\(reviewed))
                ORDER BY au.id
                """, logger: logger) {
                let entry = AuditEntry(
                    id: try row[1].decode(Int64.self), quoteID: try row[2].decode(Int64.self),
                    at: try row[3].decode(String.self), who: try row[4].decode(String.self),
                    field: try row[5].decode(String.self), oldValue: try row[6].decode(String?.self),
                    newValue: try row[7].decode(String?.self), note: try row[8].decode(String?.self),
                    changeID: try row[9].decode(Int64.self))
                trails[try row[0].decode(Int64.self), default: []].append(entry)
            }
        }
        var records: [ExportRecord] = []
        records.reserveCapacity(quotes.count)
        for (quote, claimKey, speakerType) in quotes {
            var quote = quote
            var appearances: [ExportAppearance] = []
            for row in appearanceRows[quote.id] ?? [] {
                let sourceID = try row[1].decode(Int64.self)
                guard var source = sourceCache[sourceID] ?? fresh[sourceID] else { throw StoreError.noSource(sourceID) }
                sourceCache[sourceID] = source
                if parts.contains(.paragraphs), sourcesGiven.insert(sourceID).inserted {
                    source.paragraphs = paragraphs[sourceID] ?? []
                }
                func integer(_ index: Int) throws -> Int? { try row[index].decode(Int64?.self).map { Int($0) } }
                appearances.append(ExportAppearance(source: source, position: try integer(2) ?? 0,
                                                    paragraph: try integer(3), start: try integer(4),
                                                    end: try integer(5), context: try row[6].decode(String?.self)))
            }
            quote.appearances = Set(appearances.map(\.source.id)).count
            guard let first = appearances.first(where: { $0.source.id == quote.sourceID }) else {
                throw StoreError.noSource(quote.sourceID)
            }
            let speakerAliases = quote.speakerID.flatMap { aliases[$0] } ?? []
            records.append(ExportRecord(quote: quote, claimKey: claimKey, speakerType: speakerType,
                                        speakerAliases: speakerAliases, sourceSHA256: first.source.sha256,
                                        appearances: appearances, history: trails[quote.id] ?? []))
        }
        return records
    }

    /// Reads a source (without its paragraphs) from a row of the sources' statement.
    private static func source(_ row: PostgresRandomAccessRow) throws -> ExportSource {
        func text(_ index: Int) throws -> String? { try row[index].decode(String?.self) }
        let kindText = try row[11].decode(String.self)
        guard let kind = SourceKind(rawValue: kindText) else {
            throw StoreError.corruptValue(column: "kind", value: kindText)
        }
        return ExportSource(
            id: try row[0].decode(Int64.self), sha256: try row[1].decode(String.self), url: try text(2),
            file: try text(3), canonicalURL: try text(4), title: try text(5), site: try text(6),
            authors: try StoreRules.decodeArray(try text(7), column: "authors"), agency: try text(8),
            publishedAt: try text(9), language: try text(10), kind: kind, isPrimary: try row[12].decode(Bool.self),
            byteCount: Int(try row[13].decode(Int64.self)), archivePath: try text(14),
            importedAt: try row[15].decode(String.self))
    }
}
