/// What `assign` did to one claim.
public struct Assignment: Sendable, Equatable {
    /// The claim (the live one, if the id given was joined into another).
    public var quoteID: Int64
    /// Who it was assigned to before (`nil`: nobody).
    public var previous: String?
    /// Who it is assigned to now (`nil`: nobody).
    public var assignee: String?

    /// Creates an account of one assignment.
    public init(quoteID: Int64, previous: String?, assignee: String?) {
        self.quoteID = quoteID
        self.previous = previous
        self.assignee = assignee
    }

    /// Whether the assignment changed anything (an unchanged one writes no audit entry).
    public var changed: Bool { previous != assignee }
}
