import Foundation

/// Why a known source's archived bytes cannot be read, or a copy of them written.
public enum ArchivedFileError: LocalizedError, Equatable, Sendable {
    /// The store knows the source (its SHA-256) but holds no archived bytes for
    /// it here (the file is gone from `sources/archive/`, or was never written).
    case missing(String)
    /// The archived file (its path) cannot be read: why.
    case unreadable(String, String)
    /// The archived file (its path) cannot be written: why.
    case unwritable(String, String)

    /// A message that names the document and the problem.
    public var errorDescription: String? {
        switch self {
        case .missing(let sha256): "the source \(sha256) has no archived bytes in this store"
        case .unreadable(let path, let why): "cannot read the archived file '\(path)': \(why)"
        case .unwritable(let path, let why): "cannot write the archived file '\(path)': \(why)"
        }
    }
}
