import Foundation

/// What `import` cannot do yet on a store reached through the protocol alone (a PostgreSQL store),
/// and how storing a document there failed.
public enum DatabaseImportError: LocalizedError, Equatable {
    /// A workbench export (`.jsonl`) named: merging one needs the workbench's own store.
    case exportMerge(String)
    /// The store failed while storing the named input (its server went away or refused): the message says how.
    case store(String, String)

    public var errorDescription: String? {
        switch self {
        case .exportMerge(let name):
            "\(name): merging a workbench export is not available on a PostgreSQL store yet"
        case .store(let name, let message):
            "cannot store '\(name)': \(message)"
        }
    }
}
