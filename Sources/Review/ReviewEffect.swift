import Store

/// What the caller should do after the session handled a command.
public enum ReviewEffect: Sendable, Equatable {
    /// Store this change on this quote, provided the quote's audit trail is
    /// still at the version shown (`nil`: unconditionally); then show the next
    /// quote if it set a status.
    case record(Int64, VerdictChange, expecting: Int64?)
    /// Accept the best corroboration finding of the quote: the driver looks it up.
    case acceptFinding(Int64, expecting: Int64?)
    /// Reverse the reviewer's last change and show that quote again.
    case undo
    /// Show the keys.
    case showHelp
    /// Show the next quote.
    case advance
    /// Show the quote shown before the current one again.
    case back
    /// Open the archived page of this quote's source.
    case openArchive(Int64)
    /// End the review.
    case quit
    /// Tell the reviewer the input was not understood (the message says why).
    case invalid(String)
    /// Read a line of text for this field, then send the matching command.
    case prompt(ReviewField)
}
