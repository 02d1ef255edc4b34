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
            return try StoreRules.surroundings(paragraphIndex: quote.paragraph, paragraphs: row["paragraphs"],
                                               archivePath: row["archive_path"])
        }
    }
}
