import Foundation
import GRDB

extension ClaimsStore {
    /// Merges the records of a JSON Lines export into the store, in one transaction.
    ///
    /// `records` must call its argument once per record, in the file's order,
    /// and is called twice (sources first, then claims), so that a file of
    /// any size is merged without holding its records in memory.
    ///
    /// - Sources are matched by SHA-256; new ones are added in the exporting
    ///   workbench's import order. A known source is left as it is.
    /// - Speakers are matched by exact name (new ones keep their type), and
    ///   gain the exported aliases.
    /// - Claims are matched by claim key and speaker. A new claim takes every
    ///   field of the record, verdict, `rule` and `confidence` included (a known
    ///   claim keeps its own `rule` and `confidence`: they describe its first
    ///   appearance). For a known claim, the verdict
    ///   reviewed last (by `reviewed_at`) wins, evidence URLs are united, and if
    ///   the claim already had an audit trail here, each field the merge
    ///   changes gets an audit entry by `reviewer` noted `merge`.
    /// - Appearances are added unless present.
    /// - Audit entries are appended in the exporting workbench's order, each
    ///   change keeping its group (so undo works); an entry identical to one
    ///   already in the quote's trail (same moment, reviewer, field, values and
    ///   note) is not repeated. Each claim's assignee is then the one of its
    ///   latest `assigned` entry, so that assignments travel with the trail.
    ///
    /// Merged into an empty store, the exported ids are kept (sources,
    /// speakers, quotes, audit entries), so a restored backup exports the same
    /// records. Elsewhere new ids are assigned.
    public func mergeExport(mergedBy reviewer: String, at date: Date = Date(),
                            records: (_ body: (ExportRecord) throws -> Void) throws -> Void) throws -> MergeReport {
        let now = Timestamp.string(from: date)
        return try writer.write { db in
            var merger = try Merger(db: db, reviewer: reviewer, now: now)
            var sources: [String: ExportSource] = [:]
            var order: [String] = []
            try records { record in
                for appearance in record.appearances {
                    let sha = appearance.source.sha256
                    if var known = sources[sha] {
                        if known.paragraphs == nil, let paragraphs = appearance.source.paragraphs {
                            known.paragraphs = paragraphs
                            sources[sha] = known
                        }
                    } else {
                        sources[sha] = appearance.source
                        order.append(sha)
                    }
                }
            }
            let sorted = order.enumerated().sorted { lhs, rhs in
                let (left, right) = (sources[lhs.element]?.id ?? 0, sources[rhs.element]?.id ?? 0)
                return left != right ? left < right : lhs.offset < rhs.offset
            }
            for (_, sha) in sorted {
                if let source = sources[sha] { try merger.add(source) }
            }
            sources = [:]
            try records { record in try merger.merge(record) }
            try merger.appendAudit()
            try AssignmentSQL.replay(in: db)
            return merger.report
        }
    }
}

/// One merge in progress, inside the write transaction.
struct Merger {
    let db: Database
    let reviewer: String
    let now: String
    /// Whether the store was empty when the merge began: exported ids are then kept.
    let keepsIDs: Bool
    /// The local id of each source, by SHA-256.
    var sourceIDs: [String: Int64] = [:]
    /// The number of merge changes staged (each gets its own change id).
    var mergeGroups: Int64 = 0
    var report = MergeReport()

    init(db: Database, reviewer: String, now: String) throws {
        self.db = db
        self.reviewer = reviewer
        self.now = now
        keepsIDs = try Int.fetchOne(db, sql: """
            SELECT (SELECT COUNT(*) FROM source) + (SELECT COUNT(*) FROM speaker)
                + (SELECT COUNT(*) FROM quote) + (SELECT COUNT(*) FROM audit)
            """) == 0
        // The audit entries are staged here and appended at the end, in the exporter's change order.
        try db.execute(sql: """
            CREATE TEMP TABLE IF NOT EXISTS merge_audit (
                ord INTEGER PRIMARY KEY, orig_id INTEGER, quote_id INTEGER NOT NULL, at TEXT NOT NULL,
                who TEXT NOT NULL, field TEXT NOT NULL, old_value TEXT, new_value TEXT, note TEXT,
                change INTEGER, merge_group INTEGER);
            DELETE FROM merge_audit;
            """)
    }

