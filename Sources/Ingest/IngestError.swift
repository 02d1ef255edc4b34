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
    /// A URL was given where only files are read (`extract`).
    case unsupportedURL(String)
    /// The archive under `sources/archive/` could not be written or read.
    case archive(String, String)
    /// The argument is a URL whose scheme is not http or https (the scheme).
    case unsupportedScheme(String, String)
    /// The text is not a URL that can be fetched.
    case invalidURL(String)
    /// The redirects lead back to a URL already visited.
    case redirectLoop(String)
    /// More redirects than allowed (the limit).
    case tooManyRedirects(String, limit: Int)
    /// The server answered with an error status (code, reason phrase).
    case httpStatus(String, status: Int, reason: String)
    /// A redirect that cannot be followed (the status and its Location, if any).
    case unfollowableRedirect(String, status: Int, location: String?)
    /// The body is not HTML or XML, as its `Content-Type` says (in words).
    case notMarkup(String, String)
    /// No complete response within `--timeout` (seconds).
    case timedOut(String, seconds: Double)
    /// The body went past `--max-bytes`.
    case bodyTooLarge(String, limit: Int)
    /// The connection failed (why).
    case network(String, String)
    /// `--offline`, and no fetch of the URL is recorded in the archive.
    case notArchived(String)

    public var errorDescription: String? {
        switch self {
        case .notFound(let p): return "cannot read '\(p)': no such file or folder"
        case .unreadable(let p, let why): return "cannot read '\(p)': \(why)"
        case .tooLarge(let p, let bytes, let limit): return "cannot import '\(p)': \(bytes) bytes is over the limit of \(limit) (--max-bytes)"
        case .empty(let p): return "cannot import '\(p)': file is empty"
        case .notADocument(let p, let what): return "cannot import '\(p)': not an HTML or XML document (\(what))"
        case .unparsable(let p, let why): return "cannot import '\(p)': \(why)"
        case .unsupportedURL(let u): return "cannot read '\(u)': a URL; fetch it with 'quotecheck import \(u)', or save the page and give the file"
        case .archive(let p, let why): return "cannot archive '\(p)': \(why)"
        case .unsupportedScheme(let u, let scheme):
            return "cannot import '\(u)': the scheme '\(scheme)' is not supported; give an http or https URL, a file or a folder"
        case .invalidURL(let u): return "cannot fetch '\(u)': not a valid http or https URL"
        case .redirectLoop(let u): return "cannot fetch '\(u)': the redirects go round in a loop"
        case .tooManyRedirects(let u, let limit): return "cannot fetch '\(u)': more than \(limit) redirects"
        case .httpStatus(let u, let status, let reason): return "cannot fetch '\(u)': the server answered HTTP \(status) \(reason)"
        case .unfollowableRedirect(let u, let status, let location):
            return "cannot fetch '\(u)': HTTP \(status) redirects to \(location.map { "'\($0)', which is not an http or https URL" } ?? "nowhere (no Location header)")"
        case .notMarkup(let u, let what): return "cannot import '\(u)': it is \(what), not an HTML or XML document"
        case .timedOut(let u, let seconds):
            return "cannot fetch '\(u)': no complete response within \(seconds.formatted(.number.precision(.fractionLength(0...3)))) seconds (--timeout)"
        case .bodyTooLarge(let u, let limit): return "cannot fetch '\(u)': the body is over the limit of \(limit) bytes (--max-bytes)"
        case .network(let u, let why): return "cannot fetch '\(u)': \(why)"
        case .notArchived(let u):
            return "cannot import '\(u)' offline: no fetch of it is recorded in the archive; run without --offline to fetch it"
        }
    }
}
