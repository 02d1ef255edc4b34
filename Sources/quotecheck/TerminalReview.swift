import Review
import Store

/// The interactive review on a terminal: draws the ``ReviewScreen`` and turns
/// keys into ``ReviewCommand``s for the driver. Only drawing and reading keys
/// happen here; what a key means is the session's business.
struct TerminalReview {
    let terminal: RawTerminal
    let colour: Bool

    /// Runs until the reviewer quits (`q`, Ctrl-C) or input ends.
    func run(_ driver: inout ReviewDriver) throws {
        var screen = ReviewScreen()
        var step = driver.currentStep
        while true {
            screen.quote = driver.session.current
            screen.findings = try driver.session.current.map { FindingText.lines(for: try driver.store.findings(ofQuote: $0.id), numbered: true) } ?? []
            screen.showsHelp = false
            screen.editor = nil
            switch step {
            case .quit:
                return
            case .finished:
                screen.message = "No more quotes in this queue: press any key to leave (z undoes your last change)."
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
                    for command in commands {
                        step = try driver.perform(command)
                        guard case .show = step else { break }
                    }
                case .cancelled, .editing:
                    screen.message = "cancelled: nothing changed"
                    step = driver.currentStep
                case .interrupted:
                    return
                }
                continue
            }
            draw(screen)
            guard let key = waitForKey(redrawing: screen) else { return }
            screen.message = ""
            if case .help = step, key != "q", key != "\u{03}" {
                step = driver.currentStep
                continue
            }
            if case .finished = step, key != "z" { return }
            step = try driver.perform(ReviewCommand.parse(key: key))
        }
    }

    /// The next key, redrawing on resize; `nil` when input ends.
    private func waitForKey(redrawing screen: ReviewScreen) -> Character? {
        while true {
            switch terminal.next() {
            case .key(let key): return key
            case .escape: continue  // arrows and the like mean nothing outside the editor
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
