import Model
import Foundation
import GRDB

/// One quote as an export reads it: the columns asked of
/// ``ClaimsStore/exportRows(matching:columns:_:)``, straight from the
/// database row (nothing else is read or decoded).
///
/// A row is only valid inside the call that gives it: the cursor moves on.
public struct ExportRow {
    /// The statement's current row, positioned on the quote.
    private let row: StatementColumns
    /// The row index of each ``ExportColumn`` (by raw value), -1 for a column not selected.
    private let indexes: [Int]

    init(row: StatementColumns, indexes: [Int]) {
        self.row = row
        self.indexes = indexes
    }

    /// The column's text; `nil` for NULL (or a column not asked for).
    public func string(_ column: ExportColumn) -> String? {
        let index = indexes[column.rawValue]
        return index < 0 ? nil : row.string(index)
    }

    /// The column's integer; `nil` for NULL (or a column not asked for).
    public func integer(_ column: ExportColumn) -> Int64? {
        let index = indexes[column.rawValue]
        return index < 0 ? nil : row.int64(index)
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
        var indexes = Array(repeating: -1, count: ExportColumn.allCases.count)
        var expressions: [String] = []
        for column in columns where indexes[column.rawValue] < 0 {
            indexes[column.rawValue] = expressions.count
            expressions.append(column.expression)
        }
        if expressions.isEmpty { expressions.append("q.id") }
        let joins = Set(columns.compactMap(\.join)).sorted { $0.rawValue < $1.rawValue }
        let selection = "SELECT " + expressions.joined(separator: ", ") + "\nFROM quote q\n"
            + joins.map(\.clause).joined(separator: "\n")
        try writer.read { db in
            let (sql, arguments) = try QuerySQL.quotes(matching: filter, selecting: selection, in: db)
            try db.makeStatement(sql: sql).forEachRow(arguments: arguments) { row in
                try body(ExportRow(row: row, indexes: indexes))
            }
        }
    }
}
