/// What merging a JSON Lines export into a workbench did.
public struct MergeReport: Sendable, Equatable {
    /// Records (lines) read.
    public var records: Int = 0
    /// Sources new to the workbench.
    public var sourcesAdded: Int = 0
    /// Sources the workbench already held (same SHA-256).
    public var sourcesKnown: Int = 0
    /// Claims new to the workbench.
    public var quotesAdded: Int = 0
    /// Claims the workbench already held (same words and speaker), merged.
    public var quotesMerged: Int = 0
    /// Appearances new to the workbench.
    public var appearancesAdded: Int = 0
    /// Claims whose verdict (status, rating, note, evidence, date, text) came from the export.
    public var verdicts: Int = 0
    /// Audit entries appended (entries already present are not repeated).
    public var auditEntries: Int = 0

    /// An empty report.
    public init() {}
}
