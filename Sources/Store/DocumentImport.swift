import Model

/// One document of a batch given to ``ClaimsStore/importSources(_:)``: what
/// ``ClaimsStore/importSource(_:article:quotes:)`` takes, and the fetch that
/// brought the document, if it was fetched.
public struct DocumentImport: Sendable {
    /// The document's identity and provenance.
    public var source: NewSource
    /// Its article (metadata and main text).
    public var article: Article
    /// Its quotes, in the order they stand in the text.
    public var quotes: [Quote]
    /// The fetch to record with it (also when its bytes were imported before).
    public var fetch: SourceFetch?

    /// A document to import, with the fetch that brought it.
    public init(source: NewSource, article: Article, quotes: [Quote], fetch: SourceFetch? = nil) {
        self.source = source
        self.article = article
        self.quotes = quotes
        self.fetch = fetch
    }
}
