import Store

extension QuoteExporter {
    /// Writes one ``ExportRecord/jsonLine()`` per quote matching `filter`, each
    /// ended by LF: the DESIGN.md record plus what a merge into another
    /// workbench needs (sources with SHA-256, appearances, audit trail).
    /// `prepare` sees each record before it is written (`export
    /// --with-archive` copies the sources' archived bytes there and names the
    /// copies in the record). Returns the number of quotes written.
    @discardableResult
    public func exportRecords<Output: TextOutputStream>(store: ClaimsStore, filter: QuoteFilter,
                                                        to output: inout Output,
                                                        prepare: (inout ExportRecord) throws -> Void = { _ in }) throws -> Int {
        var buffer = ExportBuffer()
        var count = 0
        try store.forEachExportRecord(matching: filter) { record in
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

    /// Writes one ClaimReview per reviewed quote matching `filter`: as a JSON
    /// array (one object per line between `[` and `]`) when `asArray`, else as
    /// JSON Lines. Streams: the array is written as it goes. Unreviewed quotes
    /// are never published. Returns the number of reviews written and of
    /// unreviewed quotes left out.
    ///
    /// The records are read without what ClaimReview does not print (the
    /// sources' paragraphs, the trails, the aliases).
    @discardableResult
    public func exportClaimReviews<Output: TextOutputStream>(store: ClaimsStore, filter: QuoteFilter,
                                                             writer: ClaimReviewWriter, asArray: Bool,
                                                             to output: inout Output) throws
        -> (written: Int, unreviewed: Int) {
        var buffer = ExportBuffer()
        var count = 0, unreviewed = 0
        if asArray { buffer.bytes.append(UInt8(ascii: "[")) }
        try store.forEachExportRecord(matching: filter, including: []) { record in
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
