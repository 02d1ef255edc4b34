import Store

/// The listing formats over any backend (``Store/ClaimStore``): `list`'s
/// JSON Lines and CSV, the same bytes from SQLite and from PostgreSQL.
///
/// The SQLite store streams row by row (``exportJSONLines(store:filter:to:)``,
/// ``exportCSV(store:filter:to:formulaGuard:byteOrderMark:)``); the protocol
/// has no streaming read yet (`forEachQuote(matching:_:)` and
/// `exportRows(matching:columns:_:)` are still SQLite's own), so any other
/// backend reads the matching records with ``Store/ClaimStore/quotes(matching:)``
/// and writes them the same way. When the streaming reads join the protocol,
/// these become the only entry points and the branch goes.
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
        let quotes = try await store.quotes(matching: filter)
        for quote in quotes {
            quote.appendJSONLine(to: &buffer.bytes)
            buffer.bytes.append(0x0A)
            try buffer.flushIfFull(to: &output)
        }
        try buffer.flush(to: &output)
        return quotes.count
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
        let quotes = try await store.quotes(matching: filter)
        for quote in quotes {
            writer.appendLine(Self.csvFields(of: quote), to: &buffer.bytes)
            try buffer.flushIfFull(to: &output)
        }
        try buffer.flush(to: &output)
        return quotes.count
    }
}
