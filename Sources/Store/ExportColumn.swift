/// A field of a quote that an export may print, read straight from the store
/// by ``ClaimsStore/exportRows(matching:columns:_:)``: only the columns asked
/// for are selected, and only the joins they need are made.
public enum ExportColumn: Int, CaseIterable, Sendable {
    case id, text, speaker, speakerRole, saidOn, saidOnBasis, status, rating, note
    /// The evidence URLs, a JSON array of strings (``ExportRow/strings(_:)`` reads it).
    case evidence
    case reviewedBy, reviewedAt
    /// The first appearance's source: title, site, URL (fetched, else canonical), publication date.
    case sourceTitle, sourceSite, sourceURL, publishedAt
    /// The paragraph of the first appearance.
    case context

    /// The table a column needs joined to `quote q`.
    enum Join: Int, CaseIterable {
        case speaker, source, firstAppearance

        /// The `LEFT JOIN` clause (the same joins as ``QuoteRecord/selection``).
        var clause: String {
            switch self {
            case .source: "LEFT JOIN source src ON src.id = q.first_source_id"
            case .speaker: "LEFT JOIN speaker s ON s.id = q.speaker_id"
            case .firstAppearance: """
                LEFT JOIN appearance a ON a.quote_id = q.id AND a.source_id = q.first_source_id
                    AND a.position = q.first_position
                """
            }
        }
    }

    /// The statement that reads `columns` (and the joins they need) from
    /// `quote q`, and the selection index of each ``ExportColumn`` by raw value
    /// (-1 for a column not asked for). The SQL is the same on every backend.
    package static func selection(of columns: [ExportColumn]) -> (sql: String, indexes: [Int]) {
        var indexes = Array(repeating: -1, count: ExportColumn.allCases.count)
        var expressions: [String] = []
        for column in columns where indexes[column.rawValue] < 0 {
            indexes[column.rawValue] = expressions.count
            expressions.append(column.expression)
        }
        if expressions.isEmpty { expressions.append("q.id") }
        let joins = Set(columns.compactMap(\.join)).sorted { $0.rawValue < $1.rawValue }
        let sql = "SELECT " + expressions.joined(separator: ", ") + "\nFROM quote q\n"
            + joins.map(\.clause).joined(separator: "\n")
        return (sql, indexes)
    }

    /// The SQL expression that reads the column (as ``QuoteRecord/selection`` does).
    var expression: String {
        switch self {
        case .id: "q.id"
        case .text: "q.text"
        case .speaker: "s.name"
        case .speakerRole: "COALESCE(q.speaker_role, s.role)"
        case .saidOn: "q.said_on"
        case .saidOnBasis: "q.said_on_basis"
        case .status: "q.status"
        case .rating: "q.rating"
        case .note: "q.note"
        case .evidence: "q.evidence"
        case .reviewedBy: "q.reviewed_by"
        case .reviewedAt: "q.reviewed_at"
        case .sourceTitle: "src.title"
        case .sourceSite: "src.site"
        case .sourceURL: "COALESCE(src.url, src.canonical_url)"
        case .publishedAt: "src.published_at"
        case .context: "a.context"
        }
    }

    /// The column's name in the store and in records (`said_on_basis`).
    public var name: String {
        switch self {
        case .text: "text"
        case .speakerRole: "speaker_role"
        case .saidOn: "said_on"
        case .saidOnBasis: "said_on_basis"
        case .reviewedBy: "reviewed_by"
        case .reviewedAt: "reviewed_at"
        case .sourceTitle: "source_title"
        case .sourceSite: "source_site"
        case .sourceURL: "source_url"
        case .publishedAt: "published_at"
        default: String(describing: self)
        }
    }

    /// The join the column needs, if any.
    var join: Join? {
        switch self {
        case .speaker, .speakerRole: .speaker
        case .sourceTitle, .sourceSite, .sourceURL, .publishedAt: .source
        case .context: .firstAppearance
        default: nil
        }
    }
}
