import Foundation
import PostgresNIO
import Store

extension PostgresClaimStore {
    /// Merges the records of a JSON Lines export into the store in one
    /// transaction: the SQLite store's ``Store/ClaimsStore/mergeExport(mergedBy:at:records:)``,
    /// step for step (``PostgresMerger``).
    ///
    /// `reading` is called twice: the first pass gathers the sources (without
    /// their claims), the second merges record by record, pulling the next
    /// one after each record's statements, so no pass holds the file.
    public func mergeExport(mergedBy reviewer: String, at date: Date,
                            reading: () throws -> any ExportRecordReader) async throws -> MergeReport {
        let now = StoreRules.timestamp(date)
        return try await transaction { connection in
            var merger = try await PostgresMerger(connection: connection, logger: logger, reviewer: reviewer, now: now)
            var sources: [String: ExportSource] = [:]
            var order: [String] = []
            var reader = try reading()
            while let record = try reader.next() {
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
                if let source = sources[sha] { try await merger.add(source) }
            }
            sources = [:]
            reader = try reading()
            while let record = try reader.next() { try await merger.merge(record) }
            try await merger.appendAudit()
            try await merger.finish()
            return merger.report
        }
    }
}

/// One merge in progress on PostgreSQL, inside its transaction (the SQLite store's `Merger`).
struct PostgresMerger {
    /// The connection whose transaction the merge runs in.
    let connection: PostgresConnection
    /// The store's logger.
    let logger: Logger
    /// Who the merge's own audit entries name.
    let reviewer: String
    /// The merge's moment, as the store writes it.
    let now: String
    /// Whether the store was empty when the merge began: exported ids are then kept.
    let keepsIDs: Bool
    /// The local id of each source, by SHA-256.
    var sourceIDs: [String: Int64] = [:]
    /// The number of merge changes staged (each gets its own change id).
    var mergeGroups: Int64 = 0
    /// What the merge did so far.
    var report = MergeReport()

    /// Starts a merge: locks the tables it writes, notes whether the store is empty, stages the trail.
    init(connection: PostgresConnection, logger: Logger, reviewer: String, now: String) async throws {
        self.connection = connection
        self.logger = logger
        self.reviewer = reviewer
        self.now = now
        // No other writer adds trail entries, claims or sources while the merge runs (change ids
        // follow the store's largest, as on SQLite); readers go on.
        try await connection.run("LOCK TABLE source, speaker, quote, audit IN EXCLUSIVE MODE", logger: logger)
        keepsIDs = try await connection.value("""
            SELECT (SELECT COUNT(*) FROM source) + (SELECT COUNT(*) FROM speaker)
                + (SELECT COUNT(*) FROM quote) + (SELECT COUNT(*) FROM audit)
            """, as: Int64.self, logger: logger) == 0
        // The audit entries are staged here and appended at the end, in the exporter's change order.
        try await connection.run("""
            CREATE TEMP TABLE merge_audit (
                ord BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, orig_id BIGINT, quote_id BIGINT NOT NULL,
                at TEXT NOT NULL, who TEXT NOT NULL, field TEXT NOT NULL, old_value TEXT, new_value TEXT, note TEXT,
                change BIGINT, merge_group BIGINT) ON COMMIT DROP
            """, logger: logger)
    }

    /// `id` when exported ids are kept and `id` is free in `table`, else `nil` (a new id).
    func keptID(_ id: Int64?, in table: String) async throws -> Int64? {
        guard keepsIDs, let id else { return nil }
        let taken = try await connection.value(
            PostgresQuery(unsafeSQL: "SELECT COUNT(*) FROM \(table) WHERE id = $1", binds: Self.binds(id)),
            as: Int64.self, logger: logger) ?? 0
        return taken == 0 ? id : nil
    }

    /// `value` bound as `$1`.
    private static func binds(_ value: Int64) -> PostgresBindings {
        var binds = PostgresBindings()
        binds.append(value)
        return binds
    }