    /// `id` when exported ids are kept and `id` is free in `table`, else `nil` (a new id).
    func keptID(_ id: Int64?, in table: String) throws -> Int64? {
        guard keepsIDs, let id else { return nil }
        let taken = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table) WHERE id = ?", arguments: [id]) ?? 0
        return taken == 0 ? id : nil
    }

    /// Finds the source by SHA-256 or adds it.
    mutating func add(_ source: ExportSource) throws {
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM source WHERE sha256 = ?", arguments: [source.sha256]) {
            sourceIDs[source.sha256] = id
            report.sourcesKnown += 1
            return
        }
        try db.execute(sql: """
            INSERT INTO source (id, sha256, url, file, canonical_url, title, site, authors, agency, published_at,
                language, kind, is_primary, byte_count, archive_path, imported_at, paragraphs)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [
                try keptID(source.id, in: "source"), source.sha256, source.url, source.file, source.canonicalURL,
                source.title, source.site, JSONText.array(source.authors), source.agency, source.publishedAt,
                source.language, source.kind.rawValue, source.isPrimary, source.byteCount, source.archivePath,
                source.importedAt, JSONText.array(source.paragraphs ?? []),
            ])
        sourceIDs[source.sha256] = db.lastInsertedRowID
        report.sourcesAdded += 1
    }

    /// Merges one record's speaker, claim, verdict, appearances and history.
    mutating func merge(_ record: ExportRecord) throws {
        report.records += 1
        let quote = record.quote
        let speakerID = try speaker(of: record)
        let quoteID: Int64
        if let existing = try Int64.fetchOne(db, sql: "SELECT id FROM quote WHERE claim_key = ? AND speaker_key = ?",
                                             arguments: [record.claimKey, speakerID ?? 0]) {
            quoteID = existing
            report.quotesMerged += 1
            try mergeVerdict(of: record, into: existing)
        } else {
            guard let sourceID = sourceIDs[record.sourceSHA256],
                  let first = record.appearances.first(where: { $0.source.sha256 == record.sourceSHA256 }) else {
                throw ExportRecordError.malformed("quote \(quote.id): source_sha256 is not among appearances_detail")
            }
            if let confidence = quote.confidence, !ConfidenceText.isValid(confidence) {
                throw StoreError.invalidConfidence(confidence, quote: quote.text)
            }
            try db.execute(sql: """
                INSERT INTO quote (id, claim_key, speaker_id, speaker_key, text, kind, speaker_role, cue, rule,
                    confidence, said_on, said_on_basis, status, rating, note, evidence, reviewed_by, reviewed_at,
                    first_source_id, first_position, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [
                    try keptID(quote.id, in: "quote"), record.claimKey, speakerID, speakerID ?? 0, quote.text,
                    quote.kind.rawValue, quote.speakerRole, quote.cue, quote.rule, quote.confidence, quote.saidOn,
                    quote.saidOnBasis.rawValue,
                    quote.status.rawValue, quote.rating?.rawValue, quote.note, JSONText.array(quote.evidence),
                    quote.reviewedBy, quote.reviewedAt, sourceID, first.position, now,
                ])
            quoteID = db.lastInsertedRowID
            report.quotesAdded += 1
            if quote.status != .unreviewed || quote.rating != nil || quote.note != nil || !quote.evidence.isEmpty {
                report.verdicts += 1
            }
        }
        for appearance in record.appearances {
            guard let sourceID = sourceIDs[appearance.source.sha256] else { continue }
            try db.execute(sql: """
                INSERT OR IGNORE INTO appearance (quote_id, source_id, position, paragraph, start, "end", context)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [quoteID, sourceID, appearance.position, appearance.paragraph, appearance.start,
                                 appearance.end, appearance.context])
            report.appearancesAdded += db.changesCount
        }
        for entry in record.history {
            try db.execute(sql: """
                INSERT INTO merge_audit (orig_id, quote_id, at, who, field, old_value, new_value, note, change)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [entry.id, quoteID, entry.at, entry.who, entry.field, entry.oldValue,
                                 entry.newValue, entry.note, entry.changeID])
        }
    }

    /// Finds the record's speaker by exact name or adds it, with its aliases; `nil` when unattributed.
    private func speaker(of record: ExportRecord) throws -> Int64? {
        guard let name = record.quote.speaker, !name.isEmpty else { return nil }
        let id: Int64
        if let existing = try Int64.fetchOne(db, sql: "SELECT id FROM speaker WHERE name = ?", arguments: [name]) {
            id = existing
        } else {
            try db.execute(sql: "INSERT INTO speaker (id, name, type, created_at) VALUES (?, ?, ?, ?)",
                           arguments: [try keptID(record.quote.speakerID, in: "speaker"), name,
                                       record.speakerType, now])
            id = db.lastInsertedRowID
        }
        for alias in record.speakerAliases where alias != name && !alias.isEmpty {
            try db.execute(sql: "INSERT OR IGNORE INTO speaker_alias (speaker_id, alias) VALUES (?, ?)",
                           arguments: [id, alias])
        }
        return id
    }
}
