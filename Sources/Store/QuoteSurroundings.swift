/// What `show` and the review print around a quote: the paragraph before the
/// quote's paragraph in the archived main text of its first source (so that a
/// quote-only paragraph, or "it added", shows who speaks), and where that
/// source's bytes are archived.
public struct QuoteSurroundings: Sendable, Equatable {
    /// The paragraph before the quote's paragraph; `nil` for the first paragraph, or when not known.
    public var before: String?
    /// The quote's paragraph as the archived main text has it (`nil` when not known).
    public var paragraph: String?
    /// Where the source's bytes were archived, as recorded on import (`nil`: not archived).
    public var archivePath: String?

    /// Creates the surroundings of a quote.
    public init(before: String? = nil, paragraph: String? = nil, archivePath: String? = nil) {
        self.before = before
        self.paragraph = paragraph
        self.archivePath = archivePath
    }
}
