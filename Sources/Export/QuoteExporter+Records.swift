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
        var count = 0
        try store.forEachExportRecord(matching: filter) { record in
            var record = record
            try prepare(&record)
            output.write(record.jsonLine() + "\n")
            count += 1
        }
        return count
    }

    /// Writes one ClaimReview per reviewed quote matching `filter`: as a JSON
    /// array (one object per line between `[` and `]`) when `asArray`, else as
    /// JSON Lines. Streams: the array is written as it goes. Unreviewed quotes
    /// are never published. Returns the number of reviews written and of
    /// unreviewed quotes left out.
    @discardableResult
    public func exportClaimReviews<Output: TextOutputStream>(store: ClaimsStore, filter: QuoteFilter,
                                                             writer: ClaimReviewWriter, asArray: Bool,
                                                             to output: inout Output) throws
        -> (written: Int, unreviewed: Int) {
        var count = 0, unreviewed = 0
        if asArray { output.write("[") }
        try store.forEachExportRecord(matching: filter) { record in
            guard let object = writer.claimReview(for: record) else {
                unreviewed += 1
                return
            }
            if asArray {
                output.write((count == 0 ? "\n" : ",\n") + object)
            } else {
                output.write(object + "\n")
            }
            count += 1
        }
        if asArray { output.write(count == 0 ? "]\n" : "\n]\n") }
        return (count, unreviewed)
    }
}
