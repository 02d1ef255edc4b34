import Foundation
import Review
#if canImport(Glibc)
import Glibc
#endif

/// The controlling terminal in raw mode, on the alternate screen: single
/// keystrokes, no echo, and Ctrl-C delivered as a key (so that the review
/// ends through its normal path and the terminal is always restored).
///
/// A resize is noticed without a SIGWINCH handler: while waiting for a key,
/// standard input is polled with a short timeout and the window size is
/// compared with the last one drawn. Ctrl-Z arrives as a key too (raw mode
/// turns the terminal's signals off): the terminal is restored, the process
/// stops itself with SIGTSTP, and when it is continued (`fg`, SIGCONT) raw mode
/// comes back and the caller redraws. So there is no signal handler and no
/// global state; all state lives in this object.
final class RawTerminal {
    /// What waiting for input gave.
    enum Input: Equatable {
        /// A key (a UTF-8 character; a lone Escape is `"\u{1B}"`).
        case key(Character)
        /// An escape sequence (an arrow, Home, Delete, an Alt key): the characters after the Escape.
        case escape(String)
        /// The window changed size, or the review was resumed after Ctrl-Z: redraw.
        case resized
        /// Standard input was closed.
        case end
    }

    private var original = termios()
    private var active = false
    /// The window size last reported, to notice a resize.
    private(set) var windowSize: (columns: Int, rows: Int)

    /// Puts the terminal in raw mode and switches to the alternate screen; `nil`
    /// when standard input or output is not a terminal, or `TERM` is `dumb` (a
    /// terminal that cannot place the cursor: the review reads lines there).
    init?() {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1,
              ProcessInfo.processInfo.environment["TERM"] != "dumb",
              tcgetattr(STDIN_FILENO, &original) == 0 else { return nil }
        windowSize = Self.size
        guard enter() else { return nil }
    }

    /// Raw mode and the alternate screen, from the settings in `original`; false if refused.
    private func enter() -> Bool {
        var raw = original
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        guard tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw) == 0 else { return false }
        windowSize = Self.size
        active = true
        write("\u{1B}[?1049h\u{1B}[H\u{1B}[2J")
        return true
    }

    /// Leaves the alternate screen and restores the terminal settings as they were
    /// (the settings first: once the screen is back, so is the shell's terminal).
    func restore() {
        guard active else { return }
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &original)
        write("\u{1B}[?25h\u{1B}[?1049l")
        active = false
    }

    /// Ctrl-Z: restores the terminal, stops the process as the shell's job control
    /// expects (SIGTSTP to itself), and once continued takes the terminal back.
    private func suspend() {
        restore()
        // raise, not kill(getpid()): the signal goes to this thread, so the process is stopped
        // before raise returns (sent to the process, another thread could take it a moment later,
        // after raw mode was back). The signal may be blocked in this thread (a mask inherited
        // from whoever started us): unblocked for the moment. Ignored (SIG_IGN), it does nothing.
        var tstp = sigset_t()
        var mask = sigset_t()
        sigemptyset(&tstp)
        sigaddset(&tstp, SIGTSTP)
        pthread_sigmask(SIG_UNBLOCK, &tstp, &mask)
        raise(SIGTSTP)
        pthread_sigmask(SIG_SETMASK, &mask, nil)
        // Here the process was continued (or SIGTSTP was ignored): the terminal may have changed meanwhile.
        tcgetattr(STDIN_FILENO, &original)
        _ = enter()
    }

    deinit { restore() }

    /// Writes `text` to the terminal at once.
    func write(_ text: String) {
        fputs(text, cStandardOutput)
        fflush(cStandardOutput)
    }

    /// Waits for a key, or for the window to change size.
    func next() -> Input {
        while true {
            var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, 100)
            if ready < 0 {
                if errno == EINTR { continue }
                return .end
            }
            if ready == 0 {
                let now = Self.size
                if now != windowSize {
                    windowSize = now
                    return .resized
                }
                continue
            }
            guard let byte = readByte() else { return .end }
            if byte == 0x1A {  // Ctrl-Z
                suspend()
                return .resized
            }
            if byte == 0x1B {
                let sequence = readEscapeSequence()
                return sequence.isEmpty ? .key("\u{1B}") : .escape(sequence)
            }
            return .key(decode(startingWith: byte))
        }
    }

    /// Runs the line editor on the keys typed until Enter, Escape or Ctrl-C, calling `draw`
    /// after every change and after a resize; what each key does is ``LineEditor``'s business.
    func edit(_ editor: inout LineEditor, draw: (LineEditor) -> Void) -> LineEditor.Outcome {
        draw(editor)
        while true {
            let key: LineEditor.Key?
            switch next() {
            case .end: return .interrupted
            case .resized:
                draw(editor)
                continue
            case .key(let character): key = LineEditor.key(for: character)
            case .escape(let sequence): key = LineEditor.key(forEscapeSequence: sequence)
            }
            guard let key else { continue }
            let outcome = editor.handle(key)
            if outcome != .editing { return outcome }
            draw(editor)
        }
    }

    /// One byte of standard input; `nil` at its end.
    private func readByte() -> UInt8? {
        var byte: UInt8 = 0
        while true {
            let count = Glibc.read(STDIN_FILENO, &byte, 1)
            if count == 1 { return byte }
            if count < 0, errno == EINTR { continue }
            return nil
        }
    }

    /// The character whose UTF-8 encoding starts with `first` (the rest is read).
    private func decode(startingWith first: UInt8) -> Character {
        var bytes = [first]
        let extra = first >= 0xF0 ? 3 : first >= 0xE0 ? 2 : first >= 0xC0 ? 1 : 0
        for _ in 0..<extra {
            guard let byte = readByte() else { break }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self).first ?? "\u{FFFD}"
    }

    /// After an escape byte: the sequence that follows at once (a CSI or SS3 sequence such
    /// as `[D` for an arrow, or one character for an Alt key); empty for a lone Escape.
    private func readEscapeSequence() -> String {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 30) > 0, let introducer = readByte() else { return "" }
        guard introducer == UInt8(ascii: "[") || introducer == UInt8(ascii: "O") else {
            return String(decode(startingWith: introducer))
        }
        var bytes = [introducer]
        while let byte = readByte() {
            bytes.append(byte)
            if (0x40...0x7E).contains(byte) { break }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The window size (columns, rows); 80×24 when it cannot be read.
    static var size: (columns: Int, rows: Int) {
        var ws = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 0, ws.ws_row > 0 {
            return (Int(ws.ws_col), Int(ws.ws_row))
        }
        return (80, 24)
    }
}
