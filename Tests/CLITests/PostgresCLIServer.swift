import Foundation
import Logging
import PostgresNIO
import StorePostgres
import Testing

/// The PostgreSQL server the `--database` cases use: `QUOTECHECK_TEST_POSTGRES`,
/// set by `scripts/postgres-test-cluster` (with `QUOTECHECK_TEST_POSTGRES_REPORT`,
/// the file each case that ran appends a line to, so that CI fails when none ran).
enum PostgresCLIServer {
    /// The server's URL as given (password included: it is passed to the binary, never printed).
    static let text: String? = {
        guard let text = ProcessInfo.processInfo.environment["QUOTECHECK_TEST_POSTGRES"], !text.isEmpty else {
            return nil
        }
        return text
    }()

    /// The server's password, which no output may hold.
    static var password: String? { text.flatMap { try? PostgresURL($0) }?.password }

    /// Why the PostgreSQL cases are skipped, as the test run prints it.
    static let skipped: Comment = """
        QUOTECHECK_TEST_POSTGRES is not set: the PostgreSQL cases are skipped \
        (scripts/postgres-test-cluster swift test runs them against a throwaway cluster)
        """

    /// Appends a line to `QUOTECHECK_TEST_POSTGRES_REPORT` for a PostgreSQL case that ran.
    static func reportCase() {
        guard let path = ProcessInfo.processInfo.environment["QUOTECHECK_TEST_POSTGRES_REPORT"], !path.isEmpty else {
            return
        }
        // O_APPEND: cases running at once each add a whole line.
        let descriptor = open(path, O_WRONLY | O_APPEND)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        _ = "ran\n".withCString { write(descriptor, $0, 4) }
    }

    /// A new, empty database on the server, as a URL with the password for
    /// `--database` (and the case counted in the report).
    static func freshDatabase() async throws -> String {
        let text = try #require(text, skipped)
        let url = try PostgresURL(text)
        let name = "qc_cli_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try await run("CREATE DATABASE \(name)", on: url)
        reportCase()
        // The same URL with the new database's name as its path.
        let scheme = try #require(text.range(of: "://"))
        let end = text.firstIndex(of: "?") ?? text.endIndex
        let slash = try #require(text.range(of: "/", options: .backwards, range: scheme.upperBound..<end))
        return String(text[..<slash.upperBound]) + name + String(text[end...])
    }

    /// Drops a database `freshDatabase()` made (its URL); a failure is not the test's.
    static func drop(_ database: String) async {
        guard let url = try? PostgresURL(database), let server = text, let admin = try? PostgresURL(server) else { return }
        try? await run("DROP DATABASE IF EXISTS \(url.database) WITH (FORCE)", on: admin)
    }

    /// Runs one statement on `url`'s database.
    private static func run(_ sql: String, on url: PostgresURL) async throws {
        let logger = Logger(label: "quotecheck.cli-tests", factory: { _ in SwiftLogNoOpLogHandler() })
        let configuration = PostgresConnection.Configuration(
            host: url.host, port: url.port, username: url.user, password: url.password,
            database: url.database, tls: .disable)
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        do {
            try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger)
        } catch {
            try? await connection.close()
            throw error
        }
        try await connection.close()
    }
}

/// The stores a CLI case runs against: the workbench's SQLite store, and a
/// PostgreSQL database of its own when `QUOTECHECK_TEST_POSTGRES` is set.
enum CLIBackend: String, CaseIterable, CustomStringConvertible, Sendable {
    case sqlite, postgres

    /// SQLite always, PostgreSQL when the server is given.
    static var available: [CLIBackend] { PostgresCLIServer.text == nil ? [.sqlite] : [.sqlite, .postgres] }

    var description: String { rawValue }
}
