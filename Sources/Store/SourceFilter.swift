/// Which sources' paragraphs `search --in sources` looks in. Every criterion
/// left `nil` matches all live (not removed) sources.
///
/// The day criteria compare the source's publication day (the date part of
/// `published_at`, as the page gives it): `since` and `until` never match a
/// source with no date, and `undated` selects exactly those.
public struct SourceFilter: Sendable, Equatable {
    /// Only this source.
    public var sourceID: Int64?
    /// Only sources of this site (its stored name, compared case-insensitively).
    public var site: String?
    /// Only sources published on or after this day (`YYYY-MM-DD`).
    public var since: String?
    /// Only sources published on or before this day (`YYYY-MM-DD`).
    public var until: String?
    /// Only sources whose publication day is unknown.
    public var undated: Bool
    /// At most this many paragraphs.
    public var limit: Int?

    /// Creates a filter; with no arguments it matches every live source.
    public init(sourceID: Int64? = nil, site: String? = nil, since: String? = nil, until: String? = nil,
                undated: Bool = false, limit: Int? = nil) {
        self.sourceID = sourceID
        self.site = site
        self.since = since
        self.until = until
        self.undated = undated
        self.limit = limit
    }

    /// Every live source.
    public static let all = SourceFilter()
}
