import Export
import Store

/// The desk's record downloads (`format=jsonl`, `format=claimreview`) on any store.
///
/// On SQLite they are exactly `QuoteExporter`'s; on any other backend the
/// same records come from ``Store/ClaimStore/forEachExportRecord(matching:including:_:)``
/// and are written the same way (the download is held whole anyway). When
/// `Export` gains entry points over ``Store/ClaimStore`` for these formats,
/// this file goes.
enum DeskExport {
    /// One export record per quote matching `filter`, a JSON line each.
    static func records(from store: any ClaimStore, filter: QuoteFilter, to text: inout String) async throws {
        if let sqlite = store as? ClaimsStore {
            try QuoteExporter().exportRecords(store: sqlite, filter: filter, to: &text)
            return
        }
        var bytes: [UInt8] = []
        try await store.forEachExportRecord(matching: filter, including: .all) { record in
            record.appendJSONLine(to: &bytes)
            bytes.append(0x0A)
        }
        text += String(decoding: bytes, as: UTF8.self)
    }

    /// The ClaimReviews of the reviewed quotes matching `filter`, as a JSON array (one object a line).
    static func claimReviews(from store: any ClaimStore, filter: QuoteFilter, writer: ClaimReviewWriter,
                             to text: inout String) async throws {
        if let sqlite = store as? ClaimsStore {
            _ = try QuoteExporter().exportClaimReviews(store: sqlite, filter: filter, writer: writer, asArray: true, to: &text)
            return
        }
        var objects: [String] = []
        try await store.forEachExportRecord(matching: filter, including: []) { record in
            if let object = writer.claimReview(for: record) { objects.append(object) }
        }
        text += objects.isEmpty ? "[]\n" : "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }
}
