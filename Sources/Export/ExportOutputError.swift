import Foundation

/// Why an export could not write its output.
public enum ExportOutputError: LocalizedError, Equatable, Sendable {
    /// The reading end of the pipe was closed (`export | head -1`): the reader
    /// has what it wanted, and the export stops reading the store.
    case closed(String)
    /// The output could not be opened: its name and why.
    case cannotOpen(String, String)
    /// A write failed (a full disk, an I/O error): the output's name and why.
    case failed(String, String)

    /// A message that names the output and the problem.
    public var errorDescription: String? {
        switch self {
        case .closed(let name): "cannot write to \(name): the reader closed it"
        case .cannotOpen(let name, let why), .failed(let name, let why): "cannot write '\(name)': \(why)"
        }
    }
}
