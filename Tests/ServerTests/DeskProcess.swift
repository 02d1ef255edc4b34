import Foundation
import ProcessSupport
import Testing

/// `quotecheck serve --port 0` on 127.0.0.1 in a scratch workbench, run as the real binary.
final class DeskProcess {
    let process: Process
    /// The URL the desk printed, e.g. `http://127.0.0.1:41234`, without the final slash.
    let baseURL: String
    /// The workbench folder.
    let workbench: String
    /// What the desk printed on standard error by the time it stopped.
    private let errors: Pipe

    /// The built `quotecheck` binary (next to the test bundle, else `.build/debug`).
    static func binary() throws -> URL {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("quotecheck")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        let fallback = repository.appendingPathComponent(".build/debug/quotecheck")
        return try #require(FileManager.default.isExecutableFile(atPath: fallback.path) ? fallback : nil,
                            "the quotecheck binary is not built")
    }

    /// The repository's root folder.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The environment of every run: the cheapest bcrypt cost, so that the tests stay quick.
    static let environment: [String: String] = {
        var env = ProcessInfo.processInfo.environment
        env["QUOTECHECK_BCRYPT_COST"] = "4"
        env["NO_COLOR"] = "1"
        return env
    }()

    /// Runs `quotecheck ARGS` to the end; its exit status, standard output and standard error.
    @discardableResult
    static func run(_ arguments: [String], input: String? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = arguments
        process.currentDirectoryURL = repository
        process.environment = environment
        let output = try ChildProcess.run(process, input: input.map { Data($0.utf8) })
        if output.timedOut {
            Issue.record("quotecheck \(arguments.joined(separator: " ")) ran over \(Int(ChildProcess.timeLimit)) s and was killed")
        }
        return (output.status, String(decoding: output.stdout, as: UTF8.self), String(decoding: output.stderr, as: UTF8.self))
    }

    /// A scratch workbench with `pages` imported (the sample article when none are given) and
    /// accounts `users` (name, password).
    static func workbench(pages: [String] = [], users: [(String, String)]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("qc-desk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        var files: [String] = []
        for (index, html) in pages.enumerated() {
            let file = url.path + "/page-\(index + 1).html"
            try html.write(toFile: file, atomically: true, encoding: .utf8)
            files.append(file)
        }
        if files.isEmpty { files = ["sources/envoy-peace-plan-2025-11-26.html"] }
        let imported = try run(["--workbench", url.path, "import"] + files)
        try #require(imported.status == 0, "\(imported.stderr)")
        for (name, password) in users {
            let added = try run(["--workbench", url.path, "users", "add", name, "--password-stdin"], input: password + "\n")
            try #require(added.status == 0, "\(added.stderr)")
        }
        return url.path
    }

    /// Starts the desk on `workbench` (any free port) and waits for the line naming its URL.
    init(workbench: String, extraArguments: [String] = []) throws {
        self.workbench = workbench
        process = Process()
        process.executableURL = try Self.binary()
        process.arguments = ["--workbench", workbench, "serve", "--port", "0"] + extraArguments
        process.currentDirectoryURL = Self.repository
        process.environment = Self.environment
        let out = Pipe()
        errors = Pipe()
        process.standardOutput = out
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        var line = Data()
        while true {
            let byte = out.fileHandleForReading.readData(ofLength: 1)
            if byte.isEmpty || byte == Data("\n".utf8) { break }
            line.append(byte)
        }
        let text = String(decoding: line, as: UTF8.self)
        let prefix = "serving the review desk at "
        guard text.hasPrefix(prefix) else {
            process.terminate()
            process.waitUntilExit()
            let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            Issue.record("the desk did not start: \(text) \(stderr)")
            throw CancellationError()
        }
        var url = String(text.dropFirst(prefix.count))
        if url.hasSuffix("/") { url.removeLast() }
        baseURL = url
    }

    /// Stops the desk (SIGTERM, a graceful shutdown) and waits for it.
    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }

    /// What the desk printed on standard error (call after ``stop()``).
    func standardError() -> String {
        String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }

    deinit { stop() }
}
