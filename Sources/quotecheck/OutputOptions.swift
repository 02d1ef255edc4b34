import ArgumentParser

/// `--format` and `--limit`, shared by the commands that print rows
/// (`list`, `sources`, `corroborate`), with one validation.
///
/// `--limit` reads the next word as its value even when it starts with `-`,
/// so that `--limit -1` is refused as a negative number instead of
/// "missing value".
struct OutputOptions: ParsableArguments {
    @Option(help: "table, jsonl or csv (default: table on a terminal, else jsonl).")
    var format: ListFormat?

    @Option(parsing: .unconditional, help: ArgumentHelp("Print at most N rows (all when not given).", valueName: "N"))
    var limit: Int?

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit takes zero or more rows, not \(limit)") }
    }

    /// The format asked for, else a table on a terminal and JSON Lines otherwise.
    var chosenFormat: ListFormat { format ?? .automatic }

    /// The first `--limit` rows of `rows` (all of them without `--limit`).
    func limited<Row>(_ rows: [Row]) -> [Row] {
        limit.map { Array(rows.prefix($0)) } ?? rows
    }
}
