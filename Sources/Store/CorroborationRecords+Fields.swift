/// The corroboration records made field by field, for a backend that reads its
/// rows without GRDB (the PostgreSQL store); the SQLite store reads them from rows.
extension FindingRecord {
    /// Creates a stored finding from its fields; ``StoreError/corruptValue(column:value:)`` for an unknown kind.
    package init(id: Int64, quoteID: Int64, kind: String, score: Double, primarySourceID: Int64,
                 primarySHA256: String, primarySourceURL: String?, primaryQuoteID: Int64?, primarySpeaker: String?,
                 primaryText: String, primaryStart: Int, primaryEnd: Int, diff: String, createdAt: String) throws {
        guard let kind = Kind(rawValue: kind) else { throw StoreError.corruptValue(column: "finding", value: kind) }
        self.id = id
        self.quoteID = quoteID
        self.kind = kind
        self.score = score
        self.primarySourceID = primarySourceID
        self.primarySHA256 = primarySHA256
        self.primarySourceURL = primarySourceURL
        self.primaryQuoteID = primaryQuoteID
        self.primarySpeaker = primarySpeaker
        self.primaryText = primaryText
        self.primaryStart = primaryStart
        self.primaryEnd = primaryEnd
        self.diff = diff
        self.createdAt = createdAt
    }
}

extension PrimaryStatementRecord {
    /// Creates a statement of a primary record from its fields.
    package init(quoteID: Int64, sourceID: Int64, sourceSHA256: String, speaker: String?, speakerID: Int64?,
                 saidOn: String?, text: String) {
        self.quoteID = quoteID
        self.sourceID = sourceID
        self.sourceSHA256 = sourceSHA256
        self.speaker = speaker
        self.speakerID = speakerID
        self.saidOn = saidOn
        self.text = text
    }
}

extension ReportedQuoteRecord {
    /// Creates a quote to check against the record from its fields.
    package init(quoteID: Int64, text: String, speaker: String?, speakerID: Int64?, saidOn: String?) {
        self.quoteID = quoteID
        self.text = text
        self.speaker = speaker
        self.speakerID = speakerID
        self.saidOn = saidOn
    }
}
