import PostgresNIO
import Store

extension PostgresClaimStore {
    /// The copied tables of this store that hold rows, with their counts: a
    /// store that a copy may fill has none.
    public func heldRows() async throws -> [String: Int] {
        try await read { connection in try await heldRows(on: connection) }
    }

    /// The copied tables holding rows, read on `connection`.
    private func heldRows(on connection: PostgresConnection) async throws -> [String: Int] {
        var held: [String: Int] = [:]
        for table in CopyTable.all {
            let count = try await connection.value(PostgresQuery(unsafeSQL: "SELECT COUNT(*) FROM \(table.quotedName)"),
                                                   as: Int64.self, logger: logger) ?? 0
            if count > 0 { held[table.name] = Int(count) }
        }
        return held
    }

    /// Copies the whole of the SQLite store `source` into this store, which
    /// must be empty, in one transaction: every row of ``Store/CopyTable/all``
    /// with its id (one ``PostgresDialect/bulkLoad`` per table), the numbering
    /// of ids and change ids continued after the largest copied
    /// (``PostgresDialect/continueNumbering(of:)``), then each source's
    /// archived bytes and sidecar into `archived_document`.
    ///
    /// The source table is locked first (`SHARE ROW EXCLUSIVE`), so that an
    /// import or a second copy waits for this one and finds the store full.
    /// Any failure rolls everything back: the store is left empty.
    /// `progress` is called after each batch with the rows copied so far and the total.
    ///
    /// - Throws: ``Store/StoreCopyError/notEmpty(_:_:)`` when this store holds rows.
    @discardableResult
    public func copy(from source: ClaimsStore, progress: (Int, Int) -> Void = { _, _ in }) async throws -> CopyReport {
        let reader = try source.copyReader()
        let total = try reader.counts().values.reduce(0, +)
        return try await transaction { connection in
            try await connection.run("LOCK TABLE source IN SHARE ROW EXCLUSIVE MODE", logger: logger)
            let held = try await heldRows(on: connection)
            guard held.isEmpty else { throw StoreCopyError.notEmpty(url.description, held) }
            var report = CopyReport()
            var done = 0
            for table in CopyTable.all {
                var copied = 0
                try await connection.copyFrom(table: table.name, columns: table.columns.map(\.name), logger: logger) { writer in
                    try await reader.forEachBatch(of: table) { rows in
                        var buffer = ByteBuffer()
                        for row in rows { PostgresCopyText.append(row, of: table.columns, to: &buffer) }
                        try await writer.write(buffer)
                        copied += rows.count
                        done += rows.count
                        progress(done, total)
                    }
                }
                report.rows[table.name] = copied
                if table.hasID {
                    try await connection.run(PostgresQuery(unsafeSQL: PostgresDialect.continueNumbering(of: table.quotedName)),
                                             logger: logger)
                }
            }
            try await connection.run(PostgresQuery(unsafeSQL: PostgresDialect.continueChangeNumbering), logger: logger)
            try await copyDocuments(from: source, reader: reader, into: &report, on: connection)
            return report
        }
    }

    /// Stores each copied source's archived bytes and sidecar, noting in the
    /// report the sources whose bytes the SQLite workbench does not have.
    private func copyDocuments(from source: ClaimsStore, reader: CopyReader, into report: inout CopyReport,
                               on connection: PostgresConnection) async throws {
        try await reader.forEachBatch(of: CopyTable.source) { rows in
            for sha256 in CopyTable.sourceHashes(in: rows) {
                guard let document = try source.documentToCopy(sha256, noting: &report) else { continue }
                try await storeDocument(document, on: connection)
                report.documents += 1
            }
        }
    }
}
