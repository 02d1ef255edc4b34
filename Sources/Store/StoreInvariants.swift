/// What must hold in every claims store whatever its backend, each as one
/// SELECT (written in SQL both SQLite and PostgreSQL read alike) that returns
/// the ids that break it; `integrityCheck()` runs them all on either backend.
package struct StoreInvariant: Sendable {
    /// The statement: each row it selects (integer columns only) is one breach.
    package let sql: String
    /// The breach in words, from the row's integers.
    package let describe: @Sendable ([Int64]) -> String

    /// Every invariant, in the order their breaches are reported.
    package static let all: [StoreInvariant] = [
        StoreInvariant(sql: """
            SELECT q.id, q.first_source_id, q.first_position FROM quote q
            WHERE q.merged_into IS NULL AND NOT EXISTS (
                SELECT 1 FROM appearance a
                WHERE a.quote_id = q.id AND a.source_id = q.first_source_id AND a.position = q.first_position)
            ORDER BY q.id
            """) { "quote #\($0[0]): its first appearance (source #\($0[1]), position \($0[2])) is missing" },
        StoreInvariant(sql: """
            SELECT q.id, q.merged_into FROM quote q JOIN quote m ON m.id = q.merged_into
            WHERE m.merged_into IS NOT NULL ORDER BY q.id
            """) { "quote #\($0[0]): joined into #\($0[1]), which is itself joined into another claim" },
        StoreInvariant(sql: """
            SELECT DISTINCT a.quote_id FROM appearance a JOIN quote q ON q.id = a.quote_id
            WHERE q.merged_into IS NOT NULL ORDER BY a.quote_id
            """) { "quote #\($0[0]): joined into another claim but still has appearances of its own" },
        StoreInvariant(sql: """
            SELECT q.id, q.removed_with FROM quote q JOIN source s ON s.id = q.removed_with
            WHERE s.removed_at IS NULL ORDER BY q.id
            """) { "quote #\($0[0]): taken out with source #\($0[1]), which is in use" },
        StoreInvariant(sql: """
            SELECT DISTINCT r.source_id, r.quote_id FROM removed_appearance r JOIN source s ON s.id = r.source_id
            WHERE s.removed_at IS NULL ORDER BY r.source_id, r.quote_id
            """) { "source #\($0[0]): an appearance of quote #\($0[1]) is still set aside although the source is in use" },
        StoreInvariant(sql: """
            SELECT s.id FROM source s WHERE (s.removed_at IS NULL) <> (s.removed_by IS NULL) ORDER BY s.id
            """) { "source #\($0[0]): removed without both who and when" },
    ]
}
