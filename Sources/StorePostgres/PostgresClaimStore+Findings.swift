import Foundation
import PostgresNIO
import Store

extension PostgresClaimStore {
    /// Replaces the findings of a run in one transaction: the rule of
    /// ``Store/ClaimsStore/replaceFindings(_:againstSources:at:)``. The findings
    /// against `sources` (every finding when `nil`) go, `findings` are stored in
    /// their order (ids in that order), verdicts are not touched; a finding naming
    /// no quote or no source is refused, the first in order, and nothing changes.
    @discardableResult
    public func replaceFindings(_ findings: [NewFinding], againstSources sources: [Int64]? = nil,
                                at date: Date = Date()) async throws -> Int {
        let now = StoreRules.timestamp(date)
        return try await transaction { connection in
            if let sources {
                try await connection.run("DELETE FROM finding WHERE primary_source_id = ANY(\(sources))", logger: logger)
            } else {
                try await connection.run("DELETE FROM finding", logger: logger)
            }
            guard !findings.isEmpty else { return 0 }
            let quotes = Set(try await connection.rows(
                "SELECT id FROM quote WHERE id = ANY(\(findings.map(\.quoteID)))", logger: logger)
                .map { try $0[0].decode(Int64.self) })
            let primarySources = Set(try await connection.rows(
                "SELECT id FROM source WHERE id = ANY(\(findings.map(\.primarySourceID)))", logger: logger)
                .map { try $0[0].decode(Int64.self) })
            for finding in findings {
                guard quotes.contains(finding.quoteID) else { throw StoreError.noQuote(finding.quoteID) }
                guard primarySources.contains(finding.primarySourceID) else {
                    throw StoreError.noSource(finding.primarySourceID)
                }
            }
            let rows = findings.enumerated().map { FindingRow($1, position: $0) }
            try await connection.run("""
                INSERT INTO finding (quote_id, finding, score, primary_source_id, primary_quote_id, primary_speaker,
                    primary_text, primary_start, primary_end, diff, created_at)
                SELECT q, kind, score, src, pq, speaker, text, a, b, diff, \(now)
                FROM jsonb_to_recordset(\(try PostgresJSON.text(rows))::jsonb)
                    AS x(n BIGINT, q BIGINT, kind TEXT, score DOUBLE PRECISION, src BIGINT, pq BIGINT, speaker TEXT,
                         text TEXT, a BIGINT, b BIGINT, diff TEXT)
                ORDER BY n
                """, logger: logger)
            return findings.count
        }
    }

    /// The findings of quote `id`, best score first (then by id).
    public func findings(ofQuote id: Int64) async throws -> [FindingRecord] {
        try await read { connection in
            try await connection.rows(PostgresQuery(unsafeSQL: FindingRows.selection + """
                 WHERE f.quote_id = $1 ORDER BY f.score DESC, f.id
                """, binds: try FindingRows.binding(id)), logger: logger).map(FindingRows.record)
        }
    }

    /// Every stored finding, in the default order of their quotes, then best score first.
    public func findings() async throws -> [FindingRecord] {
        try await read { connection in
            try await connection.rows(PostgresQuery(unsafeSQL: FindingRows.selection + """
                 JOIN quote q ON q.id = f.quote_id
                ORDER BY q.first_source_id, q.first_position, q.id, f.score DESC, f.id
                """), logger: logger).map(FindingRows.record)
        }
    }
}

/// One finding as ``PostgresClaimStore/replaceFindings(_:againstSources:at:)`` sends it (read by
/// `jsonb_to_recordset`; a `nil` is left out and read as NULL).
struct FindingRow: Encodable {
    let n: Int, q: Int64, kind: String, score: Double, src: Int64, pq: Int64?, speaker: String?
    let text: String, a: Int, b: Int, diff: String

    /// The row of `finding`, the `position`-th of the run.
    init(_ finding: NewFinding, position: Int) {
        n = position
        q = finding.quoteID
        kind = finding.kind.rawValue
        score = finding.score
        src = finding.primarySourceID
        pq = finding.primaryQuoteID
        speaker = finding.primarySpeaker
        text = finding.primaryText
        a = finding.primaryStart
        b = finding.primaryEnd
        diff = finding.diff
    }
}

/// Reading stored findings on PostgreSQL (the SQLite store's finding selection).
enum FindingRows {
    /// The columns read by ``record(_:)``.
    static let selection = """
        SELECT f.id, f.quote_id, f.finding, f.score, f.primary_source_id, src.sha256,
            COALESCE(src.url, src.canonical_url) AS source_url, f.primary_quote_id, f.primary_speaker,
            f.primary_text, f.primary_start, f.primary_end, f.diff, f.created_at
        FROM finding f
        JOIN source src ON src.id = f.primary_source_id
        """

    /// A finding from a row of ``selection``.
    static func record(_ row: PostgresRandomAccessRow) throws -> FindingRecord {
        try FindingRecord(id: try row[0].decode(Int64.self), quoteID: try row[1].decode(Int64.self),
                          kind: try row[2].decode(String.self), score: try row[3].decode(Double.self),
                          primarySourceID: try row[4].decode(Int64.self), primarySHA256: try row[5].decode(String.self),
                          primarySourceURL: try row[6].decode(String?.self),
                          primaryQuoteID: try row[7].decode(Int64?.self), primarySpeaker: try row[8].decode(String?.self),
                          primaryText: try row[9].decode(String.self), primaryStart: Int(try row[10].decode(Int64.self)),
                          primaryEnd: Int(try row[11].decode(Int64.self)), diff: try row[12].decode(String.self),
                          createdAt: try row[13].decode(String.self))
    }

    /// The binding of one integer, `$1`.
    static func binding(_ id: Int64) throws -> PostgresBindings {
        var binds = PostgresBindings()
        binds.append(id)
        return binds
    }
}
