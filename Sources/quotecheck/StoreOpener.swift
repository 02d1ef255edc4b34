import Foundation
import Store
import StorePostgres

/// Which store a command works on: the workbench's SQLite store, or the
/// PostgreSQL store that `--database URL` (else `QUOTECHECK_DATABASE`) names.
extension GlobalOptions {
    /// The PostgreSQL store named by `--database`, else by `QUOTECHECK_DATABASE`;
    /// `nil` for the workbench's SQLite store. A URL that does not parse is a
    /// usage error (exit 64) naming the flag or the variable, never the password.
    func databaseURL() throws -> PostgresURL? {
        if let database {
            do {
                return try PostgresURL(database)
            } catch {
                throw UsageFailure("--database: \(error)")
            }
        }
        guard let text = ProcessInfo.processInfo.environment["QUOTECHECK_DATABASE"], !text.isEmpty else {
            return nil
        }
        do {
            return try PostgresURL(text)
        } catch {
            throw UsageFailure("QUOTECHECK_DATABASE: \(error)")
        }
    }

    /// Runs `body` on the store the options name, through the protocol, and closes it.
    ///
    /// Without `--database` this is the workbench's SQLite store exactly as
    /// ``openStore(creating:)`` opens it (`creating` only for `import`). With
    /// it, the PostgreSQL store is opened (one direct connection first, so that
    /// a server that cannot be reached or refuses is told at once, naming host,
    /// port and database but not the password) and migrated.
    func withStore<Value>(creating: Bool = false,
                          _ body: (any ClaimStore) async throws -> Value) async throws -> Value {
        guard let url = try databaseURL() else {
            return try await body(try openSQLiteStore(creating: creating))
        }
        let store = try await PostgresClaimStore.open(url)
        do {
            let value = try await body(store)
            await store.close()
            return value
        } catch {
            await store.close()
            throw error
        }
    }
}