    /// An insert whose `id` is `id` when given, else the table's next; returns the row's id.
    private func insert(into table: String, id: Int64?, columns: [String],
                        _ bind: (inout StatementBuilder) -> [String]) async throws -> Int64 {
        var statement = StatementBuilder()
        var names = columns
        var values = bind(&statement)
        if let id {
            names.insert("id", at: 0)
            values.insert(statement.bind(id), at: 0)
        }
        let sql = "INSERT INTO \(table) (\(names.joined(separator: ", "))) VALUES (\(values.joined(separator: ", ")))"
            + " RETURNING id"
        guard let newID = try await connection.value(statement.query(sql), as: Int64.self, logger: logger) else {
            throw StoreError.corruptValue(column: "\(table).id", value: "NULL")
        }
        return newID
    }

    /// Finds the source by SHA-256 or adds it.
    mutating func add(_ source: ExportSource) async throws {
        if let id = try await connection.value("SELECT id FROM source WHERE sha256 = \(source.sha256)",
                                               as: Int64.self, logger: logger) {
            sourceIDs[source.sha256] = id
            report.sourcesKnown += 1
            return
        }
        let id = try await insert(into: "source", id: try await keptID(source.id, in: "source"), columns: [
            "sha256", "url", "file", "canonical_url", "title", "site", "authors", "agency", "published_at", "language",
            "kind", "is_primary", "byte_count", "archive_path", "imported_at", "paragraphs",
        ]) { statement in
            [statement.bind(source.sha256), statement.bind(source.url), statement.bind(source.file),
             statement.bind(source.canonicalURL), statement.bind(source.title), statement.bind(source.site),
             statement.bind(StoreRules.jsonArray(source.authors)), statement.bind(source.agency),
             statement.bind(source.publishedAt), statement.bind(source.language), statement.bind(source.kind.rawValue),
             statement.bind(source.isPrimary), statement.bind(Int64(source.byteCount)),
             statement.bind(source.archivePath), statement.bind(source.importedAt),
             statement.bind(StoreRules.jsonArray(source.paragraphs ?? []))]
        }
        sourceIDs[source.sha256] = id
        report.sourcesAdded += 1
    }

    /// Merges one record's speaker, claim, verdict, appearances and history.
    mutating func merge(_ record: ExportRecord) async throws {
        report.records += 1
        let quote = record.quote
        let speakerID = try await speaker(of: record)
        let quoteID: Int64
        if let existing = try await connection.value("""
            SELECT id FROM quote WHERE claim_key = \(record.claimKey) AND speaker_key = \(speakerID ?? 0)
            """, as: Int64.self, logger: logger) {
            quoteID = existing
            report.quotesMerged += 1
            try await mergeVerdict(of: record, into: existing)
        } else {
            guard let sourceID = sourceIDs[record.sourceSHA256],
                  let first = record.appearances.first(where: { $0.source.sha256 == record.sourceSHA256 }) else {
                throw ExportRecordError.malformed("quote \(quote.id): source_sha256 is not among appearances_detail")
            }
            if let confidence = quote.confidence, !ConfidenceText.isValid(confidence) {
                throw StoreError.invalidConfidence(confidence, quote: quote.text)
            }
            let now = self.now
            quoteID = try await insert(into: "quote", id: try await keptID(quote.id, in: "quote"), columns: [
                "claim_key", "speaker_id", "speaker_key", "text", "kind", "speaker_role", "cue", "rule", "confidence",
                "said_on", "said_on_basis", "status", "rating", "note", "evidence", "reviewed_by", "reviewed_at",
                "first_source_id", "first_position", "created_at",
            ]) { statement in
                [statement.bind(record.claimKey), statement.bind(speakerID), statement.bind(speakerID ?? 0),
                 statement.bind(quote.text), statement.bind(quote.kind.rawValue), statement.bind(quote.speakerRole),
                 statement.bind(quote.cue), statement.bind(quote.rule), statement.bind(quote.confidence),
                 statement.bind(quote.saidOn), statement.bind(quote.saidOnBasis.rawValue),
                 statement.bind(quote.status.rawValue), statement.bind(quote.rating?.rawValue),
                 statement.bind(quote.note), statement.bind(StoreRules.jsonArray(quote.evidence)),
                 statement.bind(quote.reviewedBy), statement.bind(quote.reviewedAt), statement.bind(sourceID),
                 statement.bind(Int64(first.position)), statement.bind(now)]
            }
            report.quotesAdded += 1
            if quote.status != .unreviewed || quote.rating != nil || quote.note != nil || !quote.evidence.isEmpty {
                report.verdicts += 1
            }
        }
        for appearance in record.appearances {
            guard let sourceID = sourceIDs[appearance.source.sha256] else { continue }
            let added = try await connection.rows("""
                INSERT INTO appearance (quote_id, source_id, position, paragraph, start, "end", context)
                VALUES (\(quoteID), \(sourceID), \(Int64(appearance.position)), \(appearance.paragraph.map(Int64.init)),
                    \(appearance.start.map(Int64.init)), \(appearance.end.map(Int64.init)), \(appearance.context))
                \(unescaped: PostgresDialect.ignoreConflicts) RETURNING id
                """, logger: logger)
            report.appearancesAdded += added.count
        }
        for entry in record.history {
            try await connection.run("""
                INSERT INTO merge_audit (orig_id, quote_id, at, who, field, old_value, new_value, note, change)
                VALUES (\(entry.id), \(quoteID), \(entry.at), \(entry.who), \(entry.field), \(entry.oldValue),
                    \(entry.newValue), \(entry.note), \(entry.changeID))
                """, logger: logger)
        }
    }

