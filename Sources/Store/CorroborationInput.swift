import GRDB

/// A statement of a primary record as ``ClaimsStore/primaryStatements(inSources:)`` reads it:
/// a quote appearing in a source of kind transcript or imported as primary.
public struct PrimaryStatementRecord: Sendable, Equatable {
    /// The statement's quote id.
    public var quoteID: Int64
    /// The primary source it appears in.
    public var sourceID: Int64
    /// That source's SHA-256.
    public var sourceSHA256: String
    /// The speaker's name.
    public var speaker: String?
    /// The speaker's id.
    public var speakerID: Int64?
    /// The day it was said, `YYYY-MM-DD`.
    public var saidOn: String?
    /// The words.
    public var text: String

    /// Reads a statement from a row.
    init(row: Row) {
        quoteID = row["id"]
        sourceID = row["source_id"]
        sourceSHA256 = row["sha256"]
        speaker = row["speaker"]
        speakerID = row["speaker_id"]
        saidOn = row["said_on"]
        text = row["text"]
    }
}

/// A quote to check against the record, as ``ClaimsStore/reportedQuotes()`` reads it.
public struct ReportedQuoteRecord: Sendable, Equatable {
    /// The quote's id (as `list` shows it).
    public var quoteID: Int64
    /// The reported words.
    public var text: String
    /// The speaker's name.
    public var speaker: String?
    /// The speaker's id.
    public var speakerID: Int64?
    /// The day the report says it was said.
    public var saidOn: String?

    /// Reads a quote from a row.
    init(row: Row) {
        quoteID = row["id"]
        text = row["text"]
        speaker = row["speaker"]
        speakerID = row["speaker_id"]
        saidOn = row["said_on"]
    }
}
