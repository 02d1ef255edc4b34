import ArgumentParser
import Foundation
import Review
import Store

/// `quotecheck review`
struct ReviewSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Walk through the unreviewed quotes, one keystroke per verdict.",
        discussion: """
        Keys: v verified, m misquoted, a misattributed, o out-of-context, u unverifiable,
        r rating, n note, e evidence URL, d date, t text, space skip, z undo, ? help, q quit
        (Ctrl-C quits too). Quitting and coming back resumes at the next unreviewed quote.

        When standard input is not a terminal, review reads one command per line: a key,
        optionally followed by a space and its argument ("v", "r false", "n checked the
        video", "e https://…"; an empty line skips), so that it can be scripted:
          printf 'v\\nq\\n' | quotecheck review --reviewer ana
        """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var filters: FilterOptions

    @Option(help: ArgumentHelp("Who gives the verdicts (default: $QUOTECHECK_REVIEWER, else the user name).", valueName: "NAME"))
    var reviewer: String?

    func run() throws {
        let store = try global.openStore()
        var driver = try ReviewDriver(store: store, filter: filters.filter(), reviewer: reviewerName(reviewer))
        if let terminal = RawTerminal() {
            defer { terminal.restore() }
            try interactive(&driver, terminal: terminal, store: store)
            var out = StandardOutput()
            out.write("\n")
        } else {
            try scripted(&driver)
        }
    }

    /// One command per line from standard input.
    private func scripted(_ driver: inout ReviewDriver) throws {
        var out = StandardOutput()
        var step = driver.currentStep
        describe(step, to: &out)
        while case .show = step, let line = readLine() {
            let before = driver.session.current
            step = try driver.perform(ReviewCommand.parse(line: line))
            if case .quit = step { break }
            if let before, let after = try driver.store.quote(id: before.id), after != before {
                print("#\(after.id) \(after.status.rawValue)\(after.rating.map { ", rated \($0.rawValue)" } ?? "")", to: &out)
            }
            describe(step, to: &out)
        }
    }

    private func describe(_ step: ReviewStep, to out: inout StandardOutput) {
        switch step {
        case .show(let q): print("> #\(q.id) \(q.speaker ?? "(unattributed)"): “\(q.text)”", to: &out)
        case .finished: print("no more quotes to review", to: &out)
        case .help: print(ReviewSession.helpText, to: &out)
        case .invalid(let message): printError("error: \(message)")
        case .prompt(let field): printError("error: '\(field.key)' needs an argument: '\(field.key) VALUE'")
        case .quit: break
        }
    }

    /// Single keystrokes on a terminal, with a full-screen card per quote.
    private func interactive(_ driver: inout ReviewDriver, terminal: RawTerminal, store: ClaimsStore) throws {
        var message = ""
        var step = driver.currentStep
        while true {
            switch step {
            case .finished:
                draw(nil, message: "No more quotes to review. Press any key to leave.", store: store)
                _ = terminal.readKey()
                return
            case .quit:
                return
            case .help:
                draw(driver.session.current, message: ReviewSession.helpText, store: store)
            case .invalid(let text):
                message = text
                draw(driver.session.current, message: message, store: store)
            case .show(let q):
                draw(q, message: message, store: store)
            case .prompt(let field):
                let answer = terminal.readLine(prompt: "\n" + field.prompt) ?? ""
                step = try driver.perform(ReviewCommand.parse(answer: answer, for: field))
                continue
            }
            message = ""
            guard let key = terminal.readKey() else { return }
            step = try driver.perform(ReviewCommand.parse(key: key))
        }
    }

    private func draw(_ quote: QuoteRecord?, message: String, store: ClaimsStore) {
        var out = StandardOutput()
        out.write("\u{1B}[2J\u{1B}[H")
        if let quote {
            let appearances = (try? store.appearances(ofQuote: quote.id)) ?? []
            let card = QuoteCard.render(quote, appearances: appearances, history: [], colour: useColour)
            let (columns, rows) = RawTerminal.size
            let lines = card.split(separator: "\n", omittingEmptySubsequences: false).flatMap { wrap(String($0), columns) }
            out.write(lines.prefix(max(1, rows - 4)).joined(separator: "\r\n"))
        }
        out.write("\r\n\r\n[v]erified [m]isquoted [a]ttrib [o]ut-of-ctx [u]nverif. [r]ating [n]ote [e]vidence [space] skip [z] undo [?] [q]uit\r\n")
        if !message.isEmpty { out.write(message.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n") }
        fflush(cStandardOutput)
    }

    private func wrap(_ line: String, _ width: Int) -> [String] {
        guard width > 4, line.count > width else { return [line] }
        var result: [String] = []
        var rest = Substring(line)
        while rest.count > width {
            result.append(String(rest.prefix(width)))
            rest = rest.dropFirst(width)
        }
        result.append(String(rest))
        return result
    }
}
