import Model
import GRDB

extension QuoteRecord {
    /// The columns that ``init(row:)`` reads, for `SELECT … FROM quote q`.
    static let selection = makeSelection(appearances: appearancesColumn)

    /// The SQL expression of the record's `appearances`: the distinct sources carrying the claim.
    static let appearancesColumn = "(SELECT COUNT(DISTINCT ap.source_id) FROM appearance ap WHERE ap.quote_id = q.id)"

    /// ``selection`` with `appearances` read by another expression (`0` when the
    /// caller counts them itself), and `extra` columns after the record's.
    static func makeSelection(appearances: String, extra: String? = nil) -> String {
        """
        SELECT q.id, q.text, q.kind, s.name AS speaker, COALESCE(q.speaker_role, s.role) AS speaker_role, q.speaker_id, q.cue,
            q.rule, q.confidence, q.said_on, q.said_on_basis, q.first_source_id AS source_id,
            COALESCE(src.url, src.canonical_url) AS source_url, src.file AS source_file,
            src.title AS source_title, src.site AS source_site, src.published_at,
            a.paragraph, a.start, a."end", a.context,
            q.status, q.rating, q.note, q.evidence, q.reviewed_by, q.reviewed_at,
            \(appearances) AS appearances,
            \(ClaimLinks.versionColumn) AS version\(extra.map { ",\n    " + $0 } ?? "")
        FROM quote q
        LEFT JOIN source src ON src.id = q.first_source_id
        LEFT JOIN speaker s ON s.id = q.speaker_id
        LEFT JOIN appearance a ON a.quote_id = q.id AND a.source_id = q.first_source_id
            AND a.position = q.first_position
        """
    }

    /// The columns of ``selection``, in order: rows are read by position, which
    /// spares a search of the column names for every value of every row.
    /// (`QuoteRecordColumnTests` checks these against the statement's own names.)
    enum Column: Int, CaseIterable {
        case id, text, kind, speaker, speakerRole, speakerID, cue, rule, confidence, saidOn, saidOnBasis, sourceID,
             sourceURL, sourceFile, sourceTitle, sourceSite, publishedAt, paragraph, start, end, context, status,
             rating, note, evidence, reviewedBy, reviewedAt, appearances, version

        /// The column's name in ``selection``.
        var name: String {
            switch self {
            case .speakerRole: "speaker_role"
            case .speakerID: "speaker_id"
            case .saidOn: "said_on"
            case .saidOnBasis: "said_on_basis"
            case .sourceID: "source_id"
            case .sourceURL: "source_url"
            case .sourceFile: "source_file"
            case .sourceTitle: "source_title"
            case .sourceSite: "source_site"
            case .publishedAt: "published_at"
            case .reviewedBy: "reviewed_by"
            case .reviewedAt: "reviewed_at"
            default: String(describing: self)
            }
        }
    }

    /// Reads a record from a row of ``selection`` (its columns may be followed by others).
    init(row: Row) throws {
        try self.init(columns: row)
    }

    /// Reads a record from the columns of a row of ``selection``, by position
    /// (``StatementColumns`` on a cursor); a NULL in a NOT NULL column or a word
    /// outside a vocabulary throws ``StoreError/corruptValue(column:value:)``.
    init<Columns: ColumnReading>(columns c: Columns) throws {
        func at(_ column: Column) -> Int { column.rawValue }
        id = try c.requiredInt64(at(.id), column: "id")
        text = try c.requiredString(at(.text), column: "text")
        kind = try Self.decode(QuoteKind.self, c.requiredString(at(.kind), column: "kind"), column: "kind")
        speaker = c.string(at(.speaker))
        speakerRole = c.string(at(.speakerRole))
        speakerID = c.int64(at(.speakerID))
        cue = c.string(at(.cue))
        rule = c.string(at(.rule))
        confidence = c.double(at(.confidence))
        saidOn = c.string(at(.saidOn))
        saidOnBasis = try Self.decode(DateBasis.self, c.requiredString(at(.saidOnBasis), column: "said_on_basis"),
                                      column: "said_on_basis")
        sourceID = try c.requiredInt64(at(.sourceID), column: "source_id")
        sourceURL = c.string(at(.sourceURL))
        sourceFile = c.string(at(.sourceFile))
        sourceTitle = c.string(at(.sourceTitle))
        sourceSite = c.string(at(.sourceSite))
        publishedAt = c.string(at(.publishedAt))
        paragraph = c.int(at(.paragraph))
        start = c.int(at(.start))
        end = c.int(at(.end))
        context = c.string(at(.context))
        status = try Self.decode(Status.self, c.requiredString(at(.status), column: "status"), column: "status")
        rating = try c.string(at(.rating)).map { try Self.decode(Rating.self, $0, column: "rating") }
        note = c.string(at(.note))
        evidence = try JSONText.decodeArray(c.string(at(.evidence)), column: "evidence")
        reviewedBy = c.string(at(.reviewedBy))
        reviewedAt = c.string(at(.reviewedAt))
        appearances = c.int(at(.appearances)) ?? 0
        version = c.int64(at(.version)) ?? 0
    }

    /// Reads a vocabulary value, or throws ``StoreError/corruptValue(column:value:)``.
    private static func decode<Value: RawRepresentable<String>>(
        _ type: Value.Type, _ text: String, column: String
    ) throws -> Value {
        guard let value = Value(rawValue: text) else {
            throw StoreError.corruptValue(column: column, value: text)
        }
        return value
    }
}
