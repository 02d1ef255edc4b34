import Ingest
import Review
import Store

/// The interactive review on a terminal: draws the ``ReviewScreen`` and turns
/// keys into ``ReviewCommand``s for the driver. Only drawing and reading keys
/// happen here; what a key means is the session's business.
struct TerminalReview {
    let terminal: RawTerminal
    let colour: Bool
    /// The store under review, for the card's paragraphs and findings
    /// (``ReviewDriver`` holds it as `any ReviewStore`).
    let store: any ClaimStore
    /// The workbench's archive, where `w` finds a source's archived copy.
    let archive: Archive

    /// Runs until the reviewer quits (`q`, Ctrl-C) or input ends.
    func run(_ driver: inout ReviewDriver) async throws {
        var screen = ReviewScreen()
        var step = driver.currentStep
        var shownID: Int64?
        while true {
            let quote = driver.session.current
            if quote?.id != shownID { screen.scroll = 0 }  // a new quote is shown from its top
            shownID = quote?.id
            screen.quote = quote
            if let quote {
                screen.findings = FindingText.lines(for: try await store.findings(ofQuote: quote.id), numbered: true)
            } else {
                screen.findings = []
            }
            let surroundings = quote == nil ? nil : try await store.surroundings(of: quote!)
            screen.before = surroundings?.before
            screen.archivedCopy = ArchivedCopy.path(recorded: surroundings?.archivePath, archive: archive)
            screen.position = quote == nil ? "" : driver.position.text
            screen.showsHelp = false
            screen.editor = nil
            switch step {
            case .quit:
                return
            case .openArchive:
                screen.message = screen.archivedCopy.map(ArchivedCopy.open)
                    ?? "this quote's source has no archived copy in this workbench" + ArchivedCopy.elsewhere(store)
            case .finished:
                screen.message = "No more quotes in this queue: press any key to leave (z undoes your last change, b goes back)."
            case .help:
                screen.showsHelp = true
            case .invalid(let text):
                screen.message = text
            case .conflict(let conflict):
                screen.message = "Changed by someone else since shown: \(conflict.summary). "
                    + "Press the same key again (or y) to give your verdict anyway."
            case .show:
                break
            case .prompt(let field):
                // The editor opens with the current value: Enter keeps it, Escape changes nothing.
                let original = driver.session.current.map(field.value(of:)) ?? ""
                var editor = LineEditor(original)
                switch terminal.edit(&editor, draw: { editor in
                    screen.editor = (field.prompt, editor)
                    draw(screen)
                }) {
                case .submitted(let answer):
                    screen.message = ""
                    step = driver.currentStep
                    let commands = ReviewCommand.commands(editing: field, from: original, to: answer)
                    if commands.isEmpty { screen.message = "\(field.label) kept" }
                    var changes: [String] = []
                    for command in commands {
                        step = try await driver.perform(command)
                        changes += driver.lastChanges.map(\.line)
                        guard case .show = step else { break }
                    }
                    screen.status = changes.joined(separator: "; ")
                case .cancelled, .editing:
                    screen.message = "cancelled: nothing changed"
                    step = driver.currentStep
                case .interrupted:
                    return
                }
                continue
            }
            draw(screen)
            guard let key = try await waitForKey(scrolling: &screen, renewing: driver) else { return }
            screen.message = ""
            screen.status = ""
            if case .help = step, key != "q", key != "\u{03}" {
                step = driver.currentStep
                continue
            }
            if case .finished = step, key != "z", key != "b" { return }
            step = try await driver.perform(ReviewCommand.parse(key: key))
            // Confirmed on the next screen, until the next key: "#12 verified".
            screen.status = driver.lastChanges.map(\.line).joined(separator: "; ")
        }
    }

    /// The next key, redrawing on resize and scrolling the card on PageUp/PageDown
    /// and the up and down arrows; `nil` when input ends. Keys that only scroll or
    /// redraw renew the lease on the quote shown, as every other key does.
    private func waitForKey(scrolling screen: inout ReviewScreen, renewing driver: ReviewDriver) async throws -> Character? {
        while true {
            let event = terminal.next()
            if case .end = event {} else { try await driver.renewLease() }
            switch event {
            case .key(let key): return key
            case .escape(let sequence):
                let size = terminal.windowSize
                let page = max(1, size.rows - 6)
                let delta: Int
                switch sequence {
                case "[5~": delta = -page
                case "[6~": delta = page
                case "[A", "OA": delta = -1
                case "[B", "OB": delta = 1
                default: continue  // the other keys mean nothing outside the editor
                }
                let limit = screen.scrollLimit(columns: size.columns, rows: size.rows)
                let scroll = min(max(0, screen.scroll + delta), limit)
                guard scroll != screen.scroll else { continue }
                screen.scroll = scroll
                draw(screen)
            case .resized: draw(screen)
            case .end: return nil
            }
        }
    }

    private func draw(_ screen: ReviewScreen) {
        let size = terminal.windowSize
        terminal.write(screen.render(columns: size.columns, rows: size.rows, colour: colour))
    }
}
