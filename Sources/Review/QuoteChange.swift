import Store

/// A quote as a review command found it and as it left it, for the line that
/// says what the command changed (``line``).
public struct QuoteChange: Sendable, Equatable {
    /// The quote before the change (`nil` when not known, as after an undo).
    public var before: QuoteRecord?
    /// The quote after the change.
    public var after: QuoteRecord
    /// Whether the change was an undo.
    public var isUndo: Bool

    /// Creates the record of one change.
    public init(before: QuoteRecord?, after: QuoteRecord, isUndo: Bool) {
        self.before = before
        self.after = after
        self.isUndo = isUndo
    }

    /// One line naming the quote and what it now is: `#12 verified`,
    /// `#12 unreviewed; note: checked the tape`, `#12 misquoted (undo)`.
    /// The fields other than status and rating are named only when they changed.
    public var line: String {
        var line = "#\(after.id) \(after.status.rawValue)\(after.rating.map { ", rated \($0.rawValue)" } ?? "")"
        if isUndo {
            line += " (undo"
            if let by = after.reviewedBy { line += "; by \(by)" }
            return line + ")"
        }
        guard let before else { return line }
        if after.speaker != before.speaker { line += "; speaker: \(after.speaker ?? "none")" }
        if after.note != before.note { line += "; note: \(after.note ?? "none")" }
        if after.evidence != before.evidence { line += "; evidence: \(after.evidence.joined(separator: " "))" }
        if after.saidOn != before.saidOn { line += "; said on: \(after.saidOn ?? "unknown")" }
        if after.text != before.text { line += "; text: \(after.text)" }
        return line
    }
}
