import Model
import Foundation
import GRDB

/// One quote as an export reads it: the columns asked of
/// ``ClaimsStore/exportRows(matching:columns:_:)``, straight from the
/// database row (nothing else is read or decoded).
///
/// A row is only valid inside the call that gives it: the cursor moves on.
public struct ExportRow {
    /// Where the row's values are.
    private enum Values {
        /// The SQLite statement's current row, positioned on the quote.
        case statement(StatementColumns)
        /// Values read already (another backend's row), by selection index.
        case read([ExportValue])
    }

    /// The row's values.
    private let values: Values
    /// The row index of each ``ExportColumn`` (by raw value), -1 for a column not selected.
    private let indexes: [Int]

    init(row: StatementColumns, indexes: [Int]) {
        self.values = .statement(row)
        self.indexes = indexes
    }

    /// A row of values read by another backend, `values[i]` for the `i`-th
    /// column of ``ExportColumn/selection(of:)``'s `indexes`.
    package init(values: [ExportValue], indexes: [Int]) {
        self.values = .read(values)
        self.indexes = indexes
    }

    /// The column's text; `nil` for NULL (or a column not asked for).
    public func string(_ column: ExportColumn) -> String? {
        let index = indexes[column.rawValue]
        guard index >= 0 else { return nil }
        switch values {
        case .statement(let row): return row.string(index)
        case .read(let values):
            switch values[index] {
            case .null: return nil
            case .text(let text): return text
            case .integer(let integer): return String(integer)
            }
        }
    }

    /// The column's integer; `nil` for NULL (or a column not asked for).
    public func integer(_ column: ExportColumn) -> Int64? {
        let index = indexes[column.rawValue]
        guard index >= 0 else { return nil }
        switch values {
        case .statement(let row): return row.int64(index)
        case .read(let values):
            switch values[index] {
            case .null: return nil
            case .text(let text): return Int64(text)
            case .integer(let integer): return integer
            }
        }
    }

    /// A vocabulary column (``ExportColumn/saidOnBasis``, ``ExportColumn/status``,
    /// ``ExportColumn/rating``), checked as the quote record checks it: a word the
    /// vocabulary does not know throws ``StoreError/corruptValue(column:value:)``.
    public func word(_ column: ExportColumn) throws -> String? {
        let value = string(column)
        let known: Bool
        switch column {
        case .saidOnBasis: known = value.flatMap(DateBasis.init(rawValue:)) != nil
        case .status: known = value.flatMap(Status.init(rawValue:)) != nil
        case .rating: known = value.map { Rating(rawValue: $0) != nil } ?? true
        default: known = true
        }
        guard known else { throw StoreError.corruptValue(column: column.name, value: value ?? "NULL") }
        return value
    }

    /// A column that holds a JSON array of strings (``ExportColumn/evidence``), decoded;
    /// throws ``StoreError/corruptValue(column:value:)`` when it is not one.
    public func strings(_ column: ExportColumn) throws -> [String] {
        try JSONText.decodeArray(string(column), column: column.name)
    }
}

extension ClaimsStore {
    /// Calls `body` with each quote matching `filter`, in the filter's order,
    /// reading only `columns` (and the joins they need) in one ordered query
    /// through a cursor: constant memory, one statement however many quotes.
    ///
    /// The reading happens in one snapshot; `body` must not write to the store.
    public func exportRows(matching filter: QuoteFilter, columns: [ExportColumn],
                           _ body: (ExportRow) throws -> Void) throws {
        let (selection, indexes) = ExportColumn.selection(of: columns)
        try writer.read { db in
            let (sql, arguments) = try QuerySQL.quotes(matching: filter, selecting: selection, in: db)
            try db.makeStatement(sql: sql).forEachRow(arguments: arguments) { row in
                try body(ExportRow(row: row, indexes: indexes))
            }
        }
    }
}

/// One value of an ``ExportRow`` read by another backend than SQLite.
package enum ExportValue: Sendable, Equatable {
    /// SQL NULL.
    case null
    /// A text column.
    case text(String)
    /// An integer column (the quote's id).
    case integer(Int64)
}