    /// Finds the record's speaker by exact name or adds it, with its aliases; `nil` when unattributed.
    private func speaker(of record: ExportRecord) async throws -> Int64? {
        guard let name = record.quote.speaker, !name.isEmpty else { return nil }
        let id: Int64
        if let existing = try await connection.value("SELECT id FROM speaker WHERE name = \(name)", as: Int64.self,
                                                      logger: logger) {
            id = existing
        } else {
            let now = self.now
            id = try await insert(into: "speaker", id: try await keptID(record.quote.speakerID, in: "speaker"),
                                  columns: ["name", "type", "created_at"]) { statement in
                [statement.bind(name), statement.bind(record.speakerType), statement.bind(now)]
            }
        }
        for alias in record.speakerAliases where alias != name && !alias.isEmpty {
            try await connection.run("""
                INSERT INTO speaker_alias (speaker_id, alias) VALUES (\(id), \(alias))
                \(unescaped: PostgresDialect.ignoreConflicts)
                """, logger: logger)
        }
        return id
    }

    /// Merges the verdict of `record` into the known claim `quoteID` (``Store/MergeRules``).
    private mutating func mergeVerdict(of record: ExportRecord, into quoteID: Int64) async throws {
        let columns = StoreRules.auditedColumns
        let selection = (columns + ["reviewed_by", "reviewed_at"]).joined(separator: ", ")
        guard let row = try await connection.rows(PostgresQuery(
            unsafeSQL: "SELECT \(selection) FROM quote WHERE id = $1", binds: Self.binds(quoteID)),
                                                  logger: logger).first else { throw StoreError.noQuote(quoteID) }
        var current: [String: String?] = [:]
        for (index, column) in columns.enumerated() { current[column] = .some(try row[index].decode(String?.self)) }
        let localBy = try row[columns.count].decode(String?.self)
        let localAt = try row[columns.count + 1].decode(String?.self)
        let merged = try MergeRules.merging(record, into: current, reviewedAt: localAt)
        guard !merged.changed.isEmpty else { return }
        let hadHistory = try await connection.value("SELECT COUNT(*) FROM audit WHERE quote_id = \(quoteID)",
                                                    as: Int64.self, logger: logger) ?? 0 > 0
        var statement = StatementBuilder()
        var assignments = merged.changed.map { column in
            let value = merged.values[column] ?? nil
            // evidence is NOT NULL: an empty list is '[]'.
            return "\(column) = \(statement.bind(column == "evidence" ? (value ?? "[]") : value))"
        }
        assignments.append("reviewed_by = \(statement.bind(merged.incomingWins ? record.quote.reviewedBy : localBy))")
        assignments.append("reviewed_at = \(statement.bind(merged.incomingWins ? record.quote.reviewedAt : localAt))")
        let id = statement.bind(quoteID)
        try await connection.run(statement.query(
            "UPDATE quote SET \(assignments.joined(separator: ", ")) WHERE id = \(id)"), logger: logger)
        report.verdicts += 1
        guard hadHistory else { return }
        mergeGroups += 1
        for column in merged.changed {
            try await connection.run("""
                INSERT INTO merge_audit (quote_id, at, who, field, old_value, new_value, note, merge_group)
                VALUES (\(quoteID), \(now), \(reviewer), \(column), \(current[column] ?? nil),
                    \(merged.values[column] ?? nil), 'merge', \(mergeGroups))
                """, logger: logger)
        }
    }

