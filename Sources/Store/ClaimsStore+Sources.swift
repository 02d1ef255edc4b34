import GRDB

extension ClaimsStore {
    /// The columns read by ``SourceRecord``.
    private static let sourceSelection = """
        SELECT src.id, src.sha256, src.url, src.file, src.canonical_url, src.title, src.site, src.authors,
            src.agency, src.published_at, src.language, src.kind, src.is_primary, src.byte_count,
            src.archive_path, src.imported_at, src.removed_at, src.removed_by,
            (SELECT COUNT(*) FROM appearance a WHERE a.source_id = src.id)
                + (SELECT COUNT(*) FROM removed_appearance r WHERE r.source_id = src.id) AS quote_count
        FROM source src
        """

    /// The imported documents in use (or, with `removed`, only the removed ones), in import order.
    ///
    /// A removed source's quote count is the number it had when it was removed.
    public func sources(removed: Bool = false) throws -> [SourceRecord] {
        try writer.read { db in
            let condition = removed ? "src.removed_at IS NOT NULL" : "src.removed_at IS NULL"
            return try Row.fetchAll(db, sql: Self.sourceSelection + " WHERE \(condition) ORDER BY src.id")
                .map(SourceRecord.init(row:))
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
