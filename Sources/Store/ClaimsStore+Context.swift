import GRDB

extension ClaimsStore {
    /// The quote's paragraph and the one before it, from the main text of the quote's
    /// first source (``ClaimsStore/paragraphs(ofSource:)``), and that source's archive path.
    ///
    /// A quote whose paragraph is not known (a manual quote) has neither paragraph.
    public func surroundings(of quote: QuoteRecord) throws -> QuoteSurroundings {
        try writer.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT paragraphs, archive_path FROM source WHERE id = ?",
                                             arguments: [quote.sourceID]) else { return QuoteSurroundings() }
            var surroundings = QuoteSurroundings(archivePath: row["archive_path"])
            guard let index = quote.paragraph, index >= 0 else { return surroundings }
            let paragraphs = try JSONText.decodeArray(row["paragraphs"] as String, column: "paragraphs")
            if index < paragraphs.count { surroundings.paragraph = paragraphs[index] }
            if index >= 1, index - 1 < paragraphs.count { surroundings.before = paragraphs[index - 1] }
            return surroundings
        }
    }
}
