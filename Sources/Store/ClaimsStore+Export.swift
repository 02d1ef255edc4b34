import GRDB

/// What a reading of full export records includes beyond the quote record,
/// the claim key, the speaker's type and the appearances with their sources.
public struct ExportRecordParts: OptionSet, Sendable {
    public let rawValue: Int

    /// Creates a set of parts from its raw value.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Each source's paragraphs, on the first record that mentions it.
    public static let paragraphs = ExportRecordParts(rawValue: 1)
    /// The claim's audit trail.
    public static let history = ExportRecordParts(rawValue: 2)
    /// The speaker's aliases.
    public static let aliases = ExportRecordParts(rawValue: 4)
    /// Everything: what `export --format jsonl` prints.
    public static let all: ExportRecordParts = [.paragraphs, .history, .aliases]
}

extension ClaimsStore {
    /// Calls `body` with the full export record of each quote matching
    /// `filter`, in the default order, one at a time (constant memory).
    ///
    /// Each source's paragraphs are given once, on the first record that
    /// mentions it. Parts left out of `parts` are not read (their fields stay
    /// empty). The quotes come from one ordered query with the claim key and
    /// the speaker's type joined in; each quote's appearances take one
    /// prepared statement, its trail another only when it has one, sources
    /// are read once while their quotes last, aliases once per export. The
    /// reading happens in one snapshot; `body` must not write to the store.
    public func forEachExportRecord(matching filter: QuoteFilter, including parts: ExportRecordParts = .all,
                                    _ body: (ExportRecord) throws -> Void) throws {
        try writer.read { db in
            // The quote record without its appearance count (counted from the appearances read below).
            let selection = QuoteRecord.makeSelection(appearances: "0", extra: "q.claim_key, s.type AS speaker_type")
            let (sql, arguments) = try QuerySQL.quotes(matching: filter, selecting: selection, in: db)
            var details = try ExportDetails(parts: parts, in: db)
            let extra = QuoteRecord.Column.allCases.count
            try db.makeStatement(sql: sql).forEachRow(arguments: arguments) { columns in
                let quote = try QuoteRecord(columns: columns)
                let claimKey = try columns.requiredString(extra, column: "claim_key")
                try body(try details.record(for: quote, claimKey: claimKey, speakerType: columns.string(extra + 1), in: db))
            }
        }
    }
}

/// Reads what an export record adds to a quote record, with prepared statements and caches.
private struct ExportDetails {
    /// What to read.
    let parts: ExportRecordParts
    /// Every speaker's aliases, sorted, read once (speakers without aliases are absent).
    private let aliases: [Int64: [String]]
    /// The sources whose paragraphs were already given.
    private var sourcesGiven: Set<Int64> = []
    /// Recently read sources (without paragraphs): quotes come grouped by source.
    private var sourceCache: [Int64: ExportSource] = [:]

    /// A quote's appearances, prepared once per export.
    private let appearanceStatement: Statement
    /// A claim's trail with the trails of the claims joined into it (ClaimLinks), prepared once.
    private let auditStatement: Statement

    init(parts: ExportRecordParts, in db: Database) throws {
        self.parts = parts
        appearanceStatement = try db.makeStatement(sql: """
            SELECT source_id, position, paragraph, start, "end", context FROM appearance
            WHERE quote_id = ? ORDER BY source_id, position
            """)
        auditStatement = try db.makeStatement(sql: "SELECT * FROM audit WHERE \(ClaimLinks.members) ORDER BY id")
        var aliases: [Int64: [String]] = [:]
        if parts.contains(.aliases) {
            let rows = try Row.fetchCursor(db, sql: "SELECT speaker_id, alias FROM speaker_alias ORDER BY speaker_id, alias")
            while let row = try rows.next() {
                aliases[row[0], default: []].append(row[1])
            }
        }
        self.aliases = aliases
    }

    mutating func record(for quote: QuoteRecord, claimKey: String, speakerType: String?,
                         in db: Database) throws -> ExportRecord {
        var quote = quote
        let appearances = try self.appearances(of: quote.id, in: db)
        // The distinct sources carrying the claim: the appearances come ordered by source.
        var lastSource: Int64?
        quote.appearances = 0
        for appearance in appearances where appearance.source.id != lastSource {
            quote.appearances += 1
            lastSource = appearance.source.id
        }
        var history: [AuditEntry] = []
        if parts.contains(.history), quote.version > 0 {
            history = try Row.fetchAll(auditStatement, arguments: [quote.id, quote.id]).map(AuditEntry.init(row:))
        }
        guard let first = appearances.first(where: { $0.source.id == quote.sourceID }) else {
            throw StoreError.noSource(quote.sourceID)
        }
        let speakerAliases = quote.speakerID.flatMap { aliases[$0] } ?? []
        return ExportRecord(quote: quote, claimKey: claimKey, speakerType: speakerType,
                            speakerAliases: speakerAliases, sourceSHA256: first.source.sha256,
                            appearances: appearances, history: history)
    }

    /// The quote's appearances with their sources; paragraphs for sources not given yet.
    private mutating func appearances(of quoteID: Int64, in db: Database) throws -> [ExportAppearance] {
        var result: [ExportAppearance] = []
        try appearanceStatement.forEachRow(arguments: [quoteID]) { row in
            var source = try self.source(id: try row.requiredInt64(0, column: "source_id"), in: db)
            if parts.contains(.paragraphs), sourcesGiven.insert(source.id).inserted {
                let paragraphs = try db.cachedStatement(sql: "SELECT paragraphs FROM source WHERE id = ?")
                let text = try String.fetchOne(paragraphs, arguments: [source.id])
                source.paragraphs = try JSONText.decodeArray(text, column: "paragraphs")
            }
            result.append(ExportAppearance(source: source, position: row.int(1) ?? 0, paragraph: row.int(2),
                                           start: row.int(3), end: row.int(4), context: row.string(5)))
        }
        return result
    }

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
