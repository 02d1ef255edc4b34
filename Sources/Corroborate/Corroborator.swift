/// Compares reported quotes with the statements of primary records.
///
/// Built once over the statements (an inverted index of word 3-grams), then
/// asked about each quote: the shingles the quote shares with the record pick
/// a few candidate statements, a banded word alignment with each decides how
/// close the words are, and ``findings(for:)`` classifies the result (see
/// ``FindingKind``). Pure and `Sendable`: no I/O, the same input gives the same findings.
public struct Corroborator: Sendable {
    /// The statements, in the order given.
    public let statements: [PrimaryStatement]
    /// The thresholds and the date window.
    public let options: CorroborationOptions
    /// The words of the statements and their shingles.
    let index: ShingleIndex
    /// Statement index → its day number, if dated.
    let days: [Int?]
    /// Statement index → its speaker's name words, titles dropped.
    let speakerKeys: [[String]]
    /// A shingle found more often than this is too common to pick candidates.
    static let postingLimit = 2_000
    /// Statements aligned per quote, of the quoted speaker and of others.
    static let alignedPerQuote = 4

    /// Indexes `statements`.
    public init(statements: [PrimaryStatement], options: CorroborationOptions = CorroborationOptions()) {
        self.statements = statements
        self.options = options
        index = ShingleIndex(texts: statements.map(\.text))
        days = statements.map { DayNumber.of($0.saidOn) }
        speakerKeys = statements.map { SpeakerMatch.key($0.speaker) }
    }

    /// The findings for every quote, quote by quote in the order given.
    public func findings(for quotes: [ReportedQuote]) -> [Finding] {
        quotes.flatMap { findings(for: $0) }
    }

    /// The number of words indexed.
    public var wordCount: Int { index.words.count }
}

/// A reported quote in the index's terms.
struct PreparedQuote {
    var quote: ReportedQuote
    /// The normalised words.
    var forms: [String]
    /// Their ids in the index; a word no statement has gets a negative id of its own.
    var ids: [Int32]
    /// Their alignment weights.
    var weights: [Float]
    /// How many are content words.
    var contentCount: Int
    /// The quote's day number.
    var day: Int?
    /// The speaker's name words, titles dropped.
    var speakerKey: [String]

    /// The number of words.
    var count: Int { ids.count }
}

/// A stretch of the quote found word for word in one statement.
struct Piece: Equatable {
    /// The statement's index.
    var statement: Int
    /// The quote words covered.
    var quoteRange: Range<Int>
    /// The record position of the first covered word.
    var recordStart: Int
    /// The record position just past the piece.
    var recordEnd: Int { recordStart + quoteRange.count }
    /// Record position minus quote index.
    var diagonal: Int { recordStart - quoteRange.lowerBound }
}

/// A statement that shares shingles with the quote.
struct Candidate {
    /// The statement's index.
    var statement: Int
    /// The word-for-word pieces.
    var pieces: [Piece]
    /// How many quote words the pieces cover.
    var coverage: Int
    /// Whether the statement's speaker can be the quoted speaker.
    var sameSpeaker: Bool
}
