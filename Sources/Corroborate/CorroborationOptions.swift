/// How far the corroborator looks.
public struct CorroborationOptions: Sendable, Equatable {
    /// Statements more than this many days before or after the quote's day are
    /// not compared; `nil` compares every statement. A quote or statement with
    /// no day is never excluded by the window.
    public var windowDays: Int?
    /// The fewest content words (not function words) a match must share with
    /// the record before it is reported, so that short common phrases are not.
    public var minimumContentWords: Int
    /// The lowest word similarity (0…1) reported as a misquote.
    public var misquoteThreshold: Double
    /// The lowest word similarity of another speaker's passage reported as a misattribution.
    public var misattributionThreshold: Double

    /// Creates options; the defaults are those of `quotecheck corroborate`.
    public init(windowDays: Int? = 30, minimumContentWords: Int = 3, misquoteThreshold: Double = 0.6,
                misattributionThreshold: Double = 0.85) {
        self.windowDays = windowDays
        self.minimumContentWords = minimumContentWords
        self.misquoteThreshold = misquoteThreshold
        self.misattributionThreshold = misattributionThreshold
    }
}
