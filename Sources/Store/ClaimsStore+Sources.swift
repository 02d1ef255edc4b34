import GRDB

extension ClaimsStore {
    /// The columns read by ``SourceRecord``.
    private static let sourceSelection = """
        SELECT src.id, src.sha256, src.url, src.file, src.canonical_url, src.title, src.site, src.authors,
            src.agency, src.published_at, src.language, src.kind, src.is_primary, src.byte_count,
            src.archive_path, src.imported_at,
            (SELECT COUNT(*) FROM appearance a WHERE a.source_id = src.id) AS quote_count
        FROM source src
        """

    /// Every imported document, in import order.
    public func sources() throws -> [SourceRecord] {
        try writer.read { db in
            try Row.fetchAll(db, sql: Self.sourceSelection + " ORDER BY src.id").map(SourceRecord.init(row:))
        }
    }

    /// The source with this id, or `nil`.
    public func source(id: Int64) throws -> SourceRecord? {
        try writer.read { db in
            try Row.fetchOne(db, sql: Self.sourceSelection + " WHERE src.id = ?", arguments: [id])
                .map(SourceRecord.init(row:))
        }
    }

    /// The paragraphs of the source's article, in reading order.
    public func paragraphs(ofSource id: Int64) throws -> [String] {
        try writer.read { db in
            guard let text = try String.fetchOne(db, sql: "SELECT paragraphs FROM source WHERE id = ?",
                                                 arguments: [id]) else { throw StoreError.noSource(id) }
            return try JSONText.decodeArray(text, column: "paragraphs")
        }
    }
}
