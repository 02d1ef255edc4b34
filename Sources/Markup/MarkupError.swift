import Foundation

/// What can go wrong while reading a document's bytes.
public enum MarkupError: LocalizedError, Equatable {
    /// The input holds no bytes at all.
    case empty
    /// The bytes exceed the size the parser accepts.
    case tooLarge(bytes: Int, limit: Int)
    /// The bytes are not text in any character set (e.g. an image).
    case notText(String)
    /// The parser produced no document.
    case unparsable(String)
    /// A declared character set that this machine cannot decode.
    case unknownCharset(String)

    public var errorDescription: String? {
        switch self {
        case .empty: return "the document is empty"
        case .tooLarge(let bytes, let limit): return "the document is \(bytes) bytes, over the limit of \(limit)"
        case .notText(let why): return "the document is not text: \(why)"
        case .unparsable(let why): return "the document could not be parsed: \(why)"
        case .unknownCharset(let label): return "unknown character set '\(label)'"
        }
    }
}
