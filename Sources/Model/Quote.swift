/// How a quotation stands in the text.
public enum QuoteKind: String, Sendable, Codable, CaseIterable {
    /// A full sentence or clause in quotation marks.
    case direct
    /// A phrase in quotation marks folded into the reporter's own sentence.
    case partial
    /// Reported speech without quotation marks.
    case indirect
    /// Entered by a person.
    case manual
    /// A statement from a transcript.
    case transcript
}

/// How the day a quote was said was found.
public enum DateBasis: String, Sendable, Codable, CaseIterable {
    /// The sentence names the day ("On November 24").
    case explicit
    /// A weekday or "yesterday", resolved against the publication date.
    case relative
    /// No day given: the publication date stands in.
    case publication
    /// Only a period coarser than a day is given ("last week"): no day.
    case period
    /// A reviewer typed the day (`d` in the review, `mark --said-on`).
    case reviewer
    /// Nothing is known.
    case unknown
}

/// What kind of speaker a quote is credited to.
public enum SpeakerType: String, Sendable, Codable, CaseIterable {
    case person, group, organisation, document, anonymous
}

/// One attributed quotation found in an article.
///
/// Offsets count Unicode scalars (code points) within ``context``, so that
/// `context.unicodeScalars[start..<end]` is the quoted text between the marks
/// (``context`` is the paragraph, or the paragraphs joined by one space for a
/// quote that runs over several).
public struct Quote: Sendable, Equatable, Codable {
    /// The words between the marks, white space folded.
    public var text: String
    /// Direct, partial, …
    public var kind: QuoteKind
    /// The speaker's fullest name (or description, for groups and anonymous sources).
    public var speaker: String?
    /// The speaker's role where the article gives one ("French President").
    public var speakerRole: String?
    /// Person, group, organisation, document or anonymous.
    public var speakerType: SpeakerType?
    /// The other forms the article uses for the speaker ("Trump").
    public var speakerAliases: [String]
    /// The verb or phrase that attributes the quote ("said", "warned").
    public var cue: String?
    /// The day the words were said, `YYYY-MM-DD`, if known.
    public var saidOn: String?
    /// How `saidOn` was found.
    public var saidOnBasis: DateBasis
    /// The index of the paragraph in ``Article/paragraphs``.
    public var paragraph: Int
    /// Offset of the first quoted scalar within ``context``.
    public var start: Int
    /// Offset just past the last quoted scalar within ``context``.
    public var end: Int
    /// The paragraph that holds the quote (all of them, joined, for a quote that
    /// runs over several).
    public var context: String
    /// The id of the attribution rule that found the speaker (`after-cue`,
    /// `inverted-after`, `according-to`, `colon-lead`, `paragraph-subject`, …);
    /// `nil` for quotes not found by the extractor (manual, transcript, imported).
    public var rule: String?
    /// How sure the extractor is of the speaker, from 0 to 1: an explicit cue
    /// next to a full name is near 1, a pronoun or a voice carried from an
    /// earlier sentence is low. `nil` where no rule attributed the quote.
    public var confidence: Double?

    /// Creates a quote record.
    public init(text: String, kind: QuoteKind, speaker: String?, speakerRole: String? = nil,
                speakerType: SpeakerType? = nil, speakerAliases: [String] = [], cue: String? = nil,
                saidOn: String? = nil, saidOnBasis: DateBasis = .unknown,
                paragraph: Int, start: Int, end: Int, context: String,
                rule: String? = nil, confidence: Double? = nil) {
        self.text = text
        self.kind = kind
        self.speaker = speaker
        self.speakerRole = speakerRole
        self.speakerType = speakerType
        self.speakerAliases = speakerAliases
        self.cue = cue
        self.saidOn = saidOn
        self.saidOnBasis = saidOnBasis
        self.paragraph = paragraph
        self.start = start
        self.end = end
        self.context = context
        self.rule = rule
        self.confidence = confidence
    }
}
