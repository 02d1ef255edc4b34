/// What separates a word from the next one in the text.
public enum WordBreak: UInt8, Sendable, Equatable {
    /// Only white space (or a hyphen) follows.
    case none
    /// A clause ends: comma, semicolon, colon, dash, ellipsis, bracket.
    case clause
    /// A sentence ends: full stop, question or exclamation mark.
    case sentence
}

/// One normalised word of a text, with where it stands in the original.
///
/// Offsets count Unicode scalars of the original text, so that
/// `text.unicodeScalars[start..<end]` is the word as written (a contraction
/// such as "don't" gives two words, "do" and "not", over the same offsets).
public struct Word: Sendable, Equatable {
    /// The normalised form: lower case, diacritics and apostrophes removed.
    public var form: String
    /// Offset of the word's first scalar in the original text.
    public var start: Int
    /// Offset just past the word's last scalar.
    public var end: Int
    /// What follows the word before the next one.
    public var breakAfter: WordBreak

    /// Creates a word.
    public init(form: String, start: Int, end: Int, breakAfter: WordBreak = .none) {
        self.form = form
        self.start = start
        self.end = end
        self.breakAfter = breakAfter
    }
}
