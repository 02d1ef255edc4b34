import Model
import Foundation
import GRDB

extension ClaimsStore {
    /// Applies a reviewer's change to a quote, in one transaction, and returns the quote as it now is.
    ///
    /// Each field that actually changes gets one audit entry (old and new
    /// value); `reviewed_by` and `reviewed_at` are set when anything changed.
    /// A day set by the reviewer gets the basis `reviewer` (its own entry).
    /// A new speaker gets a `speaker` entry; if that speaker already has a
    /// claim with the same words, the two claims are joined (the one that
    /// appeared first stays, with both claims' appearances and trails, and the
    /// verdict reviewed last) and the joined claim is returned.
    ///
    /// - Parameter expected: the claim's ``QuoteSnapshot/version`` when the
    ///   reviewer was shown it; if the claim's version is no longer that one,
    ///   nothing is recorded and ``StoreError/conflict(_:)`` lists the other
    ///   changes. `nil` records unconditionally.
    ///
    /// Throws ``StoreError/noQuote(_:)`` for an unknown id,
    /// ``StoreError/removedQuotes(_:)`` for a claim taken out with a removed source
    /// (`sources remove --undo` brings it back), ``StoreError/invalidDate(_:)`` for a `saidOn` that is not a ``Day``,
    /// ``StoreError/invalidEvidence(_:)`` and ``StoreError/evidenceNotListed(quoteID:url:)``
    /// for evidence that cannot be added or removed.
    @discardableResult
    public func recordVerdict(quoteID: Int64, change: VerdictChange, reviewer: String,
                              at date: Date = Date(), expecting expected: Int64? = nil) throws -> QuoteRecord {
        try change.validate()
        return try writer.write { db in
            try RemovalSQL.checkNotRemoved([quoteID], in: db)
            return try VerdictWriter(db: db, change: change, reviewer: reviewer, date: date)
                .apply(to: quoteID, expecting: expected).quote
        }
    }

    /// Applies the same change to every quote of `quoteIDs`, all or nothing.
    ///
    /// Every id is checked before anything is written: unknown ones are named
    /// together in ``StoreError/noQuotes(_:)``, claims taken out with a removed
    /// source in ``StoreError/removedQuotes(_:)``. Any refusal (a conflict, evidence
    /// not listed, …) on any quote leaves every quote as it was. Otherwise
    /// each quote changes as with ``recordVerdict(quoteID:change:reviewer:at:expecting:)``,
    /// in one transaction, and the outcomes come back in the order of `quoteIDs`
    /// (an id given twice is changed once).
    ///
    /// - Parameter expected: the version each claim must still be at (meant for one id).
    public func recordVerdicts(quoteIDs: [Int64], change: VerdictChange, reviewer: String,
                               at date: Date = Date(), expecting expected: Int64? = nil) throws -> [VerdictOutcome] {
        try change.validate()
        var seen = Set<Int64>()
        let ids = quoteIDs.filter { seen.insert($0).inserted }
        return try writer.write { db in
            try RemovalSQL.checkLive(ids, in: db)
            let verdicts = VerdictWriter(db: db, change: change, reviewer: reviewer, date: date)
            return try ids.map { try verdicts.apply(to: $0, expecting: expected) }
        }
    }
}

/// Writes one ``VerdictChange`` to quotes, inside a transaction the caller opened.
struct VerdictWriter {
    /// The open transaction.
    let db: Database
    /// The change, already validated.
    let change: VerdictChange
    /// Who gives it.
    let reviewer: String
    /// When.
    let date: Date

    /// Changes the quote `quoteID` (or the claim it was joined into) and says what it replaced.
    func apply(to quoteID: Int64, expecting expected: Int64?) throws -> VerdictOutcome {
        let now = Timestamp.string(from: date)
        let liveID = try ClaimLinks.live(quoteID, in: db)
        try ClaimLinks.check(liveID, expected: expected, in: db)
        guard let current = try QuoteFields(quoteID: liveID, in: db) else {
            throw StoreError.noQuote(quoteID)
        }
        let previous = try OverwrittenVerdict.current(of: liveID, in: db)
        let updated = try changed(current)
        var resultID = liveID
        let changed = AuditedField.allCases.filter { current.values[$0] != updated.values[$0] }
        var changeID: Int64?
        if !changed.isEmpty {
            try updated.save(changed, reviewedBy: reviewer, at: now, in: db)
            let id = try AuditLog.newChangeID(in: db)
            changeID = id
            for field in changed {
                try AuditLog.append(quoteID: liveID, at: now, who: reviewer, field: field,
                                    old: current.values[field] ?? nil, new: updated.values[field] ?? nil,
                                    note: nil, changeID: id, in: db)
            }
        }
        if let name = change.speaker {
            let speaker = try SpeakerSQL.findOrCreate(name, at: now, in: db)
            let id = try changeID ?? AuditLog.newChangeID(in: db)
            let join = ClaimJoin(db: db, who: reviewer, now: now, changeID: id)
            resultID = try join.reassign(liveID, to: speaker.id, note: nil)
            if resultID != liveID || changed.isEmpty {
                try db.execute(sql: "UPDATE quote SET reviewed_by = ?, reviewed_at = ? WHERE id = ?",
                               arguments: [reviewer, now, resultID])
            }
        }
        guard let record = try QuerySQL.quote(id: resultID, in: db) else { throw StoreError.noQuote(quoteID) }
        let replaced = changed.contains(where: OverwrittenVerdict.replacingFields.contains)
            ? previous?.recent(before: date, by: reviewer) : nil
        return VerdictOutcome(quote: record, overwritten: replaced)
    }

