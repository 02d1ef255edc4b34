import Store

/// The listing formats over any backend (``Store/ClaimStore``): `list`'s
/// JSON Lines and CSV, the same bytes from SQLite and from PostgreSQL.
///
/// The SQLite store streams row by row (``exportJSONLines(store:filter:to:)``,
/// ``exportCSV(store:filter:to:formulaGuard:byteOrderMark:)``); any other
/// backend streams through the protocol's
/// ``Store/ClaimStore/forEachQuote(matching:_:)`` (on PostgreSQL one query's
/// rows in a read-only snapshot) and writes them the same way.
extension QuoteExporter {
    /// Writes one ``Store/QuoteRecord/jsonLine()`` per quote matching `filter`,
    /// each ended by LF; returns the number of quotes written.
    @discardableResult
    public func exportJSONLines<Output: TextOutputStream>(from store: any ClaimStore, filter: QuoteFilter,
                                                          to output: inout Output) async throws -> Int {
        if let sqlite = store as? ClaimsStore {
            return try exportJSONLines(store: sqlite, filter: filter, to: &output)
        }
        var buffer = ExportBuffer()
        var count = 0
        try await store.forEachQuote(matching: filter) { quote in
            quote.appendJSONLine(to: &buffer.bytes)
            buffer.bytes.append(0x0A)
            count += 1
            try buffer.flushIfFull(to: &output)
        }
        try buffer.flush(to: &output)
        return count
    }

    /// Writes a header row then one CSV row per quote matching `filter` (the
    /// cells of ``csvFields(of:)``), after a byte-order mark if `byteOrderMark`
    /// is set; returns the number of quotes written.
    @discardableResult
    public func exportCSV<Output: TextOutputStream>(from store: any ClaimStore, filter: QuoteFilter,
                                                    to output: inout Output, formulaGuard: Bool = true,
                                                    byteOrderMark: Bool = false) async throws -> Int {
        if let sqlite = store as? ClaimsStore {
            return try exportCSV(store: sqlite, filter: filter, to: &output, formulaGuard: formulaGuard,
                                 byteOrderMark: byteOrderMark)
        }
        let writer = CSVWriter(formulaGuard: formulaGuard)
        var buffer = ExportBuffer()
        if byteOrderMark { buffer.bytes.append(contentsOf: Self.byteOrderMark.utf8) }
        writer.appendLine(Self.csvHeader, to: &buffer.bytes)
        var count = 0
        try await store.forEachQuote(matching: filter) { quote in
            writer.appendLine(Self.csvFields(of: quote), to: &buffer.bytes)
            count += 1
            try buffer.flushIfFull(to: &output)
        }
        try buffer.flush(to: &output)
        return count
    }

    /// ``exportRecords(store:filter:to:prepare:)`` on any backend: the SQLite
    /// store's own reading, else the protocol's streaming
    /// ``Store/ClaimStore/forEachExportRecord(matching:including:_:)``.
    @discardableResult
    public func exportRecords<Output: TextOutputStream>(from store: any ClaimStore, filter: QuoteFilter,
                                                        to output: inout Output,
                                                        prepare: (inout ExportRecord) throws -> Void = { _ in })
        async throws -> Int {
        if let sqlite = store as? ClaimsStore {
            return try exportRecords(store: sqlite, filter: filter, to: &output, prepare: prepare)
        }
        var buffer = ExportBuffer()
        var count = 0
        try await store.forEachExportRecord(matching: filter, including: .all) { record in
            var record = record
            try prepare(&record)
            record.appendJSONLine(to: &buffer.bytes)
            buffer.bytes.append(0x0A)
            count += 1
            try buffer.flushIfFull(to: &output)
        }
        try buffer.flush(to: &output)
        return count
    }

    /// ``exportClaimReviews(store:filter:writer:asArray:to:)`` on any backend.
    @discardableResult
    public func exportClaimReviews<Output: TextOutputStream>(from store: any ClaimStore, filter: QuoteFilter,
                                                             writer: ClaimReviewWriter, asArray: Bool,
                                                             to output: inout Output) async throws
        -> (written: Int, unreviewed: Int) {
        if let sqlite = store as? ClaimsStore {
            return try exportClaimReviews(store: sqlite, filter: filter, writer: writer, asArray: asArray, to: &output)
        }
        var buffer = ExportBuffer()
        var count = 0, unreviewed = 0
        if asArray { buffer.bytes.append(UInt8(ascii: "[")) }
        try await store.forEachExportRecord(matching: filter, including: []) { record in
            guard let object = writer.claimReview(for: record) else {
                unreviewed += 1
                return
            }
            if asArray { buffer.bytes.append(contentsOf: (count == 0 ? "\n" : ",\n").utf8) }
            buffer.bytes.append(contentsOf: object.utf8)
            if !asArray { buffer.bytes.append(0x0A) }
            count += 1
            try buffer.flushIfFull(to: &output)
        }
        if asArray { buffer.bytes.append(contentsOf: (count == 0 ? "]\n" : "\n]\n").utf8) }
        try buffer.flush(to: &output)
        return (count, unreviewed)
    }
}
