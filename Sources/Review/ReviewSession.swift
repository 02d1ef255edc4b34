import Store

/// The review as a state machine: which quote is shown (and the version of
/// its trail then), which were skipped, which refused verdict awaits
/// confirmation, and what each command means. No I/O: ``handle(_:)`` returns
/// an effect that the caller (``ReviewDriver`` or a test) carries out.
public struct ReviewSession: Sendable, Equatable {
    /// Which quotes are under review; a `nil` status means the unreviewed ones, `all` every quote.
    public let filter: QuoteFilter
    /// Who is reviewing; recorded in the audit trail.
    public let reviewer: String
    /// What to do after a refused verdict.
    public let conflictPolicy: ConflictPolicy
    /// The quote on screen; `nil` before the first and after the last.
    public private(set) var current: QuoteRecord?
    /// The version of the current quote's trail when it was shown (`nil`: not known, record unconditionally).
    public private(set) var shownVersion: Int64?
    /// Quotes skipped in this session; they are not shown again in it.
    public private(set) var skipped: Set<Int64> = []
    /// The command whose verdict was refused and that repeating (or `y`) gives anyway.
    public private(set) var awaitingConfirmation: ReviewCommand?
    /// The last command that asked to record a change (so that a refusal can be confirmed).
    private var recording: ReviewCommand?

    /// Creates a session showing `current` (if any).
    public init(filter: QuoteFilter, reviewer: String, current: QuoteRecord? = nil, version: Int64? = nil,
                conflictPolicy: ConflictPolicy = .askAgain) {
        self.filter = filter
        self.reviewer = reviewer
        self.current = current
        self.shownVersion = version
        self.conflictPolicy = conflictPolicy
    }

    /// Shows `snapshot` (or nothing); any refused verdict is forgotten.
    public mutating func show(_ snapshot: QuoteSnapshot?) {
        current = snapshot?.quote
        shownVersion = snapshot?.version
        awaitingConfirmation = nil
    }

    /// The verdict of the last record effect was refused; `snapshot` is the quote as it now is.
    /// The refused command now awaits confirmation.
    public mutating func refused(showing snapshot: QuoteSnapshot) {
        show(snapshot)
        awaitingConfirmation = recording
    }

    /// What to do for `command`.
    public mutating func handle(_ command: ReviewCommand) -> ReviewEffect {
        if let pending = awaitingConfirmation {
            if command == pending || command == .confirm {
                awaitingConfirmation = nil
                return effect(of: pending)
            }
            if conflictPolicy == .holdUntilSettled {
                switch command {
                case .skip, .quit, .back: break
                case .help: return .showHelp
                case .openArchive: return current.map { ReviewEffect.openArchive($0.id) } ?? .invalid("no quote to review")
                default:
                    let which = current.map { "quote #\($0.id)" } ?? "the quote"
                    return .invalid("""
                        \(which) still awaits the refused change: repeat it (or send 'y') to give it anyway, \
                        an empty line skips the quote, q quits
                        """)
                }
            }
            awaitingConfirmation = nil
        }
        return effect(of: command)
    }

    /// The effect of `command` with no refused verdict pending.
    private mutating func effect(of command: ReviewCommand) -> ReviewEffect {
        switch command {
        case .quit: return .quit
        case .help: return .showHelp
        case .undo: return .undo
        case .back: return .back
        case .openArchive:
            guard let current else { return .invalid("no quote to review") }
            return .openArchive(current.id)
        case .confirm: return .invalid("nothing to confirm")
        case .ask(let field): return current == nil ? .invalid("no quote to review") : .prompt(field)
        case .unknown(let message): return .invalid(message)
        case .skip:
            guard let current else { return .invalid("no quote to review") }
            skipped.insert(current.id)
            return .advance
        case .verdict(let status): return record(VerdictChange(status: status), for: command)
        case .rating(let rating): return record(VerdictChange(rating: rating, clearsRating: rating == nil), for: command)
        case .note(let note): return record(VerdictChange(note: note), for: command)
        case .evidence(let url): return record(VerdictChange(evidence: url), for: command)
        case .removeEvidence(let url): return record(VerdictChange(removedEvidence: [url]), for: command)
        case .saidOn(let day): return record(VerdictChange(saidOn: day), for: command)
        case .text(let text): return record(VerdictChange(text: text), for: command)
        case .speaker(let name): return record(VerdictChange(speaker: name), for: command)
        case .acceptFinding:
            guard let current else { return .invalid("no quote to review") }
            recording = command
            return .acceptFinding(current.id, expecting: shownVersion)
        }
    }

    /// Records `change` on the current quote, if there is one, expecting the version shown.
    private mutating func record(_ change: VerdictChange, for command: ReviewCommand) -> ReviewEffect {
        guard let current else { return .invalid("no quote to review") }
        recording = command
        return .record(current.id, change, expecting: shownVersion)
    }

    /// Forgets that `id` was skipped (after an undo brings it back).
    public mutating func unskip(_ id: Int64) {
        skipped.remove(id)
    }

    /// The keys, one per line, for the help screen.
    public static let helpText = """
        v verified        m misquoted       a misattributed
        o out-of-context  u unverifiable
        r rating          n note            e evidence URL (e -URL removes it)
        s speaker         d date said       t quote text
        f accept the corroboration finding shown (its status, its passage as evidence)
        space skip        b back to the quote before   z undo last change
        w open the archived page ($BROWSER, else its path is shown)
        PgUp PgDn (↑ ↓) scroll a long quote and its paragraphs
        y confirm a verdict refused because someone else changed the quote
        ? help            q quit (Ctrl-C too)    Ctrl-Z suspend (fg resumes)
        editors open with the current value: Enter keeps, Escape cancels,
        an erased rating, note or date is cleared;
        ← → Home End (Ctrl-A Ctrl-E) move, Ctrl-W or Alt-Backspace delete a word,
        Ctrl-U delete to the start, Ctrl-K to the end
        """
}
