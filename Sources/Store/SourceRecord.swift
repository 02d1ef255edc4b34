import GRDB

/// An imported document as stored, with the number of quotes found in it.
public struct SourceRecord: Sendable, Equatable {
    /// The source's id, in import order.
    public var id: Int64
    /// The SHA-256 of its bytes, lowercase hex.
    public var sha256: String
    /// The URL it was fetched from.
    public var url: String?
    /// The path given on import.
    public var file: String?
    /// The page's canonical URL.
    public var canonicalURL: String?
    /// The headline.
    public var title: String?
    /// The publication's name.
    public var site: String?
    /// The byline.
    public var authors: [String]
    /// A wire agency credited.
    public var agency: String?
    /// The publication date as the page gives it.
    public var publishedAt: String?
    /// The page's language.
    public var language: String?
    /// Article or transcript.
    public var kind: SourceKind
    /// Whether it is a record of what was said.
    public var isPrimary: Bool
    /// Its size in bytes.
    public var byteCount: Int
    /// Where its bytes are archived.
    public var archivePath: String?
    /// When it was imported (ISO 8601, UTC).
    public var importedAt: String
    /// How many quotes (appearances) were found in it.
    public var quoteCount: Int
    /// When the source was removed (`sources remove`), `nil` while it is in use.
    public var removedAt: String?
    /// Who removed it, `nil` while it is in use.
    public var removedBy: String?

    /// Reads a source from a row of ``ClaimsStore/sources(removed:)``.
    init(row: Row) throws {
        id = row["id"]
        sha256 = row["sha256"]
        url = row["url"]
        file = row["file"]
        canonicalURL = row["canonical_url"]
        title = row["title"]
        site = row["site"]
        authors = try JSONText.decodeArray(row["authors"], column: "authors")
        agency = row["agency"]
        publishedAt = row["published_at"]
        language = row["language"]
        let kindText: String = row["kind"]
        guard let kind = SourceKind(rawValue: kindText) else {
            throw StoreError.corruptValue(column: "kind", value: kindText)
        }
        self.kind = kind
        isPrimary = row["is_primary"]
        byteCount = row["byte_count"]
        archivePath = row["archive_path"]
        importedAt = row["imported_at"]
        quoteCount = row["quote_count"]
        removedAt = row["removed_at"]
        removedBy = row["removed_by"]
    }
}
