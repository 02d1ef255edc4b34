import PostgresNIO

/// Helpers for the statements the store builds: quoted identifiers, numbered
/// parameters, and rows read into values.
enum PostgresSQL {
    /// `name` as a quoted SQL identifier (`"quote"`, with `"` doubled).
    static func identifier(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// A statement built piece by piece: each bound value becomes the next `$n`.
struct StatementBuilder {
    /// The values bound so far.
    private(set) var binds = PostgresBindings()

    /// Binds `value` and returns its placeholder (`$1`, `$2`, …).
    mutating func bind<Value: PostgresDynamicTypeEncodable>(_ value: Value) -> String {
        binds.append(value)
        return "$\(binds.count)"
    }

    /// Binds `value` (NULL for `nil`) and returns its placeholder.
    mutating func bind<Value: PostgresDynamicTypeEncodable>(_ value: Value?) -> String {
        binds.append(value)
        return "$\(binds.count)"
    }

    /// The statement `sql` with the values bound so far.
    func query(_ sql: String) -> PostgresQuery {
        PostgresQuery(unsafeSQL: sql, binds: binds)
    }
}

extension PostgresConnection {
    /// Runs `query` and reads every row into random-access rows.
    func rows(_ query: PostgresQuery, logger: Logger) async throws -> [PostgresRandomAccessRow] {
        var result: [PostgresRandomAccessRow] = []
        for try await row in try await self.query(query, logger: logger) {
            result.append(row.makeRandomAccess())
        }
        return result
    }

    /// Runs `query` and reads the first column of its first row; `nil` when there is no row.
    func value<Value: PostgresDecodable>(_ query: PostgresQuery, as type: Value.Type,
                                         logger: Logger) async throws -> Value? {
        for try await row in try await self.query(query, logger: logger) {
            return try row.makeRandomAccess()[0].decode(Value.self)
        }
        return nil
    }

    /// Runs `query`, which returns nothing worth reading.
    func run(_ query: PostgresQuery, logger: Logger) async throws {
        try await self.query(query, logger: logger)
    }
}
