/// What the record says about a reported quote.
public enum FindingKind: String, Sendable, Equatable, Codable, CaseIterable {
    /// Every word of the quote is in the record, in order, said by the quoted
    /// speaker (punctuation, case and quotation marks aside).
    case verbatim
    /// A close match by the quoted speaker, with words changed, added or dropped.
    case misquoted
    /// The words are in the record, but the quote leaves out a negation or a
    /// qualifying clause ("unless …", "if …", "but only …") right next to them
    /// in the same sentence.
    case truncated
    /// The quote joins two or more pieces of the record that are not next to
    /// each other (other sentences or words between them, another order, or
    /// another statement).
    case spliced
    /// The words are in the record, said by someone other than the quoted speaker.
    case misattributed
}

/// One finding: a reported quote compared with one passage of a primary statement.
public struct Finding: Sendable, Equatable {
    /// The reported quote's id.
    public var quoteID: Int64
    /// What was found.
    public var kind: FindingKind
    /// How closely the quote's words match the passage, 0…1 (1 is word for word).
    public var score: Double
    /// The statement the passage is in.
    public var statementID: Int64
    /// That statement's source.
    public var sourceID: Int64
    /// That source's SHA-256.
    public var sourceSHA256: String
    /// The statement's speaker.
    public var speaker: String?
    /// The passage, as the record writes it.
    public var passage: String
    /// Offset (Unicode scalars) of the passage in the statement's text.
    public var start: Int
    /// Offset just past the passage.
    public var end: Int
    /// The words that differ, record to quote: `we will [-never-] {+not+} rush`
    /// (`[-…-]` is in the record only, `{+…+}` in the quote only); empty when
    /// the words are the same.
    public var diff: String

    /// Creates a finding.
    public init(quoteID: Int64, kind: FindingKind, score: Double, statementID: Int64, sourceID: Int64,
                sourceSHA256: String, speaker: String?, passage: String, start: Int, end: Int, diff: String) {
        self.quoteID = quoteID
        self.kind = kind
        self.score = score
        self.statementID = statementID
        self.sourceID = sourceID
        self.sourceSHA256 = sourceSHA256
        self.speaker = speaker
        self.passage = passage
        self.start = start
        self.end = end
        self.diff = diff
    }
}
