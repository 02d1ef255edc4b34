import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a new password: one line of standard input (`--password-stdin`), or
/// twice at a prompt on the terminal with echo off. The password is never printed.
enum PasswordPrompt {
    /// The first line of standard input, without its line ending; `nil` at end of input.
    static func fromStandardInput() -> String? {
        guard var line = readLine(strippingNewline: true) else { return nil }
        if line.hasSuffix("\r") { line.removeLast() }
        return line
    }

    /// Asks twice on the terminal (echo off) and returns the password when both agree;
    /// throws a ``UsageFailure`` when standard input is not a terminal or they differ.
    static func twiceOnTerminal(for name: String) throws -> String {
        guard isatty(STDIN_FILENO) == 1 else {
            throw UsageFailure("standard input is not a terminal: give --password-stdin and write the password on standard input")
        }
        let first = try silentLine("Password for \(name): ")
        let second = try silentLine("Again: ")
        guard first == second else { throw UsageFailure("the two passwords differ; nothing was changed") }
        return first
    }

    /// One line read with the terminal's echo off, echo restored whatever happens.
    private static func silentLine(_ prompt: String) throws -> String {
        var err = StandardError()
        var original = termios()
        guard tcgetattr(STDIN_FILENO, &original) == 0 else {
            throw UsageFailure("cannot turn the terminal's echo off: give --password-stdin")
        }
        var silent = original
        silent.c_lflag &= ~tcflag_t(ECHO)
        // Echo goes off before the prompt shows, so that nothing typed after it is echoed.
        tcsetattr(STDIN_FILENO, TCSANOW, &silent)
        defer {
            tcsetattr(STDIN_FILENO, TCSANOW, &original)
            print("", to: &err)
        }
        print(prompt, terminator: "", to: &err)
        guard let line = readLine(strippingNewline: true) else {
            throw UsageFailure("no password was given; nothing was changed")
        }
        return line
    }
}
