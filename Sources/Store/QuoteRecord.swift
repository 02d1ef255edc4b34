import Model

/// One claim as the user sees it: its words, speaker, date, verdict and its
/// first appearance (the fields of a quote record in DESIGN.md).
public struct QuoteRecord: Sendable, Equatable, Codable {
    /// The claim's id, local to the workbench.
    public var id: Int64
    /// The quoted words.
    public var text: String
    /// Direct, partial, indirect, manual or transcript.
    public var kind: QuoteKind
    /// The speaker's name; `nil` when unattributed.
    public var speaker: String?
    /// The speaker's role as the first source gives it.
    public var speakerRole: String?
    /// The speaker's id; `nil` when unattributed.
    public var speakerID: Int64?
    /// The attribution verb ("said").
    public var cue: String?
    /// The id of the extraction rule that attributed the first appearance
    /// (`after-cue`, `according-to`, …); `nil` for manual quotes and quotes
    /// stored before rules were kept.
    public var rule: String?
    /// How sure that rule was of the speaker, from 0 to 1; `nil` where no rule
    /// attributed the quote. Records write it with two decimals (``ConfidenceText``).
    public var confidence: Double?
    /// The day the words were said, `YYYY-MM-DD`.
    public var saidOn: String?
    /// How ``saidOn`` was found.
    public var saidOnBasis: DateBasis
    /// The source of the first appearance.
    public var sourceID: Int64
    /// That source's URL (fetched, else canonical).
    public var sourceURL: String?
    /// That source's path as given on import.
    public var sourceFile: String?
    /// That source's title.
    public var sourceTitle: String?
    /// That source's site name.
    public var sourceSite: String?
    /// That source's publication date.
    public var publishedAt: String?
    /// The paragraph index of the first appearance.
    public var paragraph: Int?
    /// The start offset (Unicode scalars) of the first appearance in its paragraph.
    public var start: Int?
    /// The end offset of the first appearance.
    public var end: Int?
    /// The paragraph text of the first appearance.
    public var context: String?
    /// The quote check.
    public var status: Status
    /// The claim's truth, if rated.
    public var rating: Rating?
    /// The reviewer's note.
    public var note: String?
    /// Evidence URLs, in the order they were added.
    public var evidence: [String]
    /// Who last changed the verdict.
    public var reviewedBy: String?
    /// When the verdict was last changed (ISO 8601, UTC).
    public var reviewedAt: String?
    /// How many distinct sources carry the claim.
    public var appearances: Int
    /// The claim's version: the id of its latest audit entry (its own or a
    /// joined claim's), 0 before any change. It grows with every change to the
    /// claim, so `mark --expect-version` can refuse a change made since it was read.
    public var version: Int64

    /// Creates a record from its fields (the store builds them from its rows).
    public init(id: Int64, text: String, kind: QuoteKind, speaker: String? = nil, speakerRole: String? = nil,
                speakerID: Int64? = nil, cue: String? = nil, rule: String? = nil, confidence: Double? = nil,
                saidOn: String? = nil,
                saidOnBasis: DateBasis = .unknown, sourceID: Int64, sourceURL: String? = nil,
                sourceFile: String? = nil, sourceTitle: String? = nil, sourceSite: String? = nil,
                publishedAt: String? = nil, paragraph: Int? = nil, start: Int? = nil, end: Int? = nil,
                context: String? = nil, status: Status = .unreviewed, rating: Rating? = nil, note: String? = nil,
                evidence: [String] = [], reviewedBy: String? = nil, reviewedAt: String? = nil,
                appearances: Int = 1, version: Int64 = 0) {
        self.id = id
        self.text = text
        self.kind = kind
        self.speaker = speaker
        self.speakerRole = speakerRole
        self.speakerID = speakerID
        self.cue = cue
        self.rule = rule
        self.confidence = confidence
        self.saidOn = saidOn
        self.saidOnBasis = saidOnBasis
        self.sourceID = sourceID
        self.sourceURL = sourceURL
        self.sourceFile = sourceFile
        self.sourceTitle = sourceTitle
        self.sourceSite = sourceSite
        self.publishedAt = publishedAt
        self.paragraph = paragraph
        self.start = start
        self.end = end
        self.context = context
        self.status = status
        self.rating = rating
        self.note = note
        self.evidence = evidence
        self.reviewedBy = reviewedBy
        self.reviewedAt = reviewedAt
        self.appearances = appearances
        self.version = version
    }

    /// The JSON keys, in DESIGN.md's order.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, text, kind, speaker
        case speakerRole = "speaker_role"
        case speakerID = "speaker_id"
        case cue, rule, confidence
        case saidOn = "said_on"
        case saidOnBasis = "said_on_basis"
        case sourceID = "source_id"
        case sourceURL = "source_url"
        case sourceFile = "source_file"
        case sourceTitle = "source_title"
        case sourceSite = "source_site"
        case publishedAt = "published_at"
        case paragraph, start, end, context, status, rating, note, evidence
        case reviewedBy = "reviewed_by"
        case reviewedAt = "reviewed_at"
        case appearances, version
    }
}
