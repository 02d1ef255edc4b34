#if canImport(Glibc)
import Glibc
#endif

/// An HTML page parsed by libxml2's HTML parser (recovering, no network),
/// held as Swift values.
///
/// The elements of `<style>` and `<script>` are kept with their attributes
/// but without their text (code no reader sees, often most of a page's
/// bytes), except scripts whose `type` names JSON: JSON-LD metadata stays.
/// Attributes that only carry data for the browser are kept, but their values
/// are emptied (except after markup too broken to tell where they stand):
/// `d`, `points`, `transform`, `src`, `srcset`, `sizes`, event handlers (`on…`)
/// and `data-` attributes other than `data-component` and `data-testid`.
public struct HTMLDocument: Sendable {
    /// The largest input accepted, in bytes.
    public static let maximumBytes = 256 << 20

    /// The `<html>` element.
    public let root: Element
    /// The character set the bytes were decoded with.
    public let charset: String
    /// What decided the character set.
    public let charsetEvidence: Charset.Evidence
    /// The page nested deeper than the parser's limit and its tail was lost.
    public let isTruncated: Bool

    /// Parses `bytes` as HTML.
    /// - Parameters:
    ///   - bytes: the page as received.
    ///   - charset: the charset label of an HTTP `Content-Type` header, if known.
    ///   - url: the page's URL, for resolving nothing but kept by libxml2.
    public init(parsing bytes: [UInt8], charset: String? = nil, url: String? = nil) throws {
        guard !bytes.isEmpty else { throw MarkupError.empty }
        guard bytes.count <= Self.maximumBytes else {
            throw MarkupError.tooLarge(bytes: bytes.count, limit: Self.maximumBytes)
        }
        let decoded = try Charset.decodeToUTF8(bytes, header: charset)
        try self.init(utf8: decoded.utf8, charset: decoded.charset, evidence: decoded.evidence, url: url)
    }

    /// Parses already decoded HTML text.
    public init(html text: String, url: String? = nil) throws {
        try self.init(utf8: Array(text.utf8), charset: "UTF-8", evidence: .declaration, url: url)
    }

    private init(utf8 bytes: [UInt8], charset: String, evidence: Charset.Evidence, url: String?) throws {
        // NUL bytes end C strings early inside libxml2: drop them.
        var utf8 = bytes
        // memchr scans for the NUL many bytes at a time; the page rarely has one.
        let hasNUL = utf8.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, 0, buffer.count) != nil
        }
        if hasNUL { utf8.removeAll { $0 == 0 } }
        guard utf8.contains(where: { $0 > 0x20 }) else { throw MarkupError.empty }
        let result = LibXML2Parser.parseHTML(utf8: utf8, url: url)
        guard let root = result.root else { throw MarkupError.unparsable("libxml2 returned no document") }
        self.root = root
        self.charset = charset
        self.charsetEvidence = evidence
        self.isTruncated = result.depthExceeded
    }
}
