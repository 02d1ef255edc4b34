/// An XML document (a feed or a transcript) parsed with no network access,
/// no DTD loading and no entity expansion, held as Swift values.
///
/// Entity references other than the five predefined ones are dropped, not
/// expanded, so entity bombs stay small and external entities never read a file.
public struct XMLTree: Sendable {
    /// The largest input accepted, in bytes.
    public static let maximumBytes = 256 << 20

    /// The document element.
    public let root: Element
    /// The character set the bytes were decoded with.
    public let charset: String

    /// Parses `bytes` as XML.
    public init(parsing bytes: [UInt8], charset: String? = nil, url: String? = nil) throws {
        guard !bytes.isEmpty else { throw MarkupError.empty }
        guard bytes.count <= Self.maximumBytes else {
            throw MarkupError.tooLarge(bytes: bytes.count, limit: Self.maximumBytes)
        }
        let decoded = try Charset.decode(bytes, header: charset)
        let utf8 = Array(decoded.text.utf8).filter { $0 != 0 }
        let result = LibXML2Parser.parseXML(utf8: utf8, url: url)
        guard let root = result.root else { throw MarkupError.unparsable("not well-formed XML") }
        self.root = root
        self.charset = decoded.charset
    }
}
