/// Changes someone made to a quote after a reviewer was shown it: the reason
/// a verdict given on the older view is refused (``StoreError/conflict(_:)``).
public struct QuoteConflict: Sendable, Equatable {
    /// The quote (claim) the verdict was for.
    public var quoteID: Int64
    /// The audit entries written since the reviewer's view, oldest first.
    public var changes: [AuditEntry]

    /// Creates a conflict report.
    public init(quoteID: Int64, changes: [AuditEntry]) {
        self.quoteID = quoteID
        self.changes = changes
    }

    /// The other changes in words: `bob set status unreviewed → misquoted at 2024-05-01T12:00:00.000Z`.
    public var summary: String {
        let lines = changes.map { entry in
            "\(entry.who) set \(entry.field) \(entry.oldValue ?? "∅") → \(entry.newValue ?? "∅") at \(entry.at)"
                + (entry.note.map { " (\($0))" } ?? "")
        }
        return lines.isEmpty ? "it was changed" : lines.joined(separator: "; ")
    }
}
