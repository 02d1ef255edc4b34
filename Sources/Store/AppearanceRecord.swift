import GRDB

/// One place a claim appears: a source and the spot in it.
public struct AppearanceRecord: Sendable, Equatable {
    /// The source's id.
    public var sourceID: Int64
    /// The source's title.
    public var sourceTitle: String?
    /// The source's URL (fetched, else canonical).
    public var sourceURL: String?
    /// The source's path as given on import.
    public var sourceFile: String?
    /// The source's publication date.
    public var publishedAt: String?
    /// The index of the quote among the source's quotes.
    public var position: Int
    /// The paragraph index.
    public var paragraph: Int?
    /// The start offset (Unicode scalars) in the paragraph.
    public var start: Int?
    /// The end offset in the paragraph.
    public var end: Int?
    /// The paragraph text.
    public var context: String?

    /// Reads an appearance from a row of ``ClaimsStore/appearances(ofQuote:)``.
    init(row: Row) {
        sourceID = row["source_id"]
        sourceTitle = row["title"]
        sourceURL = row["url"]
        sourceFile = row["file"]
        publishedAt = row["published_at"]
        position = row["position"]
        paragraph = row["paragraph"]
        start = row["start"]
        end = row["end"]
        context = row["context"]
    }
}
