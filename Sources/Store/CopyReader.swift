import GRDB

/// Every copied table of a SQLite store, read in batches from one snapshot, so
/// that a copy sees the store as it was when the copy began even while other
/// processes write to it.
package struct CopyReader: Sendable {
    /// Rows per batch.
    package static let batchSize = 1000
    /// The snapshot (or, for a store in memory, the store itself).
    private let reader: any DatabaseReader

    /// A reading of `reader`.
    init(reader: any DatabaseReader) {
        self.reader = reader
    }

    /// The number of rows of each copied table.
    package func counts() throws -> [String: Int] {
        try reader.read { db in
            var counts: [String: Int] = [:]
            for table in CopyTable.all {
                counts[table.name] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table.quotedName)") ?? 0
            }
            return counts
        }
    }

    /// Calls `body` with every row of `table`, a batch of at most
    /// ``batchSize`` at a time, in row order.
    package func forEachBatch(of table: CopyTable, _ body: ([[CopyValue]]) throws -> Void) throws {
        var after: Int64?
        repeat {
            let batch = try rows(of: table, after: after)
            if !batch.rows.isEmpty { try body(batch.rows) }
            after = batch.rows.count == Self.batchSize ? batch.last : nil
        } while after != nil
    }

    /// ``forEachBatch(of:_:)`` for a `body` that waits (a PostgreSQL `COPY`).
    package nonisolated(nonsending) func forEachBatch(
        of table: CopyTable, _ body: ([[CopyValue]]) async throws -> Void
    ) async throws {
        var after: Int64?
        repeat {
            let batch = try rows(of: table, after: after)
            if !batch.rows.isEmpty { try await body(batch.rows) }
            after = batch.rows.count == Self.batchSize ? batch.last : nil
        } while after != nil
    }

    /// The next rows of `table` after the row `rowID` (from the first when `nil`),
    /// in row order, with the last row's id (`nil` when none is left).
    private func rows(of table: CopyTable, after rowID: Int64?) throws -> (rows: [[CopyValue]], last: Int64?) {
        try reader.read { db in
            let statement = try db.cachedStatement(sql: """
                SELECT rowid, \(table.columnList) FROM \(table.quotedName) WHERE rowid > ? ORDER BY rowid LIMIT \(Self.batchSize)
                """)
            var rows: [[CopyValue]] = []
            var last: Int64?
            let cursor = try Row.fetchCursor(statement, arguments: [rowID ?? Int64.min])
            while let row = try cursor.next() {
                last = row[0]
                var values: [CopyValue] = []
                values.reserveCapacity(table.columns.count)
                for (index, column) in table.columns.enumerated() {
                    let value: DatabaseValue = row[index + 1]
                    values.append(CopyValue(value, as: column.kind))
                }
                rows.append(values)
            }
            return (rows, last)
        }
    }
}

extension ClaimsStore {
    /// A reading of every copied table in one snapshot of the store.
    package func copyReader() throws -> CopyReader {
        if let pool = writer as? DatabasePool { return CopyReader(reader: try pool.makeSnapshot()) }
        return CopyReader(reader: writer)
    }
}

extension CopyValue {
    /// A SQLite value as a copied value of a column of `kind`.
    init(_ value: DatabaseValue, as kind: CopyColumn.Kind) {
        switch value.storage {
        case .null: self = .null
        case .int64(let integer): self = kind == .real ? .real(Double(integer)) : .integer(integer)
        case .double(let real): self = .real(real)
        case .string(let text): self = .text(text)
        case .blob(let data): self = .text(String(decoding: data, as: UTF8.self))
        }
    }

    /// The value as SQLite stores it.
    var databaseValue: DatabaseValue {
        switch self {
        case .null: .null
        case .integer(let integer): integer.databaseValue
        case .real(let real): real.databaseValue
        case .text(let text): text.databaseValue
        }
    }
}
