import Foundation
import GRDB

/// The claims store of a workbench: sources, speakers, claims, appearances and
/// the audit trail, kept in one SQLite database.
///
/// Every SQL statement of the project lives in this module; callers ask in
/// domain words (``quotes(matching:)``, ``recordVerdict(quoteID:change:reviewer:at:)``).
/// The store is `Sendable`: GRDB serialises writes and lets reads run beside them.
public final class ClaimsStore: Sendable {
    /// The database connection (a pool for files, a queue in memory).
    let writer: any DatabaseWriter

    /// Opens (or creates) the store at `path` and brings its schema up to date.
    ///
    /// The parent directory must exist. The database runs in WAL mode and waits
    /// up to five seconds for a lock held by another process.
    public convenience init(path: String) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        let pool = try DatabasePool(path: path, configuration: configuration)
        // A store with migrations this version does not know is left untouched.
        if try pool.read({ db in try Schema.migrator.hasBeenSuperseded(db) }) {
            throw StoreError.newerSchema(path)
        }
        try self.init(writer: pool)
    }

    /// Opens a fresh store that lives in memory only (for tests and dry runs).
    public static func inMemory() throws -> ClaimsStore {
        try ClaimsStore(writer: DatabaseQueue())
    }

    /// Wraps a GRDB writer and runs the migrations.
    init(writer: any DatabaseWriter) throws {
        self.writer = writer
        try Schema.migrator.migrate(writer)
    }
}
