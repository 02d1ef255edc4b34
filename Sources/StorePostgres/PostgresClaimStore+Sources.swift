import PostgresNIO
import Store

extension PostgresClaimStore {
    /// The imported documents in use (or, with `removed`, only the removed ones), in import order:
    /// ``Store/ClaimsStore/sources(removed:)``. A removed source's quote count is the number it had
    /// when it was removed.
    public func sources(removed: Bool = false) async throws -> [SourceRecord] {
        try await read { connection in
            let condition = removed ? "src.removed_at IS NOT NULL" : "src.removed_at IS NULL"
            return try await connection.rows(
                PostgresQuery(unsafeSQL: SourceRows.selection + " WHERE \(condition) ORDER BY src.id"),
                logger: logger).map(SourceRows.record)
        }
    }

    /// The source with this id, or `nil`.
    public func source(id: Int64) async throws -> SourceRecord? {
        try await read { connection in
            var statement = StatementBuilder()
            let sql = SourceRows.selection + " WHERE src.id = \(statement.bind(id))"
            return try await connection.rows(statement.query(sql), logger: logger).first.map(SourceRows.record)
        }
    }

    /// The paragraphs of the source's article, in reading order;
    /// ``Store/StoreError/noSource(_:)`` for an unknown id.
    public func paragraphs(ofSource id: Int64) async throws -> [String] {
        try await read { connection in
            guard let text = try await connection.value("SELECT paragraphs FROM source WHERE id = \(id)",
                                                        as: String.self, logger: logger) else {
                throw StoreError.noSource(id)
            }
            return try StoreRules.decodeArray(text, column: "paragraphs")
        }
    }

    /// The site names stored on sources that equal `name` ignoring case (any script, compared
    /// in Swift as the SQLite store does), in byte order; empty when no source comes from such a site.
    public func siteNames(matching name: String) async throws -> [String] {
        try await read { connection in
            try await SourceRows.siteNames(matching: name, on: connection, logger: logger)
        }
    }
}

/// The SQL of sources on PostgreSQL (the SQLite store's `sourceSelection` and `SiteSQL`).
enum SourceRows {
    /// The columns of a ``Store/SourceRecord``, in the order ``record(_:)`` reads them.
    static let selection = """
        SELECT src.id, src.sha256, src.url, src.file, src.canonical_url, src.title, src.site, src.authors,
            src.agency, src.published_at, src.language, src.kind, src.is_primary, src.byte_count,
            src.archive_path, src.imported_at, src.removed_at, src.removed_by,
            (SELECT COUNT(*) FROM appearance a WHERE a.source_id = src.id)
                + (SELECT COUNT(*) FROM removed_appearance r WHERE r.source_id = src.id) AS quote_count
        FROM source src
        """

    /// Reads a source from a row of ``selection``.
    static func record(_ row: PostgresRandomAccessRow) throws -> SourceRecord {
        func text(_ index: Int) throws -> String? { try row[index].decode(String?.self) }
        return try SourceRecord(
            id: try row[0].decode(Int64.self), sha256: try row[1].decode(String.self), url: try text(2),
            file: try text(3), canonicalURL: try text(4), title: try text(5), site: try text(6),
            authors: try row[7].decode(String.self), agency: try text(8), publishedAt: try text(9),
            language: try text(10), kind: try row[11].decode(String.self), isPrimary: try row[12].decode(Bool.self),
            byteCount: Int(try row[13].decode(Int64.self)), archivePath: try text(14),
            importedAt: try row[15].decode(String.self), quoteCount: Int(try row[18].decode(Int64.self)),
            removedAt: try text(16), removedBy: try text(17))
    }

    /// The distinct stored site names equal to `name` ignoring case, in byte order (SQLite's `BINARY`).
    static func siteNames(matching name: String, on connection: PostgresConnection,
                          logger: Logger) async throws -> [String] {
        let wanted = name.lowercased()
        return try await connection.rows(PostgresQuery(unsafeSQL: """
            SELECT DISTINCT site \(PostgresDialect.bytewise) AS site FROM source WHERE site IS NOT NULL ORDER BY 1
            """), logger: logger).map { try $0[0].decode(String.self) }.filter { $0.lowercased() == wanted }
    }
}
