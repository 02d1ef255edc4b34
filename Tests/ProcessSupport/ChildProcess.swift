import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a child process gave back once it ended.
public struct ChildOutput: Sendable {
    /// Its exit status (or the signal's number when it was killed).
    public var status: Int32
    /// Everything it wrote on standard output.
    public var stdout: Data
    /// Everything it wrote on standard error.
    public var stderr: Data
    /// Whether it outlived the time limit and was killed.
    public var timedOut: Bool
}

/// Runs the test suites' child processes (the `quotecheck` binary, mostly)
/// without the ways a test run can hang on them:
///
/// - standard error is read on a thread of its own while standard output is
///   read here, and the input is written on another, so that a child filling
///   one pipe never waits on a parent reading the other;
/// - a child still running after ``timeLimit`` is killed, and the caller is told
///   (``ChildOutput/timedOut``) so that it can fail the test naming the command:
///   a hang costs minutes and names itself, instead of the whole CI run's hours.
///
/// The helpers are plain threads, not Swift concurrency's pool; the caller's own
/// thread (a pool thread, from a test) still waits for the child. On a two-core
/// machine that pool has two threads, so a test must never run a child that
/// waits on in-process async work (a lock held by a PostgreSQL store in the test
/// process): two such waits deadlocked CI's run for 90 minutes.
public enum ChildProcess {
    /// How long a child may run: five minutes, far beyond any command the suites run.
    public static let timeLimit: TimeInterval = 300

    /// Starts `process` (executable, arguments, folder and environment set by
    /// the caller) with pipes on its three standard streams, feeds it `input`,
    /// and waits for it to end or for `timeLimit` to pass.
    public static func run(_ process: Process, input: Data? = nil,
                           timeLimit: TimeInterval = ChildProcess.timeLimit) throws -> ChildOutput {
        // A child that exits before reading its input closes the pipe: the write
        // must fail with EPIPE, not end the whole test run with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        let out = Pipe(), err = Pipe(), inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        let writer = inPipe.fileHandleForWriting
        onThread {
            if let input { try? writer.write(contentsOf: input) }
            try? writer.close()
        }
        let stderr = Box()
        onThread {
            stderr.data = err.fileHandleForReading.readDataToEndOfFile()
            stderr.done.signal()
        }
        let ended = DispatchSemaphore(value: 0)
        let killed = Box()
        let pid = process.processIdentifier
        onThread {
            if ended.wait(timeout: .now() + timeLimit) == .timedOut {
                killed.flag = true
                kill(pid, SIGKILL)
            }
        }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        stderr.done.wait()
        process.waitUntilExit()
        ended.signal()
        return ChildOutput(status: process.terminationStatus, stdout: stdout, stderr: stderr.data,
                           timedOut: killed.flag)
    }

    /// Runs `body` on a new thread of its own.
    private static func onThread(_ body: @escaping @Sendable () -> Void) {
        Thread.detachNewThread(body)
    }

    /// What a helper thread hands back; written before `done` is signalled, read after.
    private final class Box: @unchecked Sendable {
        var data = Data()
        var flag = false
        let done = DispatchSemaphore(value: 0)
    }
}
