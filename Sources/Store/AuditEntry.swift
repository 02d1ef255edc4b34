import GRDB

/// One line of a quote's audit trail: who changed which field, when, from what to what.
public struct AuditEntry: Sendable, Equatable {
    /// The entry's id (append order).
    public var id: Int64
    /// The quote changed.
    public var quoteID: Int64
    /// When (ISO 8601, UTC, milliseconds).
    public var at: String
    /// The reviewer.
    public var who: String
    /// The field: `status`, `rating`, `note`, `evidence`, `speaker`, `said_on`, `text`, `assigned`, ….
    public var field: String
    /// The value before (`nil` if empty); `evidence` values are JSON arrays.
    public var oldValue: String?
    /// The value after (`nil` if empty).
    public var newValue: String?
    /// A remark on the entry; `undo` for entries that reverse an earlier change.
    public var note: String?
    /// The change the entry belongs to: entries written together share it.
    public var changeID: Int64

    /// Whether this entry reverses an earlier change.
    public var isUndo: Bool { note == AuditEntry.undoNote }

    /// The note that marks undo entries.
    static let undoNote = "undo"

    /// The field name of an assignment (`assign ID… --to NAME`): old and new value are reviewers' names.
    public static let assignedField = "assigned"

    /// The field name of a speaker change.
    static let speakerField = "speaker"

    /// Reads an entry from an `audit` row.
    init(row: Row) {
        id = row["id"]
        quoteID = row["quote_id"]
        at = row["at"]
        who = row["who"]
        field = row["field"]
        oldValue = row["old_value"]
        newValue = row["new_value"]
        note = row["note"]
        changeID = row["change_id"]
    }
}
