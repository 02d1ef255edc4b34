import Store

/// What the terminal should show after the driver performed a command.
public enum ReviewStep: Sendable, Equatable {
    /// Show this quote (the next one, the same one updated, or one brought back by undo).
    case show(QuoteRecord)
    /// No quote is left in the queue.
    case finished
    /// Ask for a line of text for this field.
    case prompt(ReviewField)
    /// Show ``ReviewSession/helpText``.
    case help
    /// Tell the reviewer why the input was not taken; the quote stays.
    case invalid(String)
    /// The verdict was refused: someone changed the quote since it was shown.
    /// The session now shows the quote as it is; repeating the key (or `y`) gives the verdict anyway.
    case conflict(QuoteConflict)
    /// Open the archived page of this quote's first source (the caller finds its path);
    /// the quote stays.
    case openArchive(QuoteRecord)
    /// The reviewer quit.
    case quit
}
