import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The controlling terminal in raw mode: single keystrokes, no echo, and
/// Ctrl-C delivered as a key (so the review ends through its normal path and
/// the terminal is always restored).
final class RawTerminal {
    private var original = termios()
    private var active = false

    /// Puts standard input in raw mode; nil when it is not a terminal.
    init?() {
        guard isatty(STDIN_FILENO) == 1, tcgetattr(STDIN_FILENO, &original) == 0 else { return nil }
        var raw = original
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        guard tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw) == 0 else { return nil }
        active = true
    }

    /// Restores the terminal as it was.
    func restore() {
        guard active else { return }
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &original)
        active = false
    }

    /// Reads one key (a UTF-8 character); nil at end of input.
    func readKey() -> Character? {
        var byte: UInt8 = 0
        guard Glibc.read(STDIN_FILENO, &byte, 1) == 1 else { return nil }
        var bytes = [byte]
        let extra = byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : byte >= 0xC0 ? 1 : 0
        for _ in 0..<extra {
            guard Glibc.read(STDIN_FILENO, &byte, 1) == 1 else { break }
            bytes.append(byte)
        }
        if bytes == [0x1B] { return "\u{1B}" }
        return String(decoding: bytes, as: UTF8.self).first
    }

    /// Reads a line in cooked mode (for the one-line editors), then returns to raw mode.
    func readLine(prompt: String) -> String? {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &original)
        fputs(prompt, cStandardOutput)
        fflush(cStandardOutput)
        let line = Swift.readLine()
        var raw = original
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw)
        return line
    }

    /// The terminal's size (columns, rows), with a fallback of 80×24.
    static var size: (columns: Int, rows: Int) {
        var ws = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 0 {
            return (Int(ws.ws_col), Int(ws.ws_row))
        }
        return (80, 24)
    }

    deinit { restore() }
}
