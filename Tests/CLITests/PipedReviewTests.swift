import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `review` with standard input not a terminal: one command per line.
@Suite("piped review")
struct PipedReviewTests {
    @Test("every line that changes a quote says which quote it changed, the undo included")
    func everyChangeIsEchoed() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let review = try CLI.run(["--workbench", wb, "review", "--reviewer", "ana"],
                                 input: "v\nn checked the tape\nm\nz\nq\n")
        #expect(review.status == 0, "\(review.stderr)")
        #expect(review.stdout == """
            > #1 U.S. and Ukrainian officials: “common understanding”
            #1 verified
            > #2 Donald Trump: “just a concept”
            #2 unreviewed; note: checked the tape
            > #2 Donald Trump: “just a concept”
            #2 misquoted
            > #3 Donald Trump: “The deadline for me is when it’s over.”
            #2 unreviewed (undo; by ana)
            > #2 Donald Trump: “just a concept”

            """)
    }

    @Test("a field key alone keeps the field; '-' clears the note and the date")
    func keepAndClear() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let first = try CLI.run(["--workbench", wb, "review", "--reviewer", "ana"], input: "n on tape\nn\nd\nq\n")
        #expect(first.status == 0, "a key alone is not a refused line: \(first.stderr)")
        #expect(first.stderr.contains("kept: 'n' alone keeps the note; 'n VALUE' changes it, 'n -' clears it"))
        var quote = try #require(try CLI.quotesByID(wb)[1])
        #expect(quote["note"] as? String == "on tape")
        #expect(quote["said_on"] as? String == "2025-11-24")
        let second = try CLI.run(["--workbench", wb, "review", "--reviewer", "ana"], input: "n -\nd -\nq\n")
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("#1 unreviewed; note: none"))
        #expect(second.stdout.contains("#1 unreviewed; said on: unknown"))
        quote = try #require(try CLI.quotesByID(wb)[1])
        #expect(quote["note"] is NSNull)
        #expect(quote["said_on"] is NSNull)
    }

    @Test("a refused verdict keeps its quote current: the next lines are refused, not applied to the next quote, until 'y'")
    func aRefusedVerdictHoldsTheQuote() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let review = try PipedReview(["--workbench", wb, "review", "--reviewer", "ana"])
        try review.waitForOutput("> #1 ")  // the quote is shown, at its version now
        let bob = try CLI.run(["--workbench", wb, "mark", "1", "--note", "from bob", "--reviewer", "bob"])
        #expect(bob.status == 0)
        review.send("v\nm\nn mine\ny\nq\n")
        let result = try review.finish()
        #expect(result.status == 1, "refused lines make the exit status 1")
        #expect(result.stderr.contains("conflict: quote 1 was changed since it was shown: bob set note ∅ → from bob"))
        #expect(result.stderr.components(separatedBy: "quote #1 still awaits the refused change").count == 3)
        #expect(result.stdout.contains("#1 verified\n> #2 "))
        #expect(!result.stdout.contains("#2 misquoted"))
        let quotes = try CLI.quotesByID(wb)
        #expect(quotes[1]?["status"] as? String == "verified")
        #expect(quotes[1]?["note"] as? String == "from bob")
        #expect(quotes[2]?["status"] as? String == "unreviewed")
        #expect(quotes[2]?["note"] is NSNull)
    }
}

/// A piped `quotecheck` whose output is read as it comes, so that a test can act between its lines.
final class PipedReview {
    let process = Process()
    let input = Pipe(), output = Pipe(), errors = Pipe()
    private var stdout = Data()

    init(_ arguments: [String]) throws {
        process.executableURL = try CLI.binary()
        process.arguments = arguments
        process.currentDirectoryURL = CLI.repository
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        process.environment = env
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
    }

    /// Reads standard output until `text` has appeared; fails if the output ends first or
    /// nothing matching comes within `timeout` seconds (so that a hang fails instead of blocking).
    func waitForOutput(_ text: String, timeout: Double = 30) throws {
        let deadline = Date().addingTimeInterval(timeout)
        let descriptor = output.fileHandleForReading.fileDescriptor
        while !String(decoding: stdout, as: UTF8.self).contains(text) {
            try #require(Date() < deadline, "\(text.debugDescription) did not come; the output so far: \(stdout)")
            var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, 100) > 0 else { continue }
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            try #require(count > 0, "output ended before \(text.debugDescription)")
            stdout += buffer[0..<count]
        }
    }

    /// Sends lines on standard input.
    func send(_ text: String) {
        input.fileHandleForWriting.write(Data(text.utf8))
    }

    /// Closes standard input and waits for the end.
    func finish() throws -> CLI.Result {
        try input.fileHandleForWriting.close()
        stdout += output.fileHandleForReading.readDataToEndOfFile()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLI.Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                          stderr: String(decoding: stderr, as: UTF8.self))
    }
}
