import Foundation
import Logging
import NIOSSL
import PostgresNIO
import Store

/// The claims store on a PostgreSQL server: the shared store of a team, behind
/// the same ``Store/ClaimStore`` protocol as the workbench's SQLite store.
///
/// ``open(_:schema:)`` connects once directly (so that a server that cannot
/// be reached or refuses the user is told at once), migrates, and from then on
/// the store runs its statements on a small pool of connections
/// (`PostgresClient`); each change runs in one transaction of its own.
/// ``close()`` ends the pool. The password of ``url`` appears in no message.
public final class PostgresClaimStore: ClaimStore {
    /// Where the store is.
    public let url: PostgresURL
    /// The schema the store's tables live in, if not the user's default `search_path`.
    public let schema: String?
    /// The pool of connections.
    let client: PostgresClient
    /// The task that runs the pool until ``close()``.
    private let running: Task<Void, Never>
    /// A logger that writes nothing: the workbench's output is its own.
    let logger: Logger

    /// Creates the store's pool without connecting; ``open(_:schema:)`` is the way in.
    init(url: PostgresURL, schema: String?) {
        self.url = url
        self.schema = schema
        let logger = Logger(label: "quotecheck.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
        self.logger = logger
        var configuration = PostgresClient.Configuration(
            host: url.host, port: url.port, username: url.user, password: url.password,
            database: url.database, tls: Self.clientTLS(url.sslMode))
        configuration.options.additionalStartupParameters = Self.startupParameters(schema: schema)
        configuration.options.maximumConnections = 4
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        running = Task { await client.run() }
    }

    deinit {
        running.cancel()
    }

    /// Connects to the store at `url` and brings its schema up to date.
    ///
    /// - Parameter schema: the schema to keep the tables in (created if
    ///   missing); `nil` uses the user's default `search_path`.
    /// - Throws: ``PostgresStoreError`` when the server cannot be reached or
    ///   refuses; ``Store/StoreError/newerSchema(_:)`` for a store written by a newer version.
    public static func open(_ url: PostgresURL, schema: String? = nil) async throws -> PostgresClaimStore {
        let store = PostgresClaimStore(url: url, schema: schema)
        do {
            try await store.migrate()
        } catch {
            await store.close()
            throw error
        }
        return store
    }

    /// Ends the pool: the store cannot be used afterwards.
    public func close() async {
        running.cancel()
        await running.value
    }

    /// Runs `body` on one connection of its own, opened and closed here (migrations, probes).
    func withDirectConnection<Result: Sendable>(
        _ body: (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        var configuration = PostgresConnection.Configuration(
            host: url.host, port: url.port, username: url.user, password: url.password,
            database: url.database, tls: try Self.connectionTLS(url.sslMode))
        configuration.options.additionalStartupParameters = Self.startupParameters(schema: schema)
        configuration.options.connectTimeout = .seconds(10)
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        } catch {
            throw PostgresStoreError(error, url: url)
        }
        do {
            let result = try await body(connection)
            try? await connection.close()
            return result
        } catch {
            try? await connection.close()
            throw PostgresStoreError.mapping(error, url: url)
        }
    }

    /// Runs `body` in one transaction on a pooled connection: committed when it
    /// returns, rolled back when it throws (its error comes back as it was,
    /// a server's error as ``PostgresStoreError``).
    func transaction<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        try await run(begin: "BEGIN", body)
    }

    /// Runs `body` on a pooled connection, in one snapshot (a read-only transaction).
    func read<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        try await run(begin: "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", body)
    }

    /// Runs `body` between `begin` and COMMIT on a pooled connection, rolling back when it throws.
    private func run<Result: Sendable>(begin: PostgresQuery,
                                       _ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        do {
            return try await client.withConnection { connection in
                try await connection.query(begin, logger: logger)
                do {
                    let result = try await body(connection)
                    try await connection.query("COMMIT", logger: logger)
                    return result
                } catch {
                    await Self.rollBack(connection, after: error, logger: logger)
                    throw error
                }
            }
        } catch {
            throw PostgresStoreError.mapping(error, url: url)
        }
    }

    /// Rolls back the transaction open on `connection` after `error`, unless the
    /// error says the connection is gone: the server ends a lost session's
    /// transaction itself, and a statement sent on a connection that is closing
    /// may never be answered (a `ROLLBACK` there waited forever when a proxy cut
    /// the connection mid-import on a loaded machine).
    static func rollBack(_ connection: PostgresConnection, after error: any Error, logger: Logger) async {
        guard !connection.isClosed, !isConnectionLost(error) else { return }
        _ = try? await connection.query("ROLLBACK", logger: logger)
    }

    /// Whether `error` is the connection closing or failing rather than a statement's refusal.
    static func isConnectionLost(_ error: any Error) -> Bool {
        guard let error = error as? PSQLError else { return false }
        return [.serverClosedConnection, .clientClosedConnection, .connectionError, .uncleanShutdown]
            .contains(error.code)
    }

    /// The startup parameters that put the store's schema first on the `search_path`.
    private static func startupParameters(schema: String?) -> [(String, String)] {
        guard let schema else { return [] }
        return [("search_path", PostgresSQL.identifier(schema))]
    }

    /// The pool's TLS for an `sslmode`, as libpq reads it: `prefer` and
    /// `require` encrypt without checking the server's certificate.
    private static func clientTLS(_ mode: PostgresURL.SSLMode) -> PostgresClient.Configuration.TLS {
        switch mode {
        case .disable: .disable
        case .prefer: .prefer(tlsConfiguration)
        case .require: .require(tlsConfiguration)
        }
    }

    /// A direct connection's TLS for an `sslmode` (as ``clientTLS(_:)``).
    private static func connectionTLS(_ mode: PostgresURL.SSLMode) throws -> PostgresConnection.Configuration.TLS {
        switch mode {
        case .disable: .disable
        case .prefer: .prefer(try NIOSSLContext(configuration: tlsConfiguration))
        case .require: .require(try NIOSSLContext(configuration: tlsConfiguration))
        }
    }

    /// TLS as libpq's `prefer` and `require` use it: encrypted, certificate not verified.
    private static var tlsConfiguration: TLSConfiguration {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.certificateVerification = .none
        return configuration
    }
}
