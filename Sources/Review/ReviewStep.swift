import Store

/// What the terminal should show after the driver performed a command.
public enum ReviewStep: Sendable, Equatable {
    /// Show this quote (the next one, the same one updated, or one brought back by undo).
    case show(QuoteRecord)
    /// No unreviewed quote is left for the filter.
    case finished
    /// Ask for a line of text for this field.
    case prompt(ReviewField)
    /// Show ``ReviewSession/helpText``.
    case help
    /// Tell the reviewer why the input was not taken; the quote stays.
    case invalid(String)
    /// The reviewer quit.
    case quit
}
