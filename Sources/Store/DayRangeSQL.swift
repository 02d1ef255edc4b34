import GRDB

/// The conditions of the day filters (`--since`, `--until`, `--undated`) on one
/// day-valued expression, shared by the quote and the source queries.
enum DayRangeSQL {
    /// Appends to `conditions` and `arguments` what `since`, `until` and `undated`
    /// ask of `day`, an SQL expression giving `YYYY-MM-DD` or NULL (days as text
    /// sort in day order; NULL, an unknown day, never compares true).
    /// Throws ``StoreError/invalidDate(_:)`` for a day that is not one.
    static func append(on day: String, since: String?, until: String?, undated: Bool,
                       to conditions: inout [String], _ arguments: inout StatementArguments) throws {
        if let since {
            guard Timestamp.isDay(since) else { throw StoreError.invalidDate(since) }
            conditions.append("\(day) >= ?")
            arguments += [since]
        }
        if let until {
            guard Timestamp.isDay(until) else { throw StoreError.invalidDate(until) }
            conditions.append("\(day) <= ?")
            arguments += [until]
        }
        if undated {
            conditions.append("\(day) IS NULL")
        }
    }
}
