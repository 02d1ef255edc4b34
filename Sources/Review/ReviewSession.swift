import Store

/// The review as a state machine: which quote is shown, which were skipped,
/// and what each command means. No I/O: ``handle(_:)`` returns an effect that
/// the caller (``ReviewDriver`` or a test) carries out.
public struct ReviewSession: Sendable, Equatable {
    /// Which quotes are under review (the status criterion is ignored: the queue is the unreviewed ones).
    public let filter: QuoteFilter
    /// Who is reviewing; recorded in the audit trail.
    public let reviewer: String
    /// The quote on screen; `nil` before the first and after the last.
    public var current: QuoteRecord?
    /// Quotes skipped in this session; they are not shown again in it.
    public private(set) var skipped: Set<Int64> = []

    /// Creates a session with no quote shown yet.
    public init(filter: QuoteFilter, reviewer: String, current: QuoteRecord? = nil) {
        self.filter = filter
        self.reviewer = reviewer
        self.current = current
    }

    /// What to do for `command`. Only a skip changes the session (it remembers the skipped quote).
    public mutating func handle(_ command: ReviewCommand) -> ReviewEffect {
        switch command {
        case .quit: return .quit
        case .help: return .showHelp
        case .undo: return .undo
        case .ask(let field): return current == nil ? .invalid("no quote to review") : .prompt(field)
        case .unknown(let message): return .invalid(message)
        case .skip:
            guard let current else { return .invalid("no quote to review") }
            skipped.insert(current.id)
            return .advance
        case .verdict(let status): return record(VerdictChange(status: status))
        case .rating(let rating): return record(VerdictChange(rating: rating))
        case .note(let note): return record(VerdictChange(note: note))
        case .evidence(let url): return record(VerdictChange(evidence: url))
        case .saidOn(let day): return record(VerdictChange(saidOn: day))
        case .text(let text): return record(VerdictChange(text: text))
        }
    }

    /// Records `change` on the current quote, if there is one.
    private func record(_ change: VerdictChange) -> ReviewEffect {
        guard let current else { return .invalid("no quote to review") }
        return .record(current.id, change)
    }

    /// Forgets that `id` was skipped (after an undo brings it back).
    public mutating func unskip(_ id: Int64) {
        skipped.remove(id)
    }

    /// The keys, one per line, for the help screen.
    public static let helpText = """
        v verified        m misquoted       a misattributed
        o out-of-context  u unverifiable
        r rating          n note            e evidence URL
        d date said       t quote text
        space skip        z undo last change
        ? help            q quit
        """
}
