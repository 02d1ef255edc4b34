import Foundation
import PostgresNIO
import StorePostgres
import Testing

/// The PostgreSQL server the suite may use: `QUOTECHECK_TEST_POSTGRES`, set by
/// `scripts/postgres-test-cluster` (which also sets `QUOTECHECK_TEST_POSTGRES_REPORT`).
enum PostgresTestServer {
    /// The server's URL; `nil` when the variable is not set (the PostgreSQL cases are then skipped).
    static let url: PostgresURL? = {
        guard let text = ProcessInfo.processInfo.environment["QUOTECHECK_TEST_POSTGRES"], !text.isEmpty else {
            return nil
        }
        return try? PostgresURL(text)
    }()

    /// Why the PostgreSQL cases are skipped, as the test run prints it.
    static let skipped: Comment = """
        QUOTECHECK_TEST_POSTGRES is not set: the PostgreSQL cases are skipped \
        (scripts/postgres-test-cluster swift test runs them against a throwaway cluster)
        """

    /// Appends a line to `QUOTECHECK_TEST_POSTGRES_REPORT` for a PostgreSQL
    /// case that ran, so that CI can tell the suite ran rather than skipped.
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
}

/// A statement from text, for the tests' direct SQL.
enum PostgresQueryText {
    /// `sql` as a statement with no parameters.
    static func make(_ sql: String) -> PostgresQuery { PostgresQuery(unsafeSQL: sql) }
}
