import Store

/// Runs a ``ReviewSession`` against a ``ClaimsStore``: performs the effects
/// (record, undo, fetch the next quote) and tells the terminal what to show.
/// No terminal code: the CLI reads keys and draws ``ReviewStep``s.
public struct ReviewDriver: Sendable {
    /// The store under review.
    public let store: ClaimsStore
    /// The session's state.
    public private(set) var session: ReviewSession

    /// Starts a review at the first unreviewed quote matching `filter`; since
    /// reviewed quotes leave the queue, starting again resumes where the last review stopped.
    public init(store: ClaimsStore, filter: QuoteFilter, reviewer: String) throws {
        self.store = store
        session = ReviewSession(filter: filter, reviewer: reviewer)
        session.current = try nextQuote(after: nil)
    }

    /// What to show first: the current quote, or ``ReviewStep/finished``.
    public var currentStep: ReviewStep {
        session.current.map(ReviewStep.show) ?? .finished
    }

    /// Handles one command and returns what to show next.
    ///
    /// Input the store refuses (a malformed date, say) comes back as
    /// ``ReviewStep/invalid(_:)``; database failures are thrown.
    public mutating func perform(_ command: ReviewCommand) throws -> ReviewStep {
        switch session.handle(command) {
        case .quit: return .quit
        case .showHelp: return .help
        case .prompt(let field): return .prompt(field)
        case .invalid(let message): return .invalid(message)
        case .advance:
            session.current = try nextQuote(after: session.current?.id)
            return currentStep
        case .record(let id, let change):
            let updated: QuoteRecord
            do {
                updated = try store.recordVerdict(quoteID: id, change: change, reviewer: session.reviewer)
            } catch let error as StoreError {
                return .invalid(error.localizedDescription)
            }
            if change.status != nil, updated.status != .unreviewed {
                session.current = try nextQuote(after: id)
            } else {
                session.current = updated
            }
            return currentStep
        case .undo:
            guard let id = try store.undoLastChange(by: session.reviewer) else {
                return .invalid("nothing to undo")
            }
            session.unskip(id)
            session.current = try store.quote(id: id)
            return currentStep
        }
    }

    /// The next unreviewed quote after `id` that was not skipped in this session.
    private func nextQuote(after id: Int64?) throws -> QuoteRecord? {
        var anchor = id
        while let next = try store.nextUnreviewed(matching: session.filter, after: anchor) {
            if !session.skipped.contains(next.id) { return next }
            anchor = next.id
        }
        return nil
    }
}
