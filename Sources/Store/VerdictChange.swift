/// What a reviewer changes on a quote in one step; `nil` leaves a field as it is.
public struct VerdictChange: Sendable, Equatable {
    /// The new status.
    public var status: Status?
    /// The new rating.
    public var rating: Rating?
    /// The new note; the empty string clears it.
    public var note: String?
    /// An evidence URL to append (ignored if already listed).
    public var evidence: String?
    /// The corrected day the words were said (`YYYY-MM-DD`); the empty string clears it.
    public var saidOn: String?
    /// The corrected words. The claim keeps its identity (the words as found in sources).
    public var text: String?
    /// The speaker the quote is reassigned to, by name or alias (created if no speaker has it).
    ///
    /// If the speaker already has a claim with the same words, the two claims
    /// are joined (see ``ClaimsStore/recordVerdict(quoteID:change:reviewer:at:expecting:)``).
    public var speaker: String?

    /// Creates a change; with no arguments it changes nothing.
    public init(status: Status? = nil, rating: Rating? = nil, note: String? = nil,
                evidence: String? = nil, saidOn: String? = nil, text: String? = nil, speaker: String? = nil) {
        self.status = status
        self.rating = rating
        self.note = note
        self.evidence = evidence
        self.saidOn = saidOn
        self.text = text
        self.speaker = speaker
    }
}
