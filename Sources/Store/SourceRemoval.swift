/// What removing or restoring a source touched.
public struct SourceRemoval: Sendable, Equatable {
    /// The source.
    public var sourceID: Int64
    /// The claims that left (or came back): they appear in no other live source.
    public var quotesRemoved: [Int64] = []
    /// The claims that only lost (or got back) their appearance in the source.
    public var appearancesRemoved: [Int64] = []

    /// Creates an empty account for a source.
    public init(sourceID: Int64, quotesRemoved: [Int64] = [], appearancesRemoved: [Int64] = []) {
        self.sourceID = sourceID
        self.quotesRemoved = quotesRemoved
        self.appearancesRemoved = appearancesRemoved
    }
}
