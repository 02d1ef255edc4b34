import Store

/// Writes quotes out of the store as CSV or JSON Lines, streaming row by row.
public struct QuoteExporter: Sendable {
    /// The CSV columns, in DESIGN.md's order.
    public static let csvHeader = [
        "id", "quote", "speaker", "speaker_role", "said_on", "status", "rating", "note", "evidence",
        "reviewed_by", "reviewed_at", "source_title", "source_url", "published_at", "context",
    ]

    /// Creates an exporter.
    public init() {}

    /// Writes a header row then one CSV row per quote matching `filter`, in the
    /// default order; returns the number of quotes written.
    @discardableResult
    public func exportCSV<Output: TextOutputStream>(store: ClaimsStore, filter: QuoteFilter,
                                                    to output: inout Output,
                                                    formulaGuard: Bool = true) throws -> Int {
        let writer = CSVWriter(formulaGuard: formulaGuard)
        writer.write(Self.csvHeader, to: &output)
        var count = 0
        try store.forEachQuote(matching: filter) { quote in
            writer.write(Self.csvFields(of: quote), to: &output)
            count += 1
        }
        return count
    }

    /// Writes one ``QuoteRecord/jsonLine()`` per quote matching `filter`, each
    /// ended by LF; returns the number of quotes written.
    @discardableResult
    public func exportJSONLines<Output: TextOutputStream>(store: ClaimsStore, filter: QuoteFilter,
                                                          to output: inout Output) throws -> Int {
        var count = 0
        try store.forEachQuote(matching: filter) { quote in
            output.write(quote.jsonLine() + "\n")
            count += 1
        }
        return count
    }

    /// The cells of a quote's CSV row, in ``csvHeader`` order; `nil` is an empty cell.
    public static func csvFields(of quote: QuoteRecord) -> [String?] {
        [
            String(quote.id), quote.text, quote.speaker, quote.speakerRole, quote.saidOn,
            quote.status.rawValue, quote.rating?.rawValue, quote.note,
            quote.evidence.joined(separator: " "), quote.reviewedBy, quote.reviewedAt,
            quote.sourceTitle, quote.sourceURL, quote.publishedAt, quote.context,
        ]
    }
}
