import Extract
import GRDB

extension QuoteRecord {
    /// The columns that ``init(row:)`` reads, for `SELECT … FROM quote q`.
    static let selection = """
        SELECT q.id, q.text, q.kind, s.name AS speaker, q.speaker_role, q.speaker_id, q.cue,
            q.said_on, q.said_on_basis, q.first_source_id AS source_id,
            COALESCE(src.url, src.canonical_url) AS source_url, src.file AS source_file,
            src.title AS source_title, src.site AS source_site, src.published_at,
            a.paragraph, a.start, a."end", a.context,
            q.status, q.rating, q.note, q.evidence, q.reviewed_by, q.reviewed_at,
            (SELECT COUNT(DISTINCT ap.source_id) FROM appearance ap WHERE ap.quote_id = q.id) AS appearances
        FROM quote q
        LEFT JOIN source src ON src.id = q.first_source_id
        LEFT JOIN speaker s ON s.id = q.speaker_id
        LEFT JOIN appearance a ON a.quote_id = q.id AND a.source_id = q.first_source_id
            AND a.position = q.first_position
        """

    /// Reads a record from a row of ``selection``.
    init(row: Row) throws {
        id = row["id"]
        text = row["text"]
        kind = try Self.decode(QuoteKind.self, row["kind"], column: "kind")
        speaker = row["speaker"]
        speakerRole = row["speaker_role"]
        speakerID = row["speaker_id"]
        cue = row["cue"]
        saidOn = row["said_on"]
        saidOnBasis = try Self.decode(DateBasis.self, row["said_on_basis"], column: "said_on_basis")
        sourceID = row["source_id"]
        sourceURL = row["source_url"]
        sourceFile = row["source_file"]
        sourceTitle = row["source_title"]
        sourceSite = row["source_site"]
        publishedAt = row["published_at"]
        paragraph = row["paragraph"]
        start = row["start"]
        end = row["end"]
        context = row["context"]
        status = try Self.decode(Status.self, row["status"], column: "status")
        let ratingText: String? = row["rating"]
        rating = try ratingText.map { try Self.decode(Rating.self, $0, column: "rating") }
        note = row["note"]
        evidence = try JSONText.decodeArray(row["evidence"], column: "evidence")
        reviewedBy = row["reviewed_by"]
        reviewedAt = row["reviewed_at"]
        appearances = row["appearances"]
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
