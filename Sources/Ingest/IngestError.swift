import Foundation

/// What can go wrong with one input of an import.
public enum IngestError: LocalizedError, Equatable {
    /// The path names nothing.
    case notFound(String)
    /// The file could not be read.
    case unreadable(String, String)
    /// The input is larger than `--max-bytes`.
    case tooLarge(String, bytes: Int, limit: Int)
    /// The input is empty.
    case empty(String)
    /// The input is not an HTML or XML document.
    case notADocument(String, String)
    /// The input could not be parsed.
    case unparsable(String, String)
    /// URLs are fetched by a later version (issue 5).
    case unsupportedURL(String)
    /// The archive under `sources/archive/` could not be written.
    case archive(String, String)

    public var errorDescription: String? {
        switch self {
        case .notFound(let p): return "cannot read '\(p)': no such file or folder"
        case .unreadable(let p, let why): return "cannot read '\(p)': \(why)"
        case .tooLarge(let p, let bytes, let limit): return "cannot import '\(p)': \(bytes) bytes is over the limit of \(limit) (--max-bytes)"
        case .empty(let p): return "cannot import '\(p)': file is empty"
        case .notADocument(let p, let what): return "cannot import '\(p)': not an HTML or XML document (\(what))"
        case .unparsable(let p, let why): return "cannot import '\(p)': \(why)"
        case .unsupportedURL(let u): return "cannot import '\(u)': fetching URLs is not supported yet; save the page and import the file"
        case .archive(let p, let why): return "cannot archive '\(p)': \(why)"
        }
    }
}
