import Markup

/// Where the markup of a line of text shows a word break that its characters
/// do not write.
///
/// A block element (`div`, `p`, `li`…) always stands apart from its
/// neighbours. Two inline elements that touch, with no white space between
/// them in the markup, are laid out apart by the page's style sheet far more
/// often than they join one word: a byline name and its date
/// (`<span>Jane Doe</span><span>Nov. 5</span>`), a name and the reporter's
/// role, a "By" label and a linked name. What the text shows decides: a word
/// that ends and a capital or a digit that starts the next element is a new
/// word ("Jane Doe" "Nov." → "Jane Doe Nov."); in running text a lower-case
/// letter goes on the same word ("expand" "ed" → "expanded"), in the short
/// lines of metadata it starts a new one ("Jane Doe" "staff writer"). A
/// single letter set apart (a drop cap) and a superscript or subscript (a
/// footnote mark, an exponent) go on the same word.
enum InlineBoundary {
    /// Whether `element`, which follows another element with no text between
    /// them, starts a new word after `previous`, the text that element showed.
    /// - Parameter anyCase: whether a lower-case letter starts a new word too:
    ///   so in the short lines of metadata (a byline, a date, a heading), whose
    ///   words are not split across elements ("Jane Doe" "staff writer").
    static func separates(_ previous: Substring, from element: Element, anyCase: Bool = false) -> Bool {
        guard element.name != "sup", element.name != "sub",
              let last = previous.unicodeScalars.last, !TextFolding.isSpace(last),
              endsWord(last), previous.unicodeScalars.contains(where: { !TextFolding.isSpace($0) && $0 != last }),
              let first = TextFolding.firstVisibleScalar(of: element) else { return false }
        return first.properties.isUppercase || ("0"..."9").contains(first) || anyCase && first.properties.isAlphabetic
    }

    /// Whether the text `next`, which follows an element with no space between
    /// them, starts a new word after `previous`, the text that element showed:
    /// the same rule as between two elements, in the short lines of metadata
    /// (any letter starts a new word).
    static func separates(_ previous: Substring, fromText next: String) -> Bool {
        guard let last = previous.unicodeScalars.last, !TextFolding.isSpace(last), endsWord(last),
              previous.unicodeScalars.contains(where: { !TextFolding.isSpace($0) && $0 != last }),
              let first = next.unicodeScalars.first, !TextFolding.isSpace(first) else { return false }
        return first.properties.isAlphabetic || ("0"..."9").contains(first)
    }

    /// Whether text that ends with `scalar` can be followed by a new word:
    /// a letter, a digit, or punctuation that closes a word or a sentence.
    private static func endsWord(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { return true }
        switch scalar {
        case ".", ",", ";", ":", "!", "?", ")", "]", "\u{201D}", "\u{2019}", "\"", "'": return true
        default: return false
        }
    }
}
