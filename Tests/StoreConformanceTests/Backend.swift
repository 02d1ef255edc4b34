import Foundation
import GRDB
@testable import Store
@testable import StorePostgres
import Testing

/// A kind of store the conformance suite runs against.
enum Backend: String, CustomStringConvertible, Sendable, CaseIterable {
    /// The workbench's SQLite store (a file in a temporary folder).
    case sqlite
    /// A PostgreSQL store, in a schema of its own on the server of `QUOTECHECK_TEST_POSTGRES`.
    case postgres

    /// The backends this run can reach: SQLite always, PostgreSQL when `QUOTECHECK_TEST_POSTGRES` is set.
    static var available: [Backend] {
        PostgresTestServer.url == nil ? [.sqlite] : [.sqlite, .postgres]
    }

    /// The backend's name, as the test's argument prints.
    var description: String { rawValue }
}

/// One store of one backend for one test, with the direct access the tests need
/// (raw SQL, a second store on the same data) and its removal afterwards.
struct StoreHarness: Sendable {
    /// The backend.
    let backend: Backend
    /// The store under test, through the protocol.
    let store: any ClaimStore
    /// The SQLite store's file, for `sqlite`.
    private let sqlitePath: String?
    /// The PostgreSQL store and its schema, for `postgres`.
    private let postgres: PostgresClaimStore?

    /// Makes an empty store of `backend`, migrated.
    static func make(_ backend: Backend) async throws -> StoreHarness {
        switch backend {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory
                .appendingPathComponent("quotecheck-conformance-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let path = folder.appendingPathComponent("claims.sqlite").path
            return StoreHarness(backend: backend, store: try ClaimsStore(path: path), sqlitePath: path, postgres: nil)
        case .postgres:
            let url = try #require(PostgresTestServer.url)
            let schema = "conformance_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            let store = try await PostgresClaimStore.open(url, schema: schema)
            PostgresTestServer.reportCase()
            return StoreHarness(backend: backend, store: store, sqlitePath: nil, postgres: store)
        }
    }

    /// Runs `sql` on the store's database directly, past the store.
    func execute(_ sql: String) async throws {
        if let sqlitePath {
            let queue = try DatabaseQueue(path: sqlitePath)
            try await queue.write { db in try db.execute(sql: sql) }
        } else if let postgres {
            try await postgres.transaction { connection in
                try await connection.run(PostgresQueryText.make(sql), logger: postgres.logger)
            }
        }
    }

    /// The integer that `sql` selects, read directly.
    func integer(_ sql: String) async throws -> Int64? {
        if let sqlitePath {
            let queue = try DatabaseQueue(path: sqlitePath)
            return try await queue.read { db in try Int64.fetchOne(db, sql: sql) }
        } else if let postgres {
            return try await postgres.read { connection in
                try await connection.value(PostgresQueryText.make(sql), as: Int64.self, logger: postgres.logger)
            }
        }
        return nil
    }

    /// Marks the store as written by a newer version: a migration this version does not know.
    func markNewer() async throws {
        switch backend {
        case .sqlite: try await execute("INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
        case .postgres: try await execute("INSERT INTO schema_migrations (name) VALUES ('pg99-from-the-future')")
        }
    }

    /// The number of migrations the store has recorded.
    func migrationCount() async throws -> Int64? {
        switch backend {
        case .sqlite: try await integer("SELECT COUNT(*) FROM grdb_migrations")
        case .postgres: try await integer("SELECT COUNT(*) FROM schema_migrations")
        }
    }

    /// Opens a second store on the same data, as another process would.
    func reopen() async throws -> any ClaimStore {
        if let sqlitePath { return try ClaimsStore(path: sqlitePath) }
        let postgres = try #require(postgres)
        return try await PostgresClaimStore.open(postgres.url, schema: postgres.schema)
    }

    /// Removes the store's data.
    func tearDown() async {
        if let sqlitePath {
            try? FileManager.default.removeItem(atPath: (sqlitePath as NSString).deletingLastPathComponent)
        }
        if let postgres {
            do {
                try await postgres.dropSchemaAndClose()
            } catch {
                await postgres.close()
            }
        }
    }
}

/// Runs `body` with a fresh store of `backend`, removed afterwards however `body` ends.
func withStore(_ backend: Backend, _ body: (StoreHarness) async throws -> Void) async throws {
    let harness = try await StoreHarness.make(backend)
    do {
        try await body(harness)
    } catch {
        await harness.tearDown()
        throw error
    }
    await harness.tearDown()
}

extension PostgresClaimStore: ClosableStore {
    /// Closes the pool.
    func closeStore() async { await close() }
}

/// Direct access to a PostgreSQL store for the tests.
enum PostgresTestSupport {
    /// The number of migrations `store` has recorded.
    static func migrationCount(of store: PostgresClaimStore) async throws -> Int64? {
        try await store.read { connection in
            try await connection.value(PostgresQueryText.make("SELECT COUNT(*) FROM schema_migrations"),
                                       as: Int64.self, logger: store.logger)
        }
    }

    /// Drops the store's schema and closes it.
    static func dropSchema(of store: PostgresClaimStore) async throws {
        try await store.dropSchemaAndClose()
    }
}
