/// The rule of a merge for a claim both workbenches hold, shared by the
/// backends (``ClaimsStore/mergeExport(mergedBy:at:records:)`` tells it in words).
package enum MergeRules {
    /// The audited fields of a known claim after merging `record` into it, and
    /// whether the incoming verdict won (reviewed later, by `reviewed_at`).
    ///
    /// - Parameters:
    ///   - current: the claim's audited columns as stored (``StoreRules/auditedColumns``), `nil` for NULL.
    ///   - reviewedAt: when the claim was last reviewed here.
    /// - Returns: the fields' new values (every audited column) and the columns that changed, in
    ///   ``StoreRules/auditedColumns`` order.
    package static func merging(_ record: ExportRecord, into current: [String: String?],
                                reviewedAt: String?) throws
        -> (values: [String: String?], changed: [String], incomingWins: Bool) {
        var fields: [AuditedField: String?] = [:]
        for field in AuditedField.allCases { fields[field] = current[field.column] ?? nil }
        let merged = try merging(record, into: fields, reviewedAt: reviewedAt)
        var values: [String: String?] = [:]
        for field in AuditedField.allCases { values[field.column] = merged.values[field] ?? nil }
        return (values, merged.changed.map(\.column), merged.incomingWins)
    }

    /// ``merging(_:into:reviewedAt:)`` over the store's own field type.
    static func merging(_ record: ExportRecord, into current: [AuditedField: String?], reviewedAt localAt: String?)
        throws -> (values: [AuditedField: String?], changed: [AuditedField], incomingWins: Bool) {
        let quote = record.quote
        let incomingWins = quote.reviewedAt.map { incoming in localAt.map { incoming > $0 } ?? true } ?? false
        var updated = current
        if incomingWins {
            updated[.status] = quote.status.rawValue
            updated[.rating] = .some(quote.rating?.rawValue)
            updated[.note] = .some(quote.note)
            // The words and the day are the extraction's unless a reviewer corrected them there.
            let corrected = Set(record.history.map(\.field))
            if corrected.contains(AuditedField.saidOn.rawValue) || corrected.contains(AuditedField.saidOnBasis.rawValue) {
                updated[.saidOn] = .some(quote.saidOn)
                updated[.saidOnBasis] = quote.saidOnBasis.rawValue
            }
            if corrected.contains(AuditedField.text.rawValue) { updated[.text] = quote.text }
        }
        var evidence = try JSONText.decodeArray(current[.evidence] ?? nil, column: "evidence")
        for url in quote.evidence where !evidence.contains(url) { evidence.append(url) }
        if !evidence.isEmpty { updated[.evidence] = JSONText.array(evidence) }
        let changed = AuditedField.allCases.filter { current[$0] != updated[$0] }
        return (updated, changed, incomingWins)
    }
}
