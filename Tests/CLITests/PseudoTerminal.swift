import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The built `quotecheck` running on a real pseudo-terminal: keys go in through
/// the master side, the screen output comes back from it. Every read is bounded
/// by a timeout, so a hang fails the test instead of blocking it.
final class PseudoTerminal {
    let master: Int32
    let slave: Int32
    let pid: pid_t
    /// The terminal settings before the program started.
    let originalSettings: termios
    /// Everything the program wrote so far.
    private(set) var output = ""
    private var bytes: [UInt8] = []
    private var exitStatus: Int32?

    /// Starts quotecheck with `arguments` on a new pty of `columns`×`rows`, with TERM=xterm and `environment`.
    /// With `ownProcessGroup` the program runs in a process group of its own, as a shell's job
    /// does, so that it can stop itself with SIGTSTP (the kernel ignores that signal in an orphaned group).
    init(_ arguments: [String], columns: UInt16 = 80, rows: UInt16 = 24, environment: [String: String] = [:],
         ownProcessGroup: Bool = false) throws {
        var master: Int32 = -1
        var slave: Int32 = -1
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        try #require(openpty(&master, &slave, nil, nil, &size) == 0, "openpty failed: errno \(errno)")
        self.master = master
        self.slave = slave
        var settings = termios()
        try #require(tcgetattr(slave, &settings) == 0)
        originalSettings = settings

        var env = ProcessInfo.processInfo.environment
        env["TERM"] = "xterm"
        env.removeValue(forKey: "NO_COLOR")
        env.merge(environment) { $1 }
        let binary = try CLI.binary().path
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] {
            posix_spawn_file_actions_adddup2(&actions, slave, descriptor)
        }
        posix_spawn_file_actions_addclose(&actions, master)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        if ownProcessGroup {
            posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
            posix_spawnattr_setpgroup(&attributes, 0)
        }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, binary, &actions, &attributes, argv, envp)
        try #require(spawned == 0, "posix_spawn failed: \(spawned)")
        pid = child
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(master)
        close(slave)
    }

    /// Sends bytes as if typed.
    func send(_ text: String) {
        let data = Array(text.utf8)
        data.withUnsafeBytes { _ = Glibc.write(master, $0.baseAddress, $0.count) }
    }

    /// Changes the window size (as a terminal emulator does on resize).
    func resize(columns: UInt16, rows: UInt16) {
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    /// Reads output until `text` appears after offset `from` (in `output`'s UTF-8 bytes), or fails after `timeout` seconds.
    /// Returns the byte offset just after the match.
    @discardableResult
    func waitFor(_ text: String, from offset: Int = 0, timeout: Double = 30,
                 sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
        let needle = Array(text.utf8)
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let end = Self.find(needle, in: bytes, from: offset) { return end }
            if Date() >= deadline {
                Issue.record("timed out waiting for \(text.debugDescription); the screen so far: \(output.suffix(600).debugDescription)",
                             sourceLocation: sourceLocation)
                throw PseudoTerminalError.timeout(text)
            }
            _ = readSome(milliseconds: 100)
        }
    }

    /// The number of output bytes read so far (an offset for ``waitFor(_:from:timeout:sourceLocation:)``).
    var mark: Int { bytes.count }

    /// Waits for the program to end (reading its output meanwhile); its exit status, or a failure after `timeout`.
    func waitForExit(timeout: Double = 30) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            var status: Int32 = 0
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid {
                _ = readSome(milliseconds: 50)
                let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
                exitStatus = code
                return code
            }
            _ = readSome(milliseconds: 50)
        }
        Issue.record("the program did not exit within \(timeout) s; the screen so far: \(output.suffix(600).debugDescription)")
        throw PseudoTerminalError.timeout("exit")
    }

    /// Waits until the program is stopped (by a signal such as SIGTSTP), reading its output
    /// meanwhile; false after `timeout` seconds.
    func waitForStop(timeout: Double = 30) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG | WUNTRACED) == pid, (status & 0xFF) == 0x7F { return true }
            _ = readSome(milliseconds: 50)
        }
        return false
    }

    /// The terminal settings now and before the program started, for a failure's message.
    func settingsReport() -> String {
        var now = termios()
        _ = tcgetattr(slave, &now)
        return "lflag \(String(now.c_lflag, radix: 8)) (was \(String(originalSettings.c_lflag, radix: 8))), "
            + "iflag \(String(now.c_iflag, radix: 8)) (was \(String(originalSettings.c_iflag, radix: 8))), "
            + "oflag \(String(now.c_oflag, radix: 8)) (was \(String(originalSettings.c_oflag, radix: 8)))"
    }

    /// Whether the terminal settings are the same as before the program started.
    func settingsRestored() -> Bool {
        var now = termios()
        guard tcgetattr(slave, &now) == 0 else { return false }
        return now.c_lflag == originalSettings.c_lflag && now.c_iflag == originalSettings.c_iflag
            && now.c_oflag == originalSettings.c_oflag && now.c_cflag == originalSettings.c_cflag
    }

    /// Reads what is available within `milliseconds`; false if nothing came.
    private func readSome(milliseconds: Int32) -> Bool {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, milliseconds) > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = buffer.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress, $0.count) }
        guard count > 0 else { return false }
        bytes += buffer[0..<count]
        output = String(decoding: bytes, as: UTF8.self)
        return true
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from offset: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, offset <= haystack.count - needle.count else { return nil }
        var index = max(0, offset)
        while index <= haystack.count - needle.count {
            if haystack[index] == needle[0], Array(haystack[index..<(index + needle.count)]) == needle {
                return index + needle.count
            }
            index += 1
        }
        return nil
    }
}

enum PseudoTerminalError: Error {
    case timeout(String)
}
