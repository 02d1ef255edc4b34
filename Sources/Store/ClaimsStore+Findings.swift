import Foundation
import GRDB

extension ClaimsStore {
    /// The columns read by ``FindingRecord``.
    private static let findingSelection = """
        SELECT f.id, f.quote_id, f.finding, f.score, f.primary_source_id, src.sha256,
            COALESCE(src.url, src.canonical_url) AS source_url, f.primary_quote_id, f.primary_speaker,
            f.primary_text, f.primary_start, f.primary_end, f.diff, f.created_at
        FROM finding f
        JOIN source src ON src.id = f.primary_source_id
        """

    /// Replaces the findings of a run in one transaction: removes the stored
    /// findings against `sources` (every stored finding when `nil`) and stores
    /// `findings`. Verdicts are not touched. Returns the number stored.
    @discardableResult
    public func replaceFindings(_ findings: [NewFinding], againstSources sources: [Int64]? = nil,
                                at date: Date = Date()) throws -> Int {
        let now = Timestamp.string(from: date)
        return try writer.write { db in
            if let sources {
                for id in sources {
                    try db.execute(sql: "DELETE FROM finding WHERE primary_source_id = ?", arguments: [id])
                }
            } else {
                try db.execute(sql: "DELETE FROM finding")
            }
            for finding in findings {
                guard try Bool.fetchOne(db, sql: "SELECT 1 FROM quote WHERE id = ?", arguments: [finding.quoteID]) != nil else {
                    throw StoreError.noQuote(finding.quoteID)
                }
                guard try Bool.fetchOne(db, sql: "SELECT 1 FROM source WHERE id = ?",
                                        arguments: [finding.primarySourceID]) != nil else {
                    throw StoreError.noSource(finding.primarySourceID)
                }
                try db.execute(sql: """
                    INSERT INTO finding (quote_id, finding, score, primary_source_id, primary_quote_id, primary_speaker,
                        primary_text, primary_start, primary_end, diff, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [finding.quoteID, finding.kind.rawValue, finding.score, finding.primarySourceID,
                                     finding.primaryQuoteID, finding.primarySpeaker, finding.primaryText,
                                     finding.primaryStart, finding.primaryEnd, finding.diff, now])
            }
            return findings.count
        }
    }

    /// The findings of quote `id`, best score first.
    public func findings(ofQuote id: Int64) throws -> [FindingRecord] {
        try writer.read { db in
            try Row.fetchAll(db, sql: Self.findingSelection + " WHERE f.quote_id = ? ORDER BY f.score DESC, f.id",
                             arguments: [id]).map(FindingRecord.init(row:))
        }
    }

    /// Every stored finding, in the default order of their quotes, then best score first.
    public func findings() throws -> [FindingRecord] {
        try writer.read { db in
            try Row.fetchAll(db, sql: Self.findingSelection + """
                 JOIN quote q ON q.id = f.quote_id
                ORDER BY q.first_source_id, q.first_position, q.id, f.score DESC, f.id
                """).map(FindingRecord.init(row:))
        }
    }
}
