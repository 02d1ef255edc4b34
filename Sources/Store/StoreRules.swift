import Foundation

/// The store's rules that are not SQL, given to every backend (`package`
/// access: modules of this package only) so that the PostgreSQL store follows
/// the SQLite store's to the letter: how moments and lists are written, how a
/// ``VerdictChange`` changes a quote's audited fields, which change an undo
/// reverses and whose mark it gives back.
package enum StoreRules {
    /// A moment as the store writes it: ISO 8601, UTC, milliseconds.
    package static func timestamp(_ date: Date) -> String { Timestamp.string(from: date) }

    /// Whether `text` is a day of the calendar written `YYYY-MM-DD`.
    package static func isDay(_ text: String) -> Bool { Timestamp.isDay(text) }

    /// A list of strings as the store keeps it in a text column (compact JSON).
    package static func jsonArray(_ values: [String]) -> String { JSONText.array(values) }

    /// A list kept by ``jsonArray(_:)`` read back; ``StoreError/corruptValue(column:value:)`` if it is not one.
    package static func decodeArray(_ text: String?, column: String) throws -> [String] {
        try JSONText.decodeArray(text, column: column)
    }

    /// The quote columns the audit trail follows, in the order a change writes their entries
    /// (each is also the entry's `field`).
    package static let auditedColumns: [String] = AuditedField.allCases.map(\.column)

    /// The `field` of an entry that moves a claim to another speaker.
    package static let speakerField = AuditEntry.speakerField

    /// The `note` of an entry that reverses an earlier change.
    package static let undoNote = AuditEntry.undoNote

    /// Refuses, before any quote is read, evidence that is not an http(s) URL and a day not in the calendar.
    package static func validate(_ change: VerdictChange) throws { try change.validate() }

    /// The audited fields of quote `quoteID` (keyed by ``auditedColumns``, `nil` for NULL) with `change` applied:
    /// the rule of ``ClaimsStore/recordVerdict(quoteID:change:reviewer:at:expecting:)`` apart from its speaker.
    package static func applying(_ change: VerdictChange, to current: [String: String?],
                                 quoteID: Int64) throws -> [String: String?] {
        var updated = current
        if let status = change.status { updated["status"] = status.rawValue }
        if let rating = change.rating {
            updated["rating"] = rating.rawValue
        } else if change.clearsRating {
            updated["rating"] = .some(nil)
        }
        if let note = change.note { updated["note"] = note.isEmpty ? nil : note }
        if let saidOn = change.saidOn {
            guard saidOn.isEmpty || Timestamp.isDay(saidOn) else { throw StoreError.invalidDate(saidOn) }
            updated["said_on"] = .some(saidOn.isEmpty ? nil : saidOn)
            updated["said_on_basis"] = saidOn.isEmpty ? "unknown" : "reviewer"
        }
        if let role = change.role {
            let trimmed = role.trimmingCharacters(in: .whitespacesAndNewlines)
            updated["speaker_role"] = .some(trimmed.isEmpty ? nil : trimmed)
        }
        if let text = change.text {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { throw StoreError.emptyText(quoteID) }
            updated["text"] = trimmed
        }
        if !change.evidence.isEmpty || !change.removedEvidence.isEmpty {
            let listed = try JSONText.decodeArray(current["evidence"] ?? nil, column: "evidence")
            var list = listed
            for url in change.removedEvidence {
                guard let index = list.firstIndex(of: url) else {
                    throw StoreError.evidenceNotListed(quoteID: quoteID, url: url)
                }
                list.remove(at: index)
            }
            for url in change.evidence where !url.isEmpty && !list.contains(url) { list.append(url) }
            if list != listed { updated["evidence"] = JSONText.array(list) }
        }
        return updated
    }

    /// Whether an entry with this note can be undone (joins, speaker merges
    /// and renames, and source removals cannot), as `AuditLog.lastUndoableChange` tells.
    package static func isUndoable(note: String?) -> Bool {
        guard let note else { return true }
        return !(note.hasPrefix("join #") || note.hasPrefix("speaker ") || note.hasPrefix("source "))
    }

    /// The reviewer's latest change not yet undone, newest entry first, from the
    /// reviewer's undoable entries newest first: each undo group cancels the
    /// next older change group.
    package static func lastUndoableChange(newestFirst entries: [AuditEntry]) -> [AuditEntry]? {
        var pendingUndos = 0
        var index = 0
        while index < entries.count {
            let group = Array(entries[index...].prefix { $0.changeID == entries[index].changeID })
            index += group.count
            if group[0].isUndo {
                pendingUndos += 1
            } else if pendingUndos > 0 {
                pendingUndos -= 1
            } else {
                return group
            }
        }
        return nil
    }

    /// Who reviewed quote `current` and when after undoing `target` (newest
    /// first), replayed from the claim's whole `trail` (oldest first): the rule
    /// of `AuditLog.markAfterUndoing`.
    package static func markAfterUndoing(_ target: [AuditEntry], current: (by: String?, at: String?),
                                         trail: [AuditEntry]) -> (by: String?, at: String?) {
        guard let first = target.last else { return current }
        guard current.by == first.who, current.at == first.at else { return current }
        let mark = AuditLog.markBefore(changeID: first.changeID, trail: trail)
        return (mark.by, mark.at)
    }
}
