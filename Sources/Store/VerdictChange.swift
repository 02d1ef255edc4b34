/// What a reviewer changes on a quote in one step; `nil` (or an empty list) leaves a field as it is.
public struct VerdictChange: Sendable, Equatable {
    /// The new status.
    public var status: Status?
    /// The new rating.
    public var rating: Rating?
    /// Whether the rating is taken away (the quote is left without one); ignored when ``rating`` is set.
    public var clearsRating: Bool
    /// The new note; the empty string clears it.
    public var note: String?
    /// Evidence URLs to append, in order (each ignored if already listed).
    ///
    /// Each must be an absolute http or https URL (``EvidenceURL``), or the
    /// change is refused with ``StoreError/invalidEvidence(_:)``.
    public var evidence: [String]
    /// Evidence URLs to take out; one the quote does not list refuses the
    /// change with ``StoreError/evidenceNotListed(quoteID:url:)``.
    public var removedEvidence: [String]
    /// The corrected day the words were said (`YYYY-MM-DD`, a real ``Day``); the empty string clears it.
    ///
    /// A day set this way gets the basis ``Extract/DateBasis/reviewer``; a cleared one ``Extract/DateBasis/unknown``.
    public var saidOn: String?
    /// The corrected words. The claim keeps its identity (the words as found in sources).
    public var text: String?
    /// The speaker's role as this quote gives it (`speaker_role`); the empty string clears it.
    public var role: String?
    /// The speaker the quote is reassigned to, by name or alias (created if no speaker has it).
    ///
    /// If the speaker already has a claim with the same words, the two claims
    /// are joined (see ``ClaimsStore/recordVerdict(quoteID:change:reviewer:at:expecting:)``).
    public var speaker: String?

    /// Creates a change; with no arguments it changes nothing.
    ///
    /// `evidence` is one URL to append; set ``evidence`` itself to append several.
    public init(status: Status? = nil, rating: Rating? = nil, note: String? = nil,
                evidence: String? = nil, saidOn: String? = nil, text: String? = nil, speaker: String? = nil,
                removedEvidence: [String] = [], role: String? = nil, clearsRating: Bool = false) {
        self.status = status
        self.rating = rating
        self.clearsRating = clearsRating
        self.note = note
        self.evidence = evidence.map { [$0] } ?? []
        self.removedEvidence = removedEvidence
        self.saidOn = saidOn
        self.text = text
        self.speaker = speaker
        self.role = role
    }

    /// The first input the store would refuse, before any quote is touched:
    /// evidence that is not an http(s) URL or a day that is not in the calendar.
    func validate() throws {
        // A URL to remove that was stored before the rule existed can still be taken out.
        for url in evidence where !EvidenceURL.isStorable(url) { throw StoreError.invalidEvidence(url) }
        if let saidOn, !saidOn.isEmpty, Day(saidOn) == nil { throw StoreError.invalidDate(saidOn) }
    }
}
