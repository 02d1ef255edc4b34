/// One statement of a primary record (a speech of a transcript, a quote of a
/// source imported as primary): what was said, by whom, when and where.
public struct PrimaryStatement: Sendable, Equatable {
    /// The statement's id (the claims store's quote id).
    public var id: Int64
    /// The primary source it comes from.
    public var sourceID: Int64
    /// That source's SHA-256, lowercase hex.
    public var sourceSHA256: String
    /// The speaker's name as the record gives it; `nil` when unknown.
    public var speaker: String?
    /// The speaker's id in the store, when known.
    public var speakerID: Int64?
    /// The day it was said, `YYYY-MM-DD`, if known.
    public var saidOn: String?
    /// The words of the statement.
    public var text: String

    /// Creates a statement.
    public init(id: Int64, sourceID: Int64, sourceSHA256: String, speaker: String?, speakerID: Int64? = nil,
                saidOn: String?, text: String) {
        self.id = id
        self.sourceID = sourceID
        self.sourceSHA256 = sourceSHA256
        self.speaker = speaker
        self.speakerID = speakerID
        self.saidOn = saidOn
        self.text = text
    }
}

/// A quote as reported (in an article), to check against the record.
public struct ReportedQuote: Sendable, Equatable {
    /// The quote's id (the claims store's quote id).
    public var id: Int64
    /// The reported words.
    public var text: String
    /// The speaker the report names; `nil` when unattributed.
    public var speaker: String?
    /// The speaker's id in the store, when known.
    public var speakerID: Int64?
    /// The day the report says the words were said, `YYYY-MM-DD`, if known.
    public var saidOn: String?

    /// Creates a reported quote.
    public init(id: Int64, text: String, speaker: String?, speakerID: Int64? = nil, saidOn: String?) {
        self.id = id
        self.text = text
        self.speaker = speaker
        self.speakerID = speakerID
        self.saidOn = saidOn
    }
}
