import PostgresNIO
import Store

extension PostgresClaimStore {
    /// Creates the schema (and the store's schema namespace, if named) or brings it up to date.
    ///
    /// Runs on a direct connection, in one transaction that first takes the
    /// advisory lock ``PostgresDialect/migrationLock`` of the schema the tables
    /// go in: a second process migrating the same store at once waits, then
    /// finds every migration applied; stores in other schemas of the database
    /// migrate without waiting for it. A store
    /// whose `schema_migrations` names a migration this version does not know
    /// is refused with ``Store/StoreError/newerSchema(_:)`` and left as it was.
    public func migrate() async throws {
        try await withDirectConnection { connection in
            try await connection.query("BEGIN", logger: logger)
            do {
                try await connection.run("""
                    SELECT pg_advisory_xact_lock(\(PostgresDialect.migrationLock), hashtext(COALESCE(\(schema)::text, current_schema())))
                    """, logger: logger)
                if let schema {
                    try await connection.run(
                        PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \(PostgresSQL.identifier(schema))"),
                        logger: logger)
                }
                try await connection.run(PostgresQuery(unsafeSQL: PostgresSchema.ledger), logger: logger)
                var applied: Set<String> = []
                for row in try await connection.rows("SELECT name FROM schema_migrations", logger: logger) {
                    applied.insert(try row[0].decode(String.self))
                }
                let known = Set(PostgresSchema.migrations.map(\.name))
                guard applied.isSubset(of: known) else { throw StoreError.newerSchema(url.description) }
                for migration in PostgresSchema.migrations where !applied.contains(migration.name) {
                    for statement in migration.statements {
                        try await connection.run(PostgresQuery(unsafeSQL: statement), logger: logger)
                    }
                    try await connection.run("INSERT INTO schema_migrations (name) VALUES (\(migration.name))",
                                             logger: logger)
                }
                try await connection.query("COMMIT", logger: logger)
            } catch {
                await Self.rollBack(connection, after: error, logger: logger)
                throw error
            }
        }
    }
}
