import ArgumentParser
import Foundation
import Review
import Store

/// `quotecheck review`
struct ReviewSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Walk through a queue of quotes, one keystroke per verdict.",
        discussion: """
        The queue is the quotes with the status given by --status (default: unreviewed;
        'all' walks every quote), narrowed by --speaker, --source and --since, in the order
        of 'list'; --order confidence walks the least certain attributions first (by the
        extractor's confidence, lowest first; quotes without one, such as manual or merged
        quotes, come last). Giving a status moves on to the next quote; quitting and coming
        back resumes at the first quote still in the queue (for the unreviewed queue: the
        next unreviewed one).

        Keys: v verified, m misquoted, a misattributed, o out-of-context, u unverifiable,
        r rating, n note, e evidence URL, s speaker (reassign, by name), d date, t text,
        space skip, z undo your last change, ? help, q quit (Ctrl-C quits too).

        If someone else changed the quote since it was shown, a verdict is refused and the
        screen shows their change; press the same key again (or y) to give yours anyway.

        When standard input is not a terminal, review reads one command per line: a key,
        optionally followed by a space and its argument ("v", "r false", "n checked the
        video", "e https://…", "s Jane Smith"; an empty line skips), so that it can be scripted:
          printf 'v\\nq\\n' | quotecheck review --reviewer ana
          printf 'v\\nv\\nq\\n' | quotecheck review --order confidence
        A refused verdict is reported on standard error; repeating the line (or a line 'y')
        gives it anyway, any other line skips the quote and applies to the next one. The exit
        status is 1 if any line was refused.
        """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var filters: FilterOptions

    @Option(help: ArgumentHelp("Who gives the verdicts (default: $QUOTECHECK_REVIEWER, else the user name).", valueName: "NAME"))
    var reviewer: String?

    @Option(help: ArgumentHelp("The queue's order: default (as 'list') or confidence (least certain first).",
                               valueName: "ORDER"))
    var order: ReviewOrder = .default

    /// The orders `--order` accepts.
    enum ReviewOrder: String, ExpressibleByArgument, CaseIterable {
        case `default`, confidence

        /// The store's order of the same name.
        var quoteOrder: QuoteOrder {
            switch self {
            case .default: .default
            case .confidence: .confidence
            }
        }
    }

    func run() throws {
        let store = try global.openStore()
        try filters.noteUnknownNames(in: store)
        // The status stays as given ('all' included): the driver reads nil as the unreviewed queue.
        let filter = QuoteFilter(status: filters.status, speaker: filters.speaker, sourceID: filters.source,
                                 since: filters.since, order: order.quoteOrder)
        let who = reviewerName(reviewer)
        if let terminal = RawTerminal() {
            defer { terminal.restore() }
            var driver = try ReviewDriver(store: store, filter: filter, reviewer: who, conflictPolicy: .askAgain)
            try TerminalReview(terminal: terminal, colour: useColour).run(&driver)
        } else {
            var driver = try ReviewDriver(store: store, filter: filter, reviewer: who,
                                          conflictPolicy: .skipUnlessRepeated)
            if try !scripted(&driver) { throw ExitCode(1) }
        }
    }

    /// One command per line from standard input; false if any line was refused.
    private func scripted(_ driver: inout ReviewDriver) throws -> Bool {
        var out = StandardOutput()
        var allTaken = true
        var step = driver.currentStep
        describe(step, to: &out)
        loop: while let line = readLine() {
            let command = ReviewCommand.parse(line: line)
            let before = driver.session.current
            step = try driver.perform(command)
            switch step {
            case .quit, .finished:
                if let before { try reportChange(of: before, in: driver, to: &out) }
                describe(step, to: &out)
                break loop
            case .invalid, .conflict, .prompt:
                allTaken = false
            case .show, .help:
                if let before { try reportChange(of: before, in: driver, to: &out) }
            }
            describe(step, to: &out)
        }
        fflush(cStandardOutput)
        return allTaken
    }

    /// Prints `#ID status` when the quote shown before the last line was changed by it.
    private func reportChange(of before: QuoteRecord, in driver: ReviewDriver, to out: inout StandardOutput) throws {
        guard let after = try driver.store.snapshot(ofQuote: before.id)?.quote, after != before else { return }
        var line = "#\(after.id) \(after.status.rawValue)\(after.rating.map { ", rated \($0.rawValue)" } ?? "")"
        if after.speaker != before.speaker { line += "; speaker: \(after.speaker ?? "none")" }
        if after.note != before.note { line += "; note: \(after.note ?? "none")" }
        if after.evidence != before.evidence { line += "; evidence: \(after.evidence.joined(separator: " "))" }
        if after.saidOn != before.saidOn { line += "; said on: \(after.saidOn ?? "unknown")" }
        if after.text != before.text { line += "; text: \(after.text)" }
        print(line, to: &out)
    }

    private func describe(_ step: ReviewStep, to out: inout StandardOutput) {
        switch step {
        case .show(let q): print("> #\(q.id) \(q.speaker ?? "(unattributed)"): “\(q.text)”", to: &out)
        case .finished: print("no more quotes to review", to: &out)
        case .help: print(ReviewSession.helpText, to: &out)
        case .invalid(let message): printError("error: \(message)")
        case .conflict(let conflict):
            printError("""
                conflict: quote \(conflict.quoteID) was changed since it was shown: \(conflict.summary); \
                repeat the line (or send 'y') to give the verdict anyway, any other line skips the quote
                """)
        case .prompt(let field): printError("error: '\(field.key)' needs an argument: '\(field.key) VALUE'")
        case .quit: break
        }
    }
}
