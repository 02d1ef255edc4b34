import Foundation
import GRDB

/// The SQLite store is the protocol's first backend: its synchronous methods
/// witness the protocol's asynchronous requirements as they are.
extension ClaimsStore: ClaimStore {
    /// Runs the migrations not yet applied (the initialisers already did;
    /// this changes nothing then). A store with migrations this version does
    /// not know is refused with ``StoreError/newerSchema(_:)``.
    public func migrate() throws {
        if try writer.read({ db in try Schema.migrator.hasBeenSuperseded(db) }) {
            throw StoreError.newerSchema(writer.path)
        }
        try Schema.migrator.migrate(writer)
    }

    // MARK: - pgexport

    /// Merges an export read by pulling its records (the protocol's form):
    /// ``mergeExport(mergedBy:at:records:)`` with each pass reading `reading()` to its end.
    public func mergeExport(mergedBy reviewer: String, at date: Date,
                            reading: () throws -> any ExportRecordReader) throws -> MergeReport {
        try mergeExport(mergedBy: reviewer, at: date) { body in
            var reader = try reading()
            while let record = try reader.next() { try body(record) }
        }
    }
}
