/// The order in which quotes are listed or reviewed.
public enum QuoteOrder: String, Sendable, Equatable, CaseIterable {
    /// By the claim's first appearance: import order of its source, then
    /// position in it (the order of `list`, `review` and `export`).
    case `default`
    /// Least certain attribution first (ascending ``QuoteRecord/confidence``);
    /// claims without a confidence (manual, or stored before confidences were
    /// kept) come last; ties in the default order.
    case confidence

    /// The sort terms of this order, for `ORDER BY` and for the row value that
    /// pages after a quote; the last terms are always the default order.
    var terms: [String] {
        switch self {
        case .default: ["q.first_source_id", "q.first_position", "q.id"]
        // `confidence_order` is the confidence with NULL as 2 (migration "v6-attribution"), so that
        // claims without one come last; the index `quote_confidence_queue` is built on these terms.
        case .confidence: ["q.confidence_order", "q.first_source_id", "q.first_position", "q.id"]
        }
    }
}
