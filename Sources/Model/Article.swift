/// The article layer of a page: its metadata and the paragraphs of its body.
///
/// Produced by `ArticleExtractor` (module Extract) from a parsed page; everything here is a
/// plain Swift value, so it can be stored, compared and printed freely.
public struct Article: Sendable, Equatable, Codable {
    /// The URL the page was fetched from, if any.
    public var url: String?
    /// The page's own canonical URL (`<link rel=canonical>`, `og:url`, JSON-LD).
    public var canonicalURL: String?
    /// The headline as shown, without the site suffix.
    public var title: String?
    /// The publication's name.
    public var site: String?
    /// The people in the byline.
    public var authors: [String]
    /// A wire agency credited in the byline (AP, Reuters, AFP…), if any.
    public var agency: String?
    /// The publication date: ISO 8601 with the page's UTC offset, or a bare `YYYY-MM-DD`.
    public var publishedAt: String?
    /// When the page says it was last updated, if that is after the publication
    /// date: ISO 8601 or a bare `YYYY-MM-DD`. Weekdays in the text may name a day
    /// up to this one ("posted on Twitter Tuesday" in a story from late Monday).
    public var updatedAt: String?
    /// The page's language (BCP 47), if declared.
    public var language: String?
    /// The paragraphs of the body, in reading order, white space folded.
    public var paragraphs: [String]

    /// Creates an article from its parts.
    public init(url: String? = nil, canonicalURL: String? = nil, title: String? = nil,
                site: String? = nil, authors: [String] = [], agency: String? = nil,
                publishedAt: String? = nil, updatedAt: String? = nil, language: String? = nil, paragraphs: [String] = []) {
        self.url = url
        self.canonicalURL = canonicalURL
        self.title = title
        self.site = site
        self.authors = authors
        self.agency = agency
        self.publishedAt = publishedAt
        self.updatedAt = updatedAt
        self.language = language
        self.paragraphs = paragraphs
    }

    /// The day of the last update (`YYYY-MM-DD`), if the page gives one after publication.
    public var updateDay: String? {
        guard let updatedAt, updatedAt.count >= 10 else { return nil }
        return String(updatedAt.prefix(10))
    }

    /// The publication day (`YYYY-MM-DD`) as the page shows it, if known.
    public var publicationDay: String? {
        guard let publishedAt, publishedAt.count >= 10 else { return nil }
        return String(publishedAt.prefix(10))
    }
}