    /// The fields of `current` with the change applied.
    private func changed(_ current: QuoteFields) throws -> QuoteFields {
        var updated = current
        if let status = change.status { updated.values[.status] = status.rawValue }
        if let rating = change.rating {
            updated.values[.rating] = rating.rawValue
        } else if change.clearsRating {
            updated.values[.rating] = .some(nil)
        }
        if let note = change.note { updated.values[.note] = note.isEmpty ? nil : note }
        if let saidOn = change.saidOn {
            guard saidOn.isEmpty || Timestamp.isDay(saidOn) else { throw StoreError.invalidDate(saidOn) }
            updated.values[.saidOn] = saidOn.isEmpty ? nil : saidOn
            updated.values[.saidOnBasis] = saidOn.isEmpty ? DateBasis.unknown.rawValue : DateBasis.reviewer.rawValue
        }
        if let role = change.role {
            let trimmed = role.trimmingCharacters(in: .whitespacesAndNewlines)
            updated.values[.speakerRole] = trimmed.isEmpty ? nil : trimmed
        }
        if let text = change.text {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { throw StoreError.emptyText(current.quoteID) }
            updated.values[.text] = trimmed
        }
        if !change.evidence.isEmpty || !change.removedEvidence.isEmpty {
            let listed = try JSONText.decodeArray(current.values[.evidence] ?? nil, column: "evidence")
            var list = listed
            for url in change.removedEvidence {
                guard let index = list.firstIndex(of: url) else {
                    throw StoreError.evidenceNotListed(quoteID: current.quoteID, url: url)
                }
                list.remove(at: index)
            }
            for url in change.evidence where !url.isEmpty && !list.contains(url) { list.append(url) }
            if list != listed { updated.values[.evidence] = JSONText.array(list) }
        }
        return updated
    }
}

/// A quote field that the audit trail follows, named as in the trail.
enum AuditedField: String, CaseIterable {
    case status, rating, note, evidence
    case saidOn = "said_on"
    case saidOnBasis = "said_on_basis"
    case text
    case speakerRole = "speaker_role"

    /// The `quote` column holding the field (the same name, by design).
    var column: String { rawValue }
}

/// The audited fields of one quote, as stored.
struct QuoteFields {
    /// The quote's id.
    let quoteID: Int64
    /// Each field's stored text (`nil` for NULL).
    var values: [AuditedField: String?]

    /// Reads the quote's audited fields; `nil` if there is no such quote.
    init?(quoteID: Int64, in db: Database) throws {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT status, rating, note, evidence, said_on, said_on_basis, text, speaker_role FROM quote WHERE id = ?
            """, arguments: [quoteID]) else { return nil }
        self.quoteID = quoteID
        values = [:]
        for field in AuditedField.allCases {
            values[field] = .some(row[field.column] as String?)
        }
    }

    /// Writes `fields` back with the reviewer's name and time (`nil` clears them).
    func save(_ fields: [AuditedField], reviewedBy reviewer: String?, at now: String?, in db: Database) throws {
        var assignments = fields.map { "\($0.column) = ?" }
        var arguments = StatementArguments(fields.map { field -> String? in
            let value = values[field] ?? nil
            // evidence is NOT NULL: an empty list is '[]'.
            return field == .evidence ? (value ?? "[]") : value
        })
        assignments.append("reviewed_by = ?")
        assignments.append("reviewed_at = ?")
        arguments += [reviewer, now]
        arguments += [quoteID]
        try db.execute(sql: "UPDATE quote SET \(assignments.joined(separator: ", ")) WHERE id = ?",
                       arguments: arguments)
    }
}

/// Appends to the audit trail; there is no statement that rewrites it.
///
/// The entries written by one call (one change of one quote) share a
/// `change_id`, so that an undo reverses exactly that change.
enum AuditLog {
    /// A change id not used yet.
    static func newChangeID(in db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(change_id), 0) + 1 FROM audit") ?? 1
    }

    /// Appends one entry.
    static func append(quoteID: Int64, at: String, who: String, field: AuditedField,
                       old: String?, new: String?, note: String?, changeID: Int64, in db: Database) throws {
        try append(quoteID: quoteID, at: at, who: who, fieldName: field.rawValue, old: old, new: new,
                   note: note, changeID: changeID, in: db)
    }

    /// Appends one entry for a field that is not a `quote` column (`speaker`).
    static func append(quoteID: Int64, at: String, who: String, fieldName: String,
                       old: String?, new: String?, note: String?, changeID: Int64, in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO audit (quote_id, at, who, field, old_value, new_value, note, change_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [quoteID, at, who, fieldName, old, new, note, changeID])
    }
}
