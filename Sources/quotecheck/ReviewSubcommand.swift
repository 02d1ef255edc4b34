import ArgumentParser
import Foundation
import Ingest
import Review
import Store

/// `quotecheck review`
struct ReviewSubcommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Walk through a queue of quotes, one keystroke per verdict.",
        discussion: """
        The queue is the quotes with the status given by --status (default: unreviewed; \
        'all' walks every quote), narrowed by --speaker, --source and --since, in the order \
        of 'list'; --order confidence walks the least certain attributions first (by the \
        extractor's confidence, lowest first; quotes without one, such as manual or merged \
        quotes, come last). Giving a status moves on to the next quote; quitting and coming \
        back resumes at the first quote still in the queue (for the unreviewed queue: the \
        next unreviewed one).

        The screen shows the quote, its paragraph with the quote marked and the paragraph \
        before it, where the source is archived, "n of N" (the quote's place in the queue \
        as it was when the review started) and what your last key changed ("#12 \
        verified"). A quote and paragraphs longer than the window scroll: PageDown and \
        PageUp by a screen, the down and up arrows by a line; "↓ more (PgDn)" says that \
        lines are below.

        Keys: v verified, m misquoted, a misattributed, o out-of-context, u unverifiable \
        (each moves on), r rating, n note, e evidence URLs, s speaker (reassign, by name), \
        d date said, t quote text, f accept the corroboration finding shown, space skip, \
        b back to the quote shown before, w open the archived page (with $BROWSER, started \
        with the file's path and not waited for, so a graphical browser; without \
        $BROWSER the path is shown), z undo your last change (status, rating, note, \
        evidence and who gave them go back, by a new entry in the trail), y confirm a \
        refused verdict, ? help, q quit (Ctrl-C quits too), Ctrl-Z suspend (the shell's \
        fg resumes the review).

        r n e s d t open a one-line editor on the current value: Enter keeps what is shown, \
        Escape cancels (nothing changes), an empty answer clears the note or the date only \
        when you erased it. Editing keys: left and right arrows, Home and End (or Ctrl-A and \
        Ctrl-E), Alt-B and Alt-F (or Ctrl with an arrow) by word, Backspace, Delete, Ctrl-W \
        or Alt-Backspace (the word before the cursor), Ctrl-U (all before it), Ctrl-K (all \
        after it). The evidence editor shows the URLs separated by spaces; a URL typed in is \
        added (taking one out: quotecheck mark ID --remove-evidence URL).

        If someone else changed the quote since it was shown, a verdict is refused and the \
        screen shows their change; press the same key again (or y) to give yours anyway.

        Several reviewers can work through the same queue at once: the quote on your \
        screen is held for you for ten minutes, renewed by every key you press, and the \
        others' queues pass over it (they get the next quote). It is let go when you give a \
        status, skip, move on or quit, and after ten minutes without a key. Holding a quote \
        never stops a verdict: anyone can still mark it, and the rule above decides. Give \
        each reviewer their own name (--reviewer, QUOTECHECK_REVIEWER): your own hold never \
        hides a quote from you. --mine walks only the quotes assigned to you (quotecheck assign ID… --to NAME):
          quotecheck review --reviewer ana          # ana gets #1
          quotecheck review --reviewer bob          # meanwhile, bob gets #2
          quotecheck review --mine --reviewer ana

        When standard input is not a terminal, or TERM is dumb, review reads one command \
        per line, so that it can be scripted: a key, or a field's key, a space and the new value. A field's key \
        alone keeps the field; 'n -' and 'd -' clear the note and the date; an empty line (or \
        'space') skips the quote. Every line that changes a quote prints it ("#12 verified"):
          v   m   a   o   u   f   y   z   b   w   ?   q
          r false   n checked the video   e https://example.com/tape
          s Jane Smith   d 2025-11-24   t the exact words
          printf 'v\\nq\\n' | quotecheck review --reviewer ana
          printf 'v\\nv\\nq\\n' | quotecheck review --order confidence

        A refused line (a bad value, or a verdict refused because of someone else's change) \
        is reported on standard error and the quote stays current; after a refused verdict, \
        repeating the line (or a line 'y') gives it anyway, an empty line skips the quote, q \
        quits, and any other line is refused too. The exit status is 1 if any line was refused.
        """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var filters: FilterOptions

    @Option(help: ArgumentHelp("Who gives the verdicts (default: $QUOTECHECK_REVIEWER, else the user name).", valueName: "NAME"))
    var reviewer: String?

    @Option(help: ArgumentHelp("The queue's order: default (as 'list') or confidence (least certain first).",
                               valueName: "ORDER"))
    var order: ReviewOrder = .default

    @Flag(help: "Only the quotes assigned to you (the reviewer) with 'quotecheck assign'.")
    var mine = false

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

    func run() async throws {
        try await global.withStore { store in try await review(store) }
    }

    /// The review on `store`, either backend.
    private func review(_ store: any ClaimStore) async throws {
        try await filters.noteUnknownNames(in: store)
        // The status stays as given ('all' included): the driver reads nil as the unreviewed queue.
        var filter = filters.queueFilter(order: order.quoteOrder)
        let who = reviewerName(reviewer)
        if mine { filter.assignedTo = who }
        if let terminal = RawTerminal() {
            defer { terminal.restore() }
            var driver = try await ReviewDriver(store: ClaimStoreReview(store), filter: filter, reviewer: who, conflictPolicy: .askAgain)
            try await TerminalReview(terminal: terminal, colour: useColour, store: store, archive: global.archive).run(&driver)
            try await driver.end()
        } else {
            var driver = try await ReviewDriver(store: ClaimStoreReview(store), filter: filter, reviewer: who,
                                                conflictPolicy: .holdUntilSettled)
            let allTaken = try await scripted(&driver, store: store)
            try await driver.end()
            if !allTaken { throw ExitCode(1) }
        }
    }

    /// One command per line from standard input; false if any line was refused.
    /// Every line that changes a quote prints which quote and what it now is (`#12 verified`).
    private func scripted(_ driver: inout ReviewDriver, store: any ClaimStore) async throws -> Bool {
        var out = StandardOutput()
        var allTaken = true
        var step = driver.currentStep
        describe(step, to: &out)
        fflush(cStandardOutput)
        loop: while let line = readLine() {
            step = try await driver.perform(ReviewCommand.parse(line: line))
            for change in driver.lastChanges { print(change.line, to: &out) }
            switch step {
            case .quit, .finished:
                describe(step, to: &out)
                break loop
            case .invalid, .conflict:
                allTaken = false
            case .show, .help, .prompt:
                break
            case .openArchive(let quote):
                let recorded = try await store.surroundings(of: quote).archivePath
                if let path = ArchivedCopy.path(recorded: recorded, archive: global.archive) {
                    print(ArchivedCopy.open(path), to: &out)
                } else {
                    printError("error: quote \(quote.id)'s source has no archived copy in this workbench\(ArchivedCopy.elsewhere(store))")
                    allTaken = false
                }
                fflush(cStandardOutput)
                continue
            }
            describe(step, to: &out)
            // Each answer is out before the next line is read, so that a program can drive the review.
            fflush(cStandardOutput)
        }
        fflush(cStandardOutput)
        return allTaken
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
                repeat the line (or send 'y') to give the verdict anyway, or an empty line to skip the quote; \
                until then every other line is refused
                """)
        case .prompt(let field):
            // The key alone keeps the field, as Enter does in the terminal's editor.
            let clear = field.canBeCleared ? ", '\(field.key) \(ReviewField.clearToken)' clears it" : ""
            printError("kept: '\(field.key)' alone keeps the \(field.label); "
                + "'\(field.key) VALUE' changes it\(clear)")
        case .quit, .openArchive: break
        }
    }
}
