/// What a review does after a verdict was refused because someone else changed the quote.
public enum ConflictPolicy: Sendable, Equatable {
    /// Stay on the quote, now showing the other change; the same key again (or `y`) gives the
    /// verdict anyway, any other key is taken as usual (on a terminal).
    case askAgain
    /// The next command must repeat the refused one (or be `y`) to give it anyway; any other
    /// command skips the quote and applies to the next one (piped input, so that a script's
    /// later lines stay with the quotes they were written for).
    case skipUnlessRepeated
}
