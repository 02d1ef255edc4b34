/// Which quotes to list, review or export. Every criterion left `nil` matches all.
///
/// The day criteria take only dated quotes: `since` and `until` never match a
/// quote whose day is unknown, and `undated` selects exactly those.
public struct QuoteFilter: Sendable, Equatable {
    /// A status (`verified`, …); `nil` or `all` matches any status.
    public var status: String?
    /// A speaker's name or one of its aliases, compared case-insensitively.
    public var speaker: String?
    /// Only quotes that appear in this source.
    public var sourceID: Int64?
    /// Only quotes that appear in a source of this site (its stored name, compared case-insensitively).
    public var site: String?
    /// Only quotes said on or after this day (`YYYY-MM-DD`); undated quotes never match.
    public var since: String?
    /// Only quotes said on or before this day (`YYYY-MM-DD`); undated quotes never match.
    public var until: String?
    /// Only quotes whose day is unknown (no `said_on`).
    public var undated: Bool
    /// Only quotes assigned to this reviewer (`assign ID… --to NAME`, `review --mine`).
    public var assignedTo: String?
    /// Only quotes that no reviewer but the view's holds under a live lease at the view's moment
    /// (a review queue shared by several reviewers).
    public var notHeldByOthers: LeaseView?
    /// At most this many quotes.
    public var limit: Int?
    /// Only quotes after this one in ``order`` (for paging).
    public var afterID: Int64?
    /// The order of the quotes (``QuoteOrder/default`` unless asked).
    public var order: QuoteOrder

    /// Creates a filter; with no arguments it matches every quote.
    public init(status: String? = nil, speaker: String? = nil, sourceID: Int64? = nil, site: String? = nil,
                since: String? = nil, until: String? = nil, undated: Bool = false,
                assignedTo: String? = nil, notHeldByOthers: LeaseView? = nil,
                limit: Int? = nil, afterID: Int64? = nil, order: QuoteOrder = .default) {
        self.status = status
        self.speaker = speaker
        self.sourceID = sourceID
        self.site = site
        self.since = since
        self.until = until
        self.undated = undated
        self.assignedTo = assignedTo
        self.notHeldByOthers = notHeldByOthers
        self.limit = limit
        self.afterID = afterID
        self.order = order
    }

    /// Every quote.
    public static let all = QuoteFilter()
}
