import Foundation
import Testing

/// `archive SHA256 [--sidecar]`: an archived document's bytes to standard output.
@Suite("archive, run as real processes")
struct ArchiveCLITests {
    /// Runs quotecheck with raw standard output (bytes, not text).
    static func bytes(_ arguments: [String]) throws -> (status: Int32, stdout: Data, stderr: String) {
        let process = Process()
        process.executableURL = try CLI.binary()
        process.arguments = arguments
        process.currentDirectoryURL = CLI.repository
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, stdout, String(decoding: stderr, as: UTF8.self))
    }

    /// The SHA-256 of the workbench's first source.
    static func firstSHA256(_ wb: String) throws -> String {
        let sources = try jsonLines(try CLI.run(["--workbench", wb, "sources", "--format", "jsonl"]).stdout)
        return try #require(sources.first?["sha256"] as? String)
    }

    @Test("the bytes come out exactly as imported, and --sidecar gives the JSON sidecar")
    func bytesAndSidecar() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let sha256 = try Self.firstSHA256(wb)
        let archived = try Self.bytes(["--workbench", wb, "archive", sha256])
        #expect(archived.status == 0, "\(archived.stderr)")
        #expect(archived.stdout == (try Data(contentsOf: CLI.repository.appendingPathComponent(sample))))
        #expect(archived.stderr.isEmpty)
        let sidecar = try Self.bytes(["--workbench", wb, "archive", sha256.uppercased(), "--sidecar"])
        #expect(sidecar.status == 0, "\(sidecar.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: sidecar.stdout) as? [String: Any])
        #expect(json["sha256"] as? String == sha256)
        #expect(json["file"] as? String == sample)
    }

    @Test("an unknown hash exits 1 and a malformed one 64, each named")
    func unknownAndMalformed() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let unknown = String(repeating: "0", count: 64)
        let missing = try CLI.run(["--workbench", wb, "archive", unknown])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains(unknown) && missing.stdout.isEmpty, "\(missing.stderr)")
        for malformed in ["abc123", String(repeating: "g", count: 64), String(repeating: "0", count: 65)] {
            let refused = try CLI.run(["--workbench", wb, "archive", malformed])
            #expect(refused.status == 64, "\(malformed): \(refused.stderr)")
            #expect(refused.stderr.contains(malformed), "\(refused.stderr)")
        }
    }

    @Test("a reader that closes the pipe early is not an error")
    func closedPipe() throws {
        // A page bigger than a pipe's buffer, so that the reader leaves while the bytes are still coming.
        let paragraph = "<p>The council met again on Tuesday and talked at length about the harbour, the schools and the railway.</p>\n"
        let page = "<html><head><title>Long</title></head><body><article>"
            + String(repeating: paragraph, count: 2_000) + "</article></body></html>"
        let wb = try CLI.workbench(importing: [page])
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let sha256 = try Self.firstSHA256(wb)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", "set -o pipefail; \"$0\" --workbench \"$1\" archive \"$2\" | head -c 100 > /dev/null",
                             try CLI.binary().path, wb, sha256]
        let err = Pipe()
        process.standardError = err
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(stderr)")
        #expect(stderr.isEmpty, "\(stderr)")
    }
}
