import PostgresNIO

extension PostgresClaimStore {
    /// Drops the store's schema with everything in it, then closes the store:
    /// for the scratch stores of tests and benchmarks, never a user's store
    /// (the command line has no way to call it). A store in the default
    /// `search_path` (no ``schema``) is only closed.
    package func dropSchemaAndClose() async throws {
        if let schema {
            try await withDirectConnection { connection in
                _ = try await connection.query(PostgresQuery(unsafeSQL: "DROP SCHEMA \(PostgresSQL.identifier(schema)) CASCADE"),
                                               logger: logger)
            }
        }
        await close()
    }
}
