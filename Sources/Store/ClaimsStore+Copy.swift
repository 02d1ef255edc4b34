import Foundation
import GRDB

extension ClaimsStore {
    /// The copied tables of this store that hold rows, with their counts: a
    /// store that a copy may fill has none.
    public func heldRows() throws -> [String: Int] {
        try writer.read { db in try Self.heldRows(db) }
    }

    /// The copied tables holding rows in `db`, with their counts.
    private static func heldRows(_ db: Database) throws -> [String: Int] {
        var held: [String: Int] = [:]
        for table in CopyTable.all {
            let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table.quotedName)") ?? 0
            if count > 0 { held[table.name] = count }
        }
        return held
    }

    /// Copies the whole of `source` into this store, which must be empty: every
    /// row of ``CopyTable/all`` with its id, in one transaction (the search
    /// indexes fill themselves through their triggers), then each source's
    /// archived bytes and sidecar into this workbench's `sources/archive/`.
    ///
    /// On any failure the transaction rolls back and the archive files this
    /// copy wrote are removed: the store is left empty. `progress` is called
    /// after each batch with the rows copied so far and the total.
    ///
    /// - Throws: ``StoreCopyError/notEmpty(_:_:)`` when this store holds rows.
    @discardableResult
    public func copy(from source: ClaimsStore, progress: (Int, Int) -> Void = { _, _ in }) throws -> CopyReport {
        let name = "'\(archiveDirectory?.deletingLastPathComponent().deletingLastPathComponent().path ?? writer.path)'"
        guard source.writer.path != writer.path else { throw StoreCopyError.sameStore(name) }
        let reader = try source.copyReader()
        let total = try reader.counts().values.reduce(0, +)
        var written: [URL] = []
        do {
            return try writer.write { db in
                let held = try Self.heldRows(db)
                guard held.isEmpty else { throw StoreCopyError.notEmpty(name, held) }
                // A claim's `merged_into` may name a later claim: references are checked at commit.
                try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
                var report = CopyReport()
                var done = 0
                for table in CopyTable.all {
                    let placeholders = Array(repeating: "?", count: table.columns.count).joined(separator: ", ")
                    let insert = try db.makeStatement(
                        sql: "INSERT INTO \(table.quotedName) (\(table.columnList)) VALUES (\(placeholders))")
                    var copied = 0
                    try reader.forEachBatch(of: table) { rows in
                        for row in rows {
                            try insert.execute(arguments: StatementArguments(row.map(\.databaseValue)))
                        }
                        copied += rows.count
                        done += rows.count
                        progress(done, total)
                    }
                    report.rows[table.name] = copied
                }
                try copyDocuments(from: source, reader: reader, into: &report, written: &written)
                return report
            }
        } catch {
            for file in written { try? FileManager.default.removeItem(at: file) }
            throw error
        }
    }

    /// Writes each copied source's archived bytes and sidecar into this
    /// workbench's archive (a file already there with the same bytes is kept),
    /// naming in `written` every file written.
    private func copyDocuments(from source: ClaimsStore, reader: CopyReader, into report: inout CopyReport,
                               written: inout [URL]) throws {
        guard let directory = archiveDirectory else { return }
        try reader.forEachBatch(of: CopyTable.source) { rows in
            for sha256 in CopyTable.sourceHashes(in: rows) {
                guard let document = try source.documentToCopy(sha256, noting: &report) else { continue }
                try place(document.bytes, at: directory.appendingPathComponent(document.fileName), written: &written)
                if let sidecar = document.sidecar {
                    try place(sidecar, at: directory.appendingPathComponent(sha256 + ".json"), written: &written)
                }
                report.documents += 1
            }
        }
    }

    /// The archived document of the copied source `sha256`; `nil` when the
    /// workbench has none, noted in `report` when its bytes have gone missing.
    package func documentToCopy(_ sha256: String, noting report: inout CopyReport) throws -> ArchivedDocument? {
        do {
            return try archivedDocument(sha256: sha256)
        } catch ArchivedFileError.missing {
            report.missingDocuments.append(sha256)
            return nil
        }
    }

    /// Writes `bytes` at `url` unless the same bytes are there, naming a written file in `written`.
    private func place(_ bytes: [UInt8], at url: URL, written: inout [URL]) throws {
        let fm = FileManager.default
        if fm.fileExists(atPath: url.path), (try? Data(contentsOf: url)) == Data(bytes) { return }
        do {
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url, options: .atomic)
        } catch {
            throw ArchivedFileError.unwritable(url.path, (error as NSError).localizedFailureReason ?? error.localizedDescription)
        }
        written.append(url)
    }
}
