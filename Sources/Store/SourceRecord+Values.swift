extension SourceRecord {
    /// A source from the values a backend read, as stored: `authors` is the
    /// stored JSON list and `kind` its stored name
    /// (``StoreError/corruptValue(column:value:)`` when either is not readable).
    package init(id: Int64, sha256: String, url: String?, file: String?, canonicalURL: String?, title: String?,
                 site: String?, authors: String, agency: String?, publishedAt: String?, language: String?,
                 kind: String, isPrimary: Bool, byteCount: Int, archivePath: String?, importedAt: String,
                 quoteCount: Int, removedAt: String?, removedBy: String?) throws {
        guard let sourceKind = SourceKind(rawValue: kind) else {
            throw StoreError.corruptValue(column: "kind", value: kind)
        }
        self.id = id
        self.sha256 = sha256
        self.url = url
        self.file = file
        self.canonicalURL = canonicalURL
        self.title = title
        self.site = site
        self.authors = try JSONText.decodeArray(authors, column: "authors")
        self.agency = agency
        self.publishedAt = publishedAt
        self.language = language
        self.kind = sourceKind
        self.isPrimary = isPrimary
        self.byteCount = byteCount
        self.archivePath = archivePath
        self.importedAt = importedAt
        self.quoteCount = quoteCount
        self.removedAt = removedAt
        self.removedBy = removedBy
    }
}
