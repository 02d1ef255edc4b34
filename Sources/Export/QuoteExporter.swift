import Store

/// Writes quotes out of the store as CSV, JSON Lines or ClaimReview, streaming
/// row by row (see `QuoteExporter+Records.swift` for the full records).
public struct QuoteExporter: Sendable {
    /// The CSV columns, in DESIGN.md's order.
    public static let csvHeader = [
        "id", "quote", "speaker", "speaker_role", "said_on", "said_on_basis", "status", "rating", "note", "evidence",
        "reviewed_by", "reviewed_at", "source_title", "source_site", "source_url", "published_at", "context",
    ]

    /// Creates an exporter.
    public init() {}

    /// The UTF-8 byte-order mark some spreadsheet programs need to read a CSV as UTF-8.
    public static let byteOrderMark = "\u{FEFF}"

    /// Writes a header row then one CSV row per quote matching `filter`, in the
    /// default order, after a byte-order mark if `byteOrderMark` is set;
    /// returns the number of quotes written.
    @discardableResult
    public func exportCSV<Output: TextOutputStream>(store: ClaimsStore, filter: QuoteFilter,
                                                    to output: inout Output,
                                                    formulaGuard: Bool = true,
                                                    byteOrderMark: Bool = false) throws -> Int {
        let writer = CSVWriter(formulaGuard: formulaGuard)
        if byteOrderMark { output.write(Self.byteOrderMark) }
        writer.write(Self.csvHeader, to: &output)
        var count = 0
        try store.forEachQuote(matching: filter) { quote in
            writer.write(Self.csvFields(of: quote), to: &output)
            count += 1
        }
        return count
    }

    /// Writes one ``QuoteRecord/jsonLine()`` per quote matching `filter`, each
    /// ended by LF (the plain records of `list`); returns the number of quotes
    /// written. `export` writes ``exportRecords(store:filter:to:)`` instead.
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
            String(quote.id), quote.text, quote.speaker, quote.speakerRole, quote.saidOn, quote.saidOnBasis.rawValue,
            quote.status.rawValue, quote.rating?.rawValue, quote.note,
            quote.evidence.joined(separator: " "), quote.reviewedBy, quote.reviewedAt,
            quote.sourceTitle, quote.sourceSite, quote.sourceURL, quote.publishedAt, quote.context,
        ]
    }
}
