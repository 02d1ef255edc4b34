import Foundation

/// What can go wrong copying archived documents to a backup folder or back
/// (`export --with-archive DIR`, `import` of that export).
public enum ArchiveCopyError: LocalizedError, Equatable, Sendable {
    /// The file does not hold the bytes its name promises (path, SHA-256 expected, found).
    case mismatch(String, expected: String, found: String)
    /// The file exists with other contents, and is not overwritten.
    case conflict(String)
    /// The export names a copy that is not there.
    case missing(String)
    /// The file or folder could not be read or written (path, why).
    case failed(String, String)

    /// A message that names the file and what to do.
    public var errorDescription: String? {
        switch self {
        case .mismatch(let path, let expected, let found):
            "'\(path)' is not the archived document it stands for: its SHA-256 is \(found), not \(expected)"
        case .conflict(let path):
            "'\(path)' already exists with other contents; it is not overwritten (move it away, or choose another folder)"
        case .missing(let path):
            "'\(path)' is named by the export but is not there (copy the export's archive folder with it)"
        case .failed(let path, let why):
            "cannot copy '\(path)': \(why)"
        }
    }
}
