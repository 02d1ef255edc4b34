import Foundation
import ProcessSupport
@testable import Store
@testable import StorePostgres
import Testing

/// Runs the built `quotecheck` binary, for the command-line cases that need the PostgreSQL server.
private enum Binary {
    /// The binary next to the test bundle in the build folder.
    static func url() throws -> URL {
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

    /// Runs quotecheck with `arguments` in the repository; its status, standard output and standard error.
    static func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = try url()
        process.arguments = arguments
        process.currentDirectoryURL = repository
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let output = try ChildProcess.run(process)
        if output.timedOut {
            Issue.record("quotecheck \(arguments.joined(separator: " ")) ran over \(Int(ChildProcess.timeLimit)) s and was killed")
        }
        return (output.status, String(decoding: output.stdout, as: UTF8.self), String(decoding: output.stderr, as: UTF8.self))
    }
}

/// `quotecheck copy --to postgres://…` against the server of `QUOTECHECK_TEST_POSTGRES`.
///
/// The command uses the user's default `search_path` (`"$user", public`): the
/// test gives the user a schema of its own name, emptied first, so that the
/// copy lands there and the run leaves the database as it found it.
@Suite("copy --to a PostgreSQL store, run as a real process", .serialized)
struct CopyCommandPostgresTests {
    @Test("copy --to URL fills an empty PostgreSQL store with the workbench's records; a second copy is refused without the password")
    func copyToPostgres() async throws {
        guard let url = PostgresTestServer.url else {
            print(PostgresTestServer.skipped)
            return
        }
        PostgresTestServer.reportCase()
        let text = try #require(ProcessInfo.processInfo.environment["QUOTECHECK_TEST_POSTGRES"])
        let password = try #require(url.password)
        let schema = url.user
        let admin = try await PostgresClaimStore.open(url, schema: "quotecheck_copy_admin")
        func resetSchema() async throws {
            try await admin.withDirectConnection { connection in
                try await connection.run(PostgresQueryText.make(
                    "DROP SCHEMA IF EXISTS \(PostgresSQL.identifier(schema)) CASCADE"), logger: admin.logger)
                try await connection.run(PostgresQueryText.make(
                    "CREATE SCHEMA \(PostgresSQL.identifier(schema))"), logger: admin.logger)
            }
        }
        try await resetSchema()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("qc-copy-pg-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let sample = "sources/envoy-peace-plan-2025-11-26.html"
        #expect(try Binary.run(["--workbench", folder, "import", sample]).status == 0)
        #expect(try Binary.run(["--workbench", folder, "mark", "3", "--status", "verified", "--note", "tab\there",
                                "--reviewer", "ana"]).status == 0)

        let copied = try Binary.run(["--workbench", folder, "copy", "--to", text])
        #expect(copied.status == 0, "\(copied.stderr)")
        #expect(!copied.stderr.contains(password) && !copied.stdout.contains(password))
        #expect(copied.stderr.contains("copied"))

        let original = try ClaimsStore(path: folder + "/claims/claims.sqlite")
        let copy = try await PostgresClaimStore.open(url, schema: schema)
        let all = QuoteFilter(status: "all")
        #expect(try await copy.quotes(matching: all) == (try original.quotes(matching: all)))
        for quote in try original.quotes(matching: all) {
            #expect(try await copy.history(quoteID: quote.id) == (try original.history(quoteID: quote.id)))
        }
        #expect(try await copy.history(quoteID: 3).count == 2)
        #expect(try await copy.speakers() == (try original.speakers()))
        let sha256 = try #require(try original.sources().first?.sha256)
        let archived = try #require(try await copy.archivedDocument(sha256: sha256))
        #expect(archived.bytes == Array(try Data(contentsOf: Binary.repository.appendingPathComponent(sample))))
        #expect(archived.sidecar == (try original.archivedDocument(sha256: sha256))?.sidecar)
        await copy.close()

        let again = try Binary.run(["--workbench", folder, "copy", "--to", text])
        #expect(again.status == 1)
        #expect(again.stderr.contains("not empty") && again.stderr.contains(url.description))
        #expect(!again.stderr.contains(password))

        try await admin.withDirectConnection { connection in
            try await connection.run(PostgresQueryText.make(
                "DROP SCHEMA IF EXISTS \(PostgresSQL.identifier(schema)) CASCADE"), logger: admin.logger)
        }
        try await PostgresTestSupport.dropSchema(of: admin)
    }

    @Test("a wrong password is refused with a message that does not hold it")
    func wrongPassword() throws {
        guard let url = PostgresTestServer.url else {
            print(PostgresTestServer.skipped)
            return
        }
        PostgresTestServer.reportCase()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("qc-copy-pg-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try Binary.run(["--workbench", folder, "import", "sources/envoy-peace-plan-2025-11-26.html"]).status == 0)
        let secret = "not-the-Pa55word"
        let wrong = "postgres://\(url.user):\(secret)@\(url.host):\(url.port)/\(url.database)?sslmode=disable"
        let refused = try Binary.run(["--workbench", folder, "copy", "--to", wrong])
        #expect(refused.status == 1, "\(refused.stderr)")
        #expect(!refused.stderr.contains(secret) && !refused.stdout.contains(secret))
        #expect(refused.stderr.contains(url.host))
    }
}
