/// Changes someone made to a quote after a reviewer was shown it: the reason
/// a verdict given on the older view is refused (``StoreError/conflict(_:)``).
public struct QuoteConflict: Sendable, Equatable {
    /// The quote (claim) the verdict was for.
    public var quoteID: Int64
    /// The audit entries written since the reviewer's view, oldest first.
    public var changes: [AuditEntry]

    /// The version the change expected (what the reviewer was shown), if known.
    public var expected: Int64?
    /// The claim's version now, if known.
    public var current: Int64?

    /// Creates a conflict report.
    public init(quoteID: Int64, changes: [AuditEntry], expected: Int64? = nil, current: Int64? = nil) {
        self.quoteID = quoteID
        self.changes = changes
        self.expected = expected
        self.current = current
    }

    /// The other changes in words: `bob set status unreviewed → misquoted at 2024-05-01T12:00:00.000Z`.
    public var summary: String {
        let lines = changes.map { entry in
            "\(entry.who) set \(entry.field) \(entry.oldValue ?? "∅") → \(entry.newValue ?? "∅") at \(entry.at)"
                + (entry.note.map { " (\($0))" } ?? "")
        }
        if lines.isEmpty, let expected, let current {
            return "its version is \(current), not \(expected)"
        }
        return lines.isEmpty ? "it was changed" : lines.joined(separator: "; ")
    }
}
