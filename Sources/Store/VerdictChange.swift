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

    /// Creates a change; with no arguments it changes nothing.
    public init(status: Status? = nil, rating: Rating? = nil, note: String? = nil,
                evidence: String? = nil, saidOn: String? = nil, text: String? = nil) {
        self.status = status
        self.rating = rating
        self.note = note
        self.evidence = evidence
        self.saidOn = saidOn
        self.text = text
    }
}
