/// A paragraph of a source's archived main text found by its words
/// (`search --in sources`), with where they match.
public struct ParagraphHit: Sendable, Equatable {
    /// The source's id.
    public let sourceID: Int64
    /// The source's title.
    public let title: String?
    /// The source's site.
    public let site: String?
    /// The source's URL (fetched, else canonical).
    public let url: String?
    /// When the source was published, as stored (ISO 8601 or a bare day).
    public let publishedAt: String?
    /// The paragraph's place in the main text, counted from 0 (a quote's `paragraph`).
    public let paragraph: Int
    /// The paragraph's text.
    public let text: String
    /// The stretches of ``text`` that match the search, in order.
    public let matches: [Range<String.Index>]

    /// Creates a hit.
    public init(sourceID: Int64, title: String?, site: String?, url: String?, publishedAt: String?,
                paragraph: Int, text: String, matches: [Range<String.Index>]) {
        self.sourceID = sourceID
        self.title = title
        self.site = site
        self.url = url
        self.publishedAt = publishedAt
        self.paragraph = paragraph
        self.text = text
        self.matches = matches
    }

    /// The publication day (`YYYY-MM-DD`), or `nil` when the source has no date.
    public var publishedOn: String? {
        guard let publishedAt, publishedAt.count >= 10 else { return nil }
        return String(publishedAt.prefix(10))
    }
}
