/// Where the speaker corrections, leases, assignments and corroboration reads
/// differ from the SQLite store's SQL (the rows to add to ``PostgresDialect``'s table):
///
/// | SQLite store | PostgreSQL store |
/// | --- | --- |
/// | one writer at a time: a write transaction sees every earlier one | ``lockRow``: the rows a change depends on, locked before they are read |
/// | `a IS NOT ?` (null-safe inequality) | ``isDistinctFrom``: `a IS DISTINCT FROM $n` |
/// | `GROUP BY` reading any column of the group | `GROUP BY` naming the key of each table read (`q.id, src.id, s.id`) |
/// | `ORDER BY x = ? DESC` then the table's order (the alias index, bytewise) | the same, then `alias COLLATE "C"` said |
extension PostgresDialect {
    /// The lock a change takes on a row it reads before writing (a speaker it corrects, the
    /// quote a lease holds): others taking it wait, while inserts referencing the row
    /// (their `FOR KEY SHARE` checks) do not. Taken in id order when there are several.
    static let lockRow = "FOR NO KEY UPDATE"

    /// Null-safe inequality: SQLite's `IS NOT`.
    static let isDistinctFrom = "IS DISTINCT FROM"
}
