/// One pass over the records of an export, pulled one at a time, for
/// ``ClaimStore/mergeExport(mergedBy:at:reading:)``: each backend reads at its
/// own pace (the PostgreSQL store between its round trips), and no pass holds
/// the file's records in memory unless its reader does.
public protocol ExportRecordReader {
    /// The next record in the file's order; `nil` at the end. Errors name the
    /// file and the line at fault.
    mutating func next() throws -> ExportRecord?
}

/// Records held in memory, read in order (small exports and the tests).
public struct ExportRecordList: ExportRecordReader, Sendable {
    /// The records left to read.
    private var records: ArraySlice<ExportRecord>

    /// A reader over `records`.
    public init(_ records: [ExportRecord]) {
        self.records = records[...]
    }

    /// The next record; `nil` at the end.
    public mutating func next() throws -> ExportRecord? {
        records.popFirst()
    }
}