    /// Appends the staged entries: the exporter's in its change order (change
    /// ids shifted past this store's), then the merge's own; skips entries the
    /// quote's trail already holds.
    mutating func appendAudit() async throws {
        // The store's largest change id, as on SQLite; or the sequence's, when changes rolled back left it ahead.
        let base = try await connection.value(PostgresQuery(unsafeSQL: PostgresMerger.changeIDsGiven),
                                              as: Int64.self, logger: logger) ?? 0
        let top = try await connection.value("SELECT COALESCE(MAX(change), 0)::BIGINT FROM merge_audit",
                                             as: Int64.self, logger: logger) ?? 0
        let staged = try await connection.rows("""
            SELECT orig_id, quote_id, at, who, field, old_value, new_value, note, change, merge_group FROM merge_audit
            ORDER BY merge_group IS NOT NULL, change, merge_group, ord
            """, logger: logger)
        for row in staged {
            let origID = try row[0].decode(Int64?.self)
            let quoteID = try row[1].decode(Int64.self)
            let at = try row[2].decode(String.self), who = try row[3].decode(String.self)
            let field = try row[4].decode(String.self)
            let old = try row[5].decode(String?.self), new = try row[6].decode(String?.self)
            let note = try row[7].decode(String?.self)
            let present = try await connection.value("""
                SELECT COUNT(*) FROM audit WHERE quote_id = \(quoteID) AND at = \(at) AND who = \(who)
                    AND field = \(field) AND old_value \(unescaped: PostgresDialect.nullSafeEquals) \(old)
                    AND new_value \(unescaped: PostgresDialect.nullSafeEquals) \(new)
                    AND note \(unescaped: PostgresDialect.nullSafeEquals) \(note)
                """, as: Int64.self, logger: logger) ?? 0
            if present > 0 { continue }
            let change = try row[8].decode(Int64?.self)
            let group = try row[9].decode(Int64?.self)
            let changeID = change.map { base + $0 } ?? (base + top + (group ?? 0))
            _ = try await insert(into: "audit", id: try await keptID(origID, in: "audit"), columns: [
                "quote_id", "at", "who", "field", "old_value", "new_value", "note", "change_id",
            ]) { statement in
                [statement.bind(quoteID), statement.bind(at), statement.bind(who), statement.bind(field),
                 statement.bind(old), statement.bind(new), statement.bind(note), statement.bind(changeID)]
            }
            report.auditEntries += 1
        }
    }

    /// Replays assignments from the trail and makes the numbering go on after the ids written.
    func finish() async throws {
        try await connection.run("""
            UPDATE quote SET assigned_to = (
                SELECT au.new_value FROM audit au WHERE au.quote_id = quote.id AND au.field = \(AuditEntry.assignedField)
                ORDER BY au.at \(unescaped: PostgresDialect.bytewise) DESC, au.id DESC LIMIT 1)
            WHERE id IN (SELECT quote_id FROM audit WHERE field = \(AuditEntry.assignedField))
            """, logger: logger)
        for table in ["source", "speaker", "quote", "audit"] {
            try await connection.run(PostgresQuery(unsafeSQL: PostgresDialect.continueNumbering(of: table)),
                                     logger: logger)
        }
        // Never back: a verdict waiting on the merge's lock may hold a change id from the sequence already.
        try await connection.run(PostgresQuery(unsafeSQL: """
            SELECT setval('\(PostgresDialect.changeSequence)', GREATEST(given, 1), given > 0)
            FROM (\(Self.changeIDsGiven)) AS ids (given)
            """), logger: logger)
    }

    /// The largest change id given so far: the audit trail's or the sequence's, 0 when none.
    static let changeIDsGiven = """
        SELECT GREATEST((SELECT COALESCE(MAX(change_id), 0) FROM audit),
            (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM \(PostgresDialect.changeSequence)))::BIGINT
        """
}
