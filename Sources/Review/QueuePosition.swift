/// Where the quote on screen stands in the review's queue: "3 of 12".
public struct QueuePosition: Sendable, Equatable {
    /// The quote's place in the queue as it was when the review started (1 for the first);
    /// `nil` for a quote that was not in it then (one brought in since).
    public var number: Int?
    /// How many quotes the queue held when the review started.
    public var count: Int

    /// Creates a position.
    public init(number: Int?, count: Int) {
        self.number = number
        self.count = count
    }

    /// `3 of 12`, or `– of 12` for a quote that was not in the queue.
    public var text: String {
        "\(number.map(String.init) ?? "–") of \(count)"
    }
}
