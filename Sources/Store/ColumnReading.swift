import GRDB

/// Values of a result row read by position: the store's records decode
/// through it, from a GRDB `Row` or, on the cursors of long readings
/// (exports, listings), straight from the statement (``StatementColumns``).
protocol ColumnReading {
    /// The text at `index`, `nil` for NULL.
    func string(_ index: Int) -> String?
    /// The integer at `index`, `nil` for NULL.
    func int64(_ index: Int) -> Int64?
    /// The real number at `index`, `nil` for NULL.
    func double(_ index: Int) -> Double?
}

extension ColumnReading {
    /// The integer at `index` as an `Int`, `nil` for NULL.
    func int(_ index: Int) -> Int? {
        int64(index).map { Int($0) }
    }

    /// The text at `index` of a NOT NULL column; ``StoreError/corruptValue(column:value:)`` for NULL.
    func requiredString(_ index: Int, column: String) throws -> String {
        guard let value = string(index) else { throw StoreError.corruptValue(column: column, value: "NULL") }
        return value
    }

    /// The integer at `index` of a NOT NULL column; ``StoreError/corruptValue(column:value:)`` for NULL.
    func requiredInt64(_ index: Int, column: String) throws -> Int64 {
        guard let value = int64(index) else { throw StoreError.corruptValue(column: column, value: "NULL") }
        return value
    }
}

extension Row: ColumnReading {
    func string(_ index: Int) -> String? { self[index] }
    func int64(_ index: Int) -> Int64? { self[index] }
    func double(_ index: Int) -> Double? { self[index] }
}

/// The current row of a statement that a GRDB cursor steps, read with GRDB's
/// concrete column initialisers (`String(sqliteStatement:index:)`): none of the
/// generic decoding, and its type metadata lookups, that a `Row` subscript
/// does for every value. Valid only until the cursor moves on.
struct StatementColumns: ColumnReading {
    /// The cursor's row (it tells NULL from a value).
    let row: Row
    /// The statement the row belongs to.
    let statement: SQLiteStatement

    func string(_ index: Int) -> String? {
        row.hasNull(atIndex: index) ? nil : String(sqliteStatement: statement, index: CInt(index))
    }

    func int64(_ index: Int) -> Int64? {
        row.hasNull(atIndex: index) ? nil : Int64(sqliteStatement: statement, index: CInt(index))
    }

    func double(_ index: Int) -> Double? {
        row.hasNull(atIndex: index) ? nil : Double(sqliteStatement: statement, index: CInt(index))
    }
}

extension Statement {
    /// Steps through the statement's rows with `arguments`, calling `body` with
    /// each row's ``StatementColumns``.
    func forEachRow(arguments: StatementArguments, _ body: (StatementColumns) throws -> Void) throws {
        let rows = try Row.fetchCursor(self, arguments: arguments)
        let statement = sqliteStatement
        while let row = try rows.next() {
            try body(StatementColumns(row: row, statement: statement))
        }
    }
}
