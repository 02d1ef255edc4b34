/// What a review does after a verdict was refused because someone else changed the quote.
public enum ConflictPolicy: Sendable, Equatable {
    /// Stay on the quote, now showing the other change; the same key again (or `y`) gives the
    /// verdict anyway, any other key is taken as usual (on a terminal).
    case askAgain
    /// Stay on the quote until the refusal is settled: the same command again (or `y`) gives
    /// the verdict anyway, a skip moves on, quit quits, help helps; any other command is refused
    /// too, so that no line meant for this quote lands on another one (piped input).
    case holdUntilSettled
}
