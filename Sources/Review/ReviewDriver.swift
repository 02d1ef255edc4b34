import Foundation
import Store

/// Runs a ``ReviewSession`` against a ``ReviewStore`` (any backend): performs the effects
/// (record, undo, fetch the next quote) and tells the terminal what to show.
/// No terminal code: the CLI reads keys and draws ``ReviewStep``s.
///
/// Several reviewers can share a queue: the quote on a reviewer's screen is
/// held for them by a ``ReviewLease`` (ten minutes, renewed by every command
/// the driver performs, see ``renewLease()``), and the next quote of every
/// other reviewer's queue passes over quotes held by someone else. Showing
/// another quote moves the lease there; ``end()`` (or quitting) releases it.
/// A lease never blocks a verdict: the conflict rule decides.
public struct ReviewDriver: Sendable {
    /// The store under review.
    public let store: any ReviewStore
    /// The session's state.
    public private(set) var session: ReviewSession
    /// The quotes the last ``perform(_:)`` changed (a recorded change, an undo), so that the
    /// caller can say which quote each input changed.
    public private(set) var lastChanges: [QuoteChange] = []
    /// The quotes shown before the current one, oldest first, for ``ReviewCommand/back``.
    public private(set) var history: [Int64] = []
    /// The queue as it was when the review started, in its order: the quotes that
    /// "n of N" counts (``position``).
    public let queue: [Int64]
    /// The time, for leases (injectable, so that tests do not wait ten minutes).
    public let clock: @Sendable () -> Date

    /// Starts a review at the first quote of the queue: the quotes matching
    /// `filter`, with its status (`nil`: the unreviewed ones; `all`: every quote),
    /// in its order (``QuoteOrder/confidence`` walks the least certain first).
    ///
    /// Since reviewed quotes leave the unreviewed queue, starting again resumes
    /// where the last review stopped. The first quote is the first one no other
    /// reviewer holds; it is held for `reviewer` from now on (`clock`).
    public init(store: any ReviewStore, filter: QuoteFilter, reviewer: String,
                conflictPolicy: ConflictPolicy = .askAgain,
                clock: @escaping @Sendable () -> Date = { Date() }) async throws {
        self.store = store
        self.clock = clock
        session = ReviewSession(filter: filter, reviewer: reviewer, conflictPolicy: conflictPolicy)
        queue = try await store.quoteIDs(matching: Self.queueFilter(filter))
        session.show(try await nextQuote(after: nil))
        try await renewLease()
    }

    /// Holds the quote on screen for the reviewer for another ten minutes (taking the
    /// lease if it is free, moving it from the quote shown before); with no quote
    /// on screen, or one another reviewer holds, the reviewer holds nothing.
    /// Called after every command; a terminal calls it for keys that only scroll or redraw too.
    public func renewLease() async throws {
        // A quote someone else holds (shown again by b or z) is shown all the same, but not held.
        if let current = session.current?.id,
           try await store.takeLease(onQuote: current, for: session.reviewer, at: clock()) {
            return
        }
        try await store.releaseLease(of: session.reviewer)
    }

    /// Ends the review: the quote on screen is no longer held.
    public func end() async throws {
        try await store.releaseLease(of: session.reviewer)
    }

    /// Where the current quote stands in the queue as it was when the review started.
    public var position: QueuePosition {
        QueuePosition(number: session.current.flatMap { queue.firstIndex(of: $0.id) }.map { $0 + 1 },
                      count: queue.count)
    }

    /// Shows `snapshot`, remembering the quote it replaces for ``ReviewCommand/back``.
    private mutating func move(to snapshot: QuoteSnapshot?) {
        if let current = session.current?.id, current != snapshot?.quote.id { history.append(current) }
        session.show(snapshot)
    }

    /// The queue of `filter`: its status, or the unreviewed quotes when it gives none.
    private static func queueFilter(_ filter: QuoteFilter) -> QuoteFilter {
        var queue = filter
        queue.status = queue.status ?? Status.unreviewed.rawValue
        return queue
    }

    /// What to show now: the current quote, or ``ReviewStep/finished``.
    public var currentStep: ReviewStep {
        session.current.map(ReviewStep.show) ?? .finished
    }

    /// Handles one command and returns what to show next.
    ///
    /// Input the store refuses (a malformed date, say) comes back as
    /// ``ReviewStep/invalid(_:)``, a verdict on a quote someone else changed
    /// since it was shown as ``ReviewStep/conflict(_:)``; database failures are thrown.
    ///
    /// After the command the quote on screen is held for the reviewer (``renewLease()``);
    /// quitting releases it.
    public mutating func perform(_ command: ReviewCommand) async throws -> ReviewStep {
        let step = try await performWithoutLease(command)
        if step == .quit { try await end() } else { try await renewLease() }
        return step
    }

