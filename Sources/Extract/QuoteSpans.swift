/// A quoted span found in a paragraph, in Unicode-scalar offsets.
struct QuoteSpan: Equatable {
    /// Offset of the opening mark.
    var open: Int
    /// Offset of the closing mark, or the paragraph's length when the span is left open.
    var close: Int
    /// The span's mark is never closed in this paragraph.
    var isOpenEnded: Bool
    /// First scalar inside the marks.
    var innerStart: Int { open + 1 }
}

/// Finds quotation-mark spans: “…”, „…“, «…», "…" and ‘…’ (the last only
/// where it stands for speech, not apostrophes), keeping the outer span of
/// nested quotes.
enum QuoteSpans {
    static func isSpace(_ s: Unicode.Scalar?) -> Bool {
        guard let s else { return true }
        return TextFolding.isSpace(s)
    }

    static func isLetterOrDigit(_ s: Unicode.Scalar?) -> Bool {
        guard let s else { return false }
        return Tokenizer.isWordScalar(s)
    }

    /// The quoted spans of `scalars`.
    static func spans(in scalars: [Unicode.Scalar]) -> [QuoteSpan] {
        var spans: [QuoteSpan] = []
        var i = 0
        let n = scalars.count
        while i < n {
            let c = scalars[i]
            let before: Unicode.Scalar? = i > 0 ? scalars[i - 1] : nil
            let after: Unicode.Scalar? = i + 1 < n ? scalars[i + 1] : nil
            var closers: [Unicode.Scalar] = []
            switch c {
            case "\u{201C}": closers = ["\u{201D}", "\u{201C}", "\""]  // “…” (and “…“ or “…" slips)
            case "\u{201E}": closers = ["\u{201C}", "\u{201D}"]  // „…“
            case "\u{AB}": closers = ["\u{BB}"]
            // A right mark after a space and before a word opens a span ("were ”dwindling.”"),
            // a typesetting slip, when another right mark closes it.
            case "\u{201D}" where isSpace(before) && isLetterOrDigit(after): closers = ["\u{201D}"]
            case "\u{BB}" where isSpace(before) == false && isSpace(after) == false: closers = ["\u{AB}"]
            case "\"":
                // A straight quote after a digit is inches ("6'2\""), not speech.
                if let before, before.properties.numericType != nil { break }
                if isSpace(after) { break }
                closers = ["\"", "\u{201D}"]
            case "\u{2018}", "'":
                // Only an opener at a word's start: not an apostrophe.
                if isLetterOrDigit(before) || isSpace(after) { break }
                closers = [c == "'" ? "'" : "\u{2019}"]
            default: break
            }
            if closers.isEmpty { i += 1; continue }
            let single = c == "\u{2018}" || c == "'"
            var reopened = false
            if let end = findClose(scalars, from: i + 1, closers: closers, single: single, opener: c, reopened: &reopened) {
                if end > i + 1 { spans.append(QuoteSpan(open: i, close: end, isOpenEnded: false)) }
                i = end + 1
            } else if reopened {
                // “Glasgow (“No Place Like Home”). “It grabbed me,” he said: an opener met
                // another opener before any closer, so it was a slip; the next one is read afresh.
                i += 1
            } else if !single {
                // Left open: a quote that runs on into the next paragraph.
                if n - i > 3 { spans.append(QuoteSpan(open: i, close: n, isOpenEnded: true)) }
                break
            } else {
                i += 1
            }
        }
        return spans
    }

    /// The offset of the mark that closes the span opened just before `start`,
    /// or nil; `reopened` is set when a “ that opens a new span came first.
    private static func findClose(_ s: [Unicode.Scalar], from start: Int, closers: [Unicode.Scalar],
                                  single: Bool, opener: Unicode.Scalar, reopened: inout Bool) -> Int? {
        var j = start
        var innerSingleOpen = false
        while j < s.count {
            let c = s[j]
            let before: Unicode.Scalar? = j > 0 ? s[j - 1] : nil
            let after: Unicode.Scalar? = j + 1 < s.count ? s[j + 1] : nil
            if single {
                // A closing single mark is not followed by a letter (that is an apostrophe).
                if closers.contains(c), !isLetterOrDigit(after), !isSpace(before) { return j }
                // A double mark inside a single-quoted span: give up on it as speech.
                if c == "\u{201C}" || c == "\u{201D}" { return nil }
            } else {
                if (c == "\u{2018}") && !isLetterOrDigit(before) { innerSingleOpen = true }
                if c == "\u{2019}" && innerSingleOpen && !isLetterOrDigit(after) { innerSingleOpen = false }
                if closers.contains(c) {
                    // “ used as a closer only when it cannot open (not followed by a word).
                    if c == opener && c == "\u{201C}" && !isSpace(after) && isLetterOrDigit(after) {
                        reopened = true
                        return nil
                    }
                    if c == "\"" && isSpace(before) && !isSpace(after) && j != start { return nil }
                    return j
                }
            }
            j += 1
        }
        return nil
    }
}
