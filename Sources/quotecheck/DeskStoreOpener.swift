import Foundation
import Server
import Store
import StorePostgres

/// The store of `users` and `serve`: quotes and accounts, on the backend `--database` names.
extension GlobalOptions {
    /// Runs `body` on the desk's store (``Server/DeskStore``) and closes it: the workbench's
    /// SQLite store without `--database`, else the PostgreSQL store it names, opened and
    /// migrated as ``withStore(creating:_:)`` opens it (a server that cannot be reached is
    /// told at once, without the password), so that a team shares its accounts there.
    func withDeskStore<Value>(_ body: (DeskStore) async throws -> Value) async throws -> Value {
        guard let url = try databaseURL() else {
            return try await body(try openSQLiteStore(creating: false))
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
