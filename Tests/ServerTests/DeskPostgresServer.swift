import Foundation
import Logging
import PostgresNIO
import StorePostgres
import Testing

/// The throwaway PostgreSQL server of `scripts/postgres-test-cluster` for the desk's
/// `--database` case: `QUOTECHECK_TEST_POSTGRES` names it, and each case that ran appends
/// a line to `QUOTECHECK_TEST_POSTGRES_REPORT` (CI fails when none ran).
enum DeskPostgresServer {
    /// The server's URL as given (password included: passed to the binary, never printed).
    static let text: String? = {
        guard let text = ProcessInfo.processInfo.environment["QUOTECHECK_TEST_POSTGRES"], !text.isEmpty else { return nil }
        return text
    }()

    /// Why the case is skipped outside `scripts/postgres-test-cluster`.
    static let skipped: Comment = """
        QUOTECHECK_TEST_POSTGRES is not set: the desk's PostgreSQL case is skipped \
        (scripts/postgres-test-cluster swift test runs it against a throwaway cluster)
        """

    /// A new, empty database on the server, as a URL for `--database` (and the case counted in the report).
    static func freshDatabase() async throws -> String {
        let text = try #require(text, skipped)
        let url = try PostgresURL(text)
        let name = "qc_desk_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try await run("CREATE DATABASE \(name)", on: url)
        reportCase()
        let scheme = try #require(text.range(of: "://"))
        let end = text.firstIndex(of: "?") ?? text.endIndex
        let slash = try #require(text.range(of: "/", options: .backwards, range: scheme.upperBound..<end))
        return String(text[..<slash.upperBound]) + name + String(text[end...])
    }

    /// Drops a database ``freshDatabase()`` made; a failure is not the test's.
    static func drop(_ database: String) async {
        guard let url = try? PostgresURL(database), let server = text, let admin = try? PostgresURL(server) else { return }
        try? await run("DROP DATABASE IF EXISTS \(url.database) WITH (FORCE)", on: admin)
    }

    /// Appends a line to `QUOTECHECK_TEST_POSTGRES_REPORT` for a case that ran.
    private static func reportCase() {
        guard let path = ProcessInfo.processInfo.environment["QUOTECHECK_TEST_POSTGRES_REPORT"], !path.isEmpty else { return }
        let descriptor = open(path, O_WRONLY | O_APPEND)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        _ = "ran\n".withCString { write(descriptor, $0, 4) }
    }

    /// Runs one statement on `url`'s database.
    private static func run(_ sql: String, on url: PostgresURL) async throws {
        let logger = Logger(label: "quotecheck.desk-tests", factory: { _ in SwiftLogNoOpLogHandler() })
        let configuration = PostgresConnection.Configuration(
            host: url.host, port: url.port, username: url.user, password: url.password, database: url.database, tls: .disable)
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