    /// ``perform(_:)`` without touching the lease.
    private mutating func performWithoutLease(_ command: ReviewCommand) async throws -> ReviewStep {
        lastChanges = []
        switch session.handle(command) {
        case .quit: return .quit
        case .showHelp: return .help
        case .prompt(let field): return .prompt(field)
        case .invalid(let message): return .invalid(message)
        case .advance:
            move(to: try await nextQuote(after: session.current?.id))
            return currentStep
        case .back:
            // The last quote shown that still exists (a joined claim shows the claim it joined).
            while let id = history.popLast() {
                guard let snapshot = try await store.snapshot(ofQuote: id) else { continue }
                session.unskip(snapshot.quote.id)
                session.show(snapshot)
                return currentStep
            }
            return .invalid("no quote before this one in this review")
        case .openArchive(let id):
            let shown = session.current?.id == id ? session.current : nil
            guard let quote = try await shown.asyncOr({ try await store.quote(id: id) }) else {
                throw StoreError.noQuote(id)
            }
            return .openArchive(quote)
        case .record(let id, let change, let expected):
            return try await record(change, on: id, expecting: expected)
        case .acceptFinding(let id, let expected):
            // Nothing changes a verdict without this keystroke: the finding only proposes it.
            guard let finding = try await store.findings(ofQuote: id).first else {
                return .invalid("no corroboration finding for this quote (run quotecheck corroborate)")
            }
            return try await record(VerdictChange(status: finding.kind.suggestedStatus, evidence: finding.evidenceURL),
                                    on: id, expecting: expected)
        case .undo:
            guard let id = try await store.undoLastChange(by: session.reviewer, at: Date()) else {
                return .invalid("nothing to undo")
            }
            session.unskip(id)
            let restored = try await store.snapshot(ofQuote: id)
            if let after = restored?.quote { lastChanges.append(QuoteChange(before: nil, after: after, isUndo: true)) }
            move(to: restored)
            return currentStep
        }
    }

    /// Records `change`, then shows the next quote (a status was given) or the same one updated.
    private mutating func record(_ change: VerdictChange, on id: Int64, expecting expected: Int64?) async throws -> ReviewStep {
        let shown = session.current?.id == id ? session.current : nil
        let before = try await shown.asyncOr { try await store.quote(id: id) }
        let updated: QuoteRecord
        do {
            updated = try await store.recordVerdict(quoteID: id, change: change, reviewer: session.reviewer,
                                                    at: Date(), expecting: expected)
        } catch StoreError.conflict(let conflict) {
            guard let now = try await store.snapshot(ofQuote: id) else { throw StoreError.noQuote(id) }
            session.refused(showing: now)
            return .conflict(conflict)
        } catch let error as StoreError {
            return .invalid(error.localizedDescription)
        }
        if updated != before { lastChanges.append(QuoteChange(before: before, after: updated, isUndo: false)) }
        if change.status != nil, updated.status != .unreviewed {
            move(to: try await nextQuote(after: updated.id))
        } else {
            session.show(try await store.snapshot(ofQuote: updated.id))
        }
        return currentStep
    }

    /// The next quote of the queue (in the filter's order) after `id` that was not skipped in this
    /// session and that no other reviewer holds, with its version; it is held for the reviewer.
    ///
    /// Holding is atomic in the store: of two reviewers reaching the same quote at once, one
    /// holds it and the other goes on to the next.
    private func nextQuote(after id: Int64?) async throws -> QuoteSnapshot? {
        var queue = Self.queueFilter(session.filter)
        var anchor = id
        while true {
            let now = clock()
            queue.notHeldByOthers = LeaseView(reviewer: session.reviewer, at: now)
            guard let next = try await store.nextQuote(matching: queue, after: anchor) else { return nil }
            anchor = next.id
            guard !session.skipped.contains(next.id),
                  try await store.takeLease(onQuote: next.id, for: session.reviewer, at: now),
                  let snapshot = try await store.snapshot(ofQuote: next.id) else { continue }
            return snapshot
        }
    }
}

extension Optional {
    /// The value, else what `fallback` reads (an `??` whose right side may await).
    fileprivate func asyncOr(_ fallback: () async throws -> Wrapped?) async rethrows -> Wrapped? {
        if let self { return self }
        return try await fallback()
    }
}
