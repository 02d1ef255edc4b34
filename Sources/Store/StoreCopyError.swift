import Foundation

/// Why `copy --to` refused or stopped; the target was left as it was.
public enum StoreCopyError: LocalizedError, Equatable, Sendable {
    /// The target store (its name, a PostgreSQL store without its password)
    /// already holds rows (the tables holding some, with their counts).
    case notEmpty(String, [String: Int])
    /// The target store is the store copied.
    case sameStore(String)

    /// A message that names the target and the problem.
    public var errorDescription: String? {
        switch self {
        case .notEmpty(let store, let tables):
            let held = tables.sorted { $0.key < $1.key }.map { "\($0.value) in \($0.key)" }.joined(separator: ", ")
            return "cannot copy into \(store): it is not empty (\(held)); copy --to fills an empty store only"
        case .sameStore(let store):
            return "cannot copy \(store) into itself"
        }
    }
}

/// What a copy moved.
public struct CopyReport: Sendable, Equatable {
    /// The rows copied, by table.
    public var rows: [String: Int] = [:]
    /// The archived documents copied (bytes and sidecar).
    public var documents = 0
    /// The SHA-256 of each source whose archived bytes the copied store did not have.
    public var missingDocuments: [String] = []

    /// An empty report.
    public init() {}

    /// All the rows copied.
    public var totalRows: Int { rows.values.reduce(0, +) }
}
