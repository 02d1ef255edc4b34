import Store

/// Writes quotes out of the store as CSV, JSON Lines or ClaimReview, streaming
/// row by row (see `QuoteExporter+Records.swift` for the full records).
///
/// Each format reads only what it prints (the CSV its seventeen columns
/// through ``Store/ClaimsStore/exportRows(matching:columns:_:)``), writes
/// each row's bytes into one buffer and hands the output chunks of about
/// 64 KiB; an output that is a ``ByteOutput`` gets them as bytes and may end
/// the export by throwing (``ExportOutputError/closed(_:)``).
public struct QuoteExporter: Sendable {
    /// The CSV columns, in DESIGN.md's order.
    public static let csvHeader = [
        "id", "quote", "speaker", "speaker_role", "said_on", "said_on_basis", "status", "rating", "note", "evidence",
        "reviewed_by", "reviewed_at", "source_title", "source_site", "source_url", "published_at", "context",
    ]

    /// What the CSV reads from the store, in ``csvHeader`` order.
    static let csvColumns: [ExportColumn] = [
        .id, .text, .speaker, .speakerRole, .saidOn, .saidOnBasis, .status, .rating, .note, .evidence,
        .reviewedBy, .reviewedAt, .sourceTitle, .sourceSite, .sourceURL, .publishedAt, .context,
    ]

    /// Creates an exporter.
    public init() {}

    /// The UTF-8 byte-order mark some spreadsheet programs need to read a CSV as UTF-8.
    public static let byteOrderMark = "\u{FEFF}"

    /// Writes a header row then one CSV row per quote matching `filter`, in the
    /// default order, after a byte-order mark if `byteOrderMark` is set;
    /// returns the number of quotes written.
    ///
    /// The cells are the same as ``csvFields(of:)`` gives for the quote's record.
    @discardableResult
    public func exportCSV<Output: TextOutputStream>(store: ClaimsStore, filter: QuoteFilter,
                                                    to output: inout Output,
                                                    formulaGuard: Bool = true,
                                                    byteOrderMark: Bool = false) throws -> Int {
        let writer = CSVWriter(formulaGuard: formulaGuard)
        var buffer = ExportBuffer()
        if byteOrderMark { buffer.bytes.append(contentsOf: Self.byteOrderMark.utf8) }
        writer.appendLine(Self.csvHeader, to: &buffer.bytes)
        var count = 0
        try store.exportRows(matching: filter, columns: Self.csvColumns) { row in
            try Self.appendCSVRow(row, writer: writer, to: &buffer.bytes)
            count += 1
            try buffer.flushIfFull(to: &output)
        }
        try buffer.flush(to: &output)
        return count
    }

    /// Appends the CSV row of one quote, CRLF included.
    private static func appendCSVRow(_ row: ExportRow, writer: CSVWriter, to out: inout [UInt8]) throws {
        if let id = row.integer(.id) { out.append(contentsOf: String(id).utf8) }
        for column in csvColumns.dropFirst() {
            out.append(UInt8(ascii: ","))
            switch column {
            case .evidence:
                let urls = try row.strings(.evidence)
                if !urls.isEmpty { writer.append(urls.joined(separator: " "), to: &out) }
            case .saidOnBasis, .status, .rating:
                writer.append(try row.word(column), to: &out)
            default:
                writer.append(row.string(column), to: &out)
            }
        }
        out.append(0x0D)
        out.append(0x0A)
    }

    /// Writes one ``QuoteRecord/jsonLine()`` per quote matching `filter`, each
    /// ended by LF (the plain records of `list`); returns the number of quotes
    /// written. `export` writes ``exportRecords(store:filter:to:prepare:)`` instead.
    @discardableResult
    public func exportJSONLines<Output: TextOutputStream>(store: ClaimsStore, filter: QuoteFilter,
                                                          to output: inout Output) throws -> Int {
        var buffer = ExportBuffer()
        var count = 0
        try store.forEachQuote(matching: filter) { quote in
            quote.appendJSONLine(to: &buffer.bytes)
            buffer.bytes.append(0x0A)
            count += 1
            try buffer.flushIfFull(to: &output)
        }
        try buffer.flush(to: &output)
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
