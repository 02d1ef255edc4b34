import Foundation

/// What `import` cannot do yet on a store reached through the protocol alone (a PostgreSQL store).
public enum DatabaseImportError: LocalizedError, Equatable {
    /// A workbench export (`.jsonl`) named: merging one needs the workbench's own store.
    case exportMerge(String)

    public var errorDescription: String? {
        switch self {
        case .exportMerge(let name):
            "\(name): merging a workbench export is not available on a PostgreSQL store yet"
        }
    }
}
