import Foundation

/// A document about to be imported: what the importer knows beyond the article itself.
public struct NewSource: Sendable, Equatable {
    /// The SHA-256 of the document's bytes, lowercase hex; identifies the source.
    public var sha256: String
    /// The URL it was fetched from, if any.
    public var url: String?
    /// The path given on import, if it came from a file.
    public var file: String?
    /// Article or transcript.
    public var kind: SourceKind
    /// Whether it is a record of what was said (transcript, statement).
    public var isPrimary: Bool
    /// The size of the document in bytes.
    public var byteCount: Int
    /// Where the archived bytes are, relative to the workbench.
    public var archivePath: String?
    /// When it was imported.
    public var importedAt: Date
    /// The archived bytes and sidecar, for a store that keeps them itself (the
    /// PostgreSQL store, in the import's transaction); `nil` when they are
    /// archived beside the store (the SQLite workbench's `sources/archive/`).
    public var document: ArchivedDocument?

    /// Creates the description of a document to import.
    public init(sha256: String, url: String? = nil, file: String? = nil, kind: SourceKind = .article,
                isPrimary: Bool = false, byteCount: Int, archivePath: String? = nil,
                importedAt: Date = Date(), document: ArchivedDocument? = nil) {
        self.sha256 = sha256
        self.url = url
        self.file = file
        self.kind = kind
        self.isPrimary = isPrimary
        self.byteCount = byteCount
        self.archivePath = archivePath
        self.importedAt = importedAt
        self.document = document
    }
}
