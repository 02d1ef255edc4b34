import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `export` writing to outputs that fail: a pipe whose reader went away ends
/// the export quietly (exit 0, nothing on standard error); a full device is
/// an error that names the output (exit 1), never a silent loss.
@Suite("export to a closed pipe or a full disk, run as a real process", .serialized)
struct ExportStreamingCLITests {
    /// Runs quotecheck with standard output on `descriptor` (closed in this process once the child has it).
    static func run(_ arguments: [String], stdout descriptor: Int32) throws -> (status: Int32, signalled: Bool, stderr: String) {
        let process = Process()
        process.executableURL = try CLI.binary()
        process.arguments = arguments
        process.currentDirectoryURL = CLI.repository
        let err = Pipe()
        process.standardOutput = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, process.terminationReason == .uncaughtSignal,
                String(decoding: stderr, as: UTF8.self))
    }

    @Test("export into a pipe nobody reads any more stops quietly with exit 0, every format",
          arguments: [["--format", "csv"], ["--format", "jsonl"],
                      ["--format", "claimreview", "--review-url", "https://c.example/{id}", "--org-name", "Desk"]])
    func closedPipe(format: [String]) throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        #expect(try CLI.run(["--workbench", wb, "mark", "1", "--status", "verified"]).status == 0)
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        close(ends[0])  // the reader is gone before the first byte is written
        let result = try Self.run(["--workbench", wb, "export", "--status", "all"] + format, stdout: ends[1])
        #expect(!result.signalled, "killed by a signal (SIGPIPE) instead of ending")
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
    }

    @Test("export onto a full device fails with exit 1 and names standard output")
    func fullDevice() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let descriptor = open("/dev/full", O_WRONLY)
        try #require(descriptor >= 0, "no /dev/full on this system")
        let result = try Self.run(["--workbench", wb, "export", "--status", "all", "--format", "jsonl"], stdout: descriptor)
        #expect(!result.signalled)
        #expect(result.status == 1)
        #expect(result.stderr.contains("standard output") && result.stderr.contains("No space left on device"),
                "\(result.stderr)")
    }
}
