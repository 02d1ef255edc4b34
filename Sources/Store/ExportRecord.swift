/// A quote with everything needed to rebuild it in another workbench: the
/// record of DESIGN.md plus the claim's identity, the speaker's type and
/// aliases, every appearance with its source, and the audit trail.
///
/// ``jsonLine()`` writes it as one line of `export --format jsonl`; the
/// DESIGN.md fields come first, unchanged, and the extra fields follow.
public struct ExportRecord: Sendable, Equatable {
    /// The quote record of DESIGN.md.
    public var quote: QuoteRecord
    /// The claim's identity: the ``ClaimKey`` of the words as first found
    /// (a corrected ``QuoteRecord/text`` does not change it).
    public var claimKey: String
    /// The speaker's type (`person`, `group`, `organisation`, `document`, `anonymous`), if known.
    public var speakerType: String?
    /// The other names the speaker goes by, sorted.
    public var speakerAliases: [String]
    /// The SHA-256 of the source of the first appearance.
    public var sourceSHA256: String
    /// Every appearance, earliest first (import order, then position).
    public var appearances: [ExportAppearance]
    /// The audit trail, oldest first.
    public var history: [AuditEntry]

    /// Creates a record from its parts.
    public init(quote: QuoteRecord, claimKey: String, speakerType: String? = nil, speakerAliases: [String] = [],
                sourceSHA256: String, appearances: [ExportAppearance], history: [AuditEntry] = []) {
        self.quote = quote
        self.claimKey = claimKey
        self.speakerType = speakerType
        self.speakerAliases = speakerAliases
        self.sourceSHA256 = sourceSHA256
        self.appearances = appearances
        self.history = history
    }
}

/// One place a claim appears, with the source described in full.
public struct ExportAppearance: Sendable, Equatable {
    /// The source carrying the claim.
    public var source: ExportSource
    /// The index of the quote among the source's quotes.
    public var position: Int
    /// The paragraph index.
    public var paragraph: Int?
    /// The start offset (Unicode scalars) in ``context``.
    public var start: Int?
    /// The end offset in ``context``.
    public var end: Int?
    /// The paragraph text.
    public var context: String?

    /// Creates an appearance.
    public init(source: ExportSource, position: Int, paragraph: Int? = nil, start: Int? = nil, end: Int? = nil,
                context: String? = nil) {
        self.source = source
        self.position = position
        self.paragraph = paragraph
        self.start = start
        self.end = end
        self.context = context
    }
}

/// An imported document as exported: every column of the `source` table.
public struct ExportSource: Sendable, Equatable {
    /// The source's id in the exporting workbench (its import order there).
    public var id: Int64
    /// The SHA-256 of its bytes, lowercase hex; identifies it across workbenches.
    public var sha256: String
    /// The URL it was fetched from (or the page's own URL).
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
    /// Where its bytes were archived in the exporting workbench.
    public var archivePath: String?
    /// Where `export --with-archive` copied its archived bytes (the sidecar
    /// `<sha256>.json` beside them): relative to the export file's folder, or
    /// absolute. `nil` (and not written) in an export without the archive.
    public var archiveCopy: String?
    /// When it was imported (ISO 8601, UTC).
    public var importedAt: String
    /// The article's paragraphs; written only on the first line that mentions
    /// the source (`nil` on the others, to keep lines short).
    public var paragraphs: [String]?

    /// Creates a source description.
    public init(id: Int64, sha256: String, url: String? = nil, file: String? = nil, canonicalURL: String? = nil,
                title: String? = nil, site: String? = nil, authors: [String] = [], agency: String? = nil,
                publishedAt: String? = nil, language: String? = nil, kind: SourceKind = .article,
                isPrimary: Bool = false, byteCount: Int = 0, archivePath: String? = nil, archiveCopy: String? = nil,
                importedAt: String, paragraphs: [String]? = nil) {
        self.id = id
        self.sha256 = sha256
        self.url = url
        self.file = file
        self.canonicalURL = canonicalURL
        self.title = title
        self.site = site
        self.authors = authors
        self.agency = agency
        self.publishedAt = publishedAt
        self.language = language
        self.kind = kind
        self.isPrimary = isPrimary
        self.byteCount = byteCount
        self.archivePath = archivePath
        self.archiveCopy = archiveCopy
        self.importedAt = importedAt
        self.paragraphs = paragraphs
    }
}

extension AuditEntry {
    /// Creates an entry from its fields (for entries read from an export).
    public init(id: Int64, quoteID: Int64, at: String, who: String, field: String, oldValue: String?,
                newValue: String?, note: String?, changeID: Int64) {
        self.id = id
        self.quoteID = quoteID
        self.at = at
        self.who = who
        self.field = field
        self.oldValue = oldValue
        self.newValue = newValue
        self.note = note
        self.changeID = changeID
    }
}
