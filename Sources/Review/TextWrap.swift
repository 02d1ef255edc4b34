/// Word-wrapping by display width (see ``DisplayWidth``): no line is wider
/// than asked, no character is dropped, and a word is split only when it is
/// wider than a whole line (a run of CJK text without spaces, a long URL).
public enum TextWrap {
    /// `text` as lines of at most `width` columns (at least one column).
    ///
    /// Lines break at spaces (one space between words is consumed by the break);
    /// a newline always breaks. Characters in `zeroWidth` (markers the caller
    /// turns into attributes) take no column and are never separated from the
    /// character after them.
    public static func lines(_ text: String, width: Int, zeroWidth: Set<Character> = []) -> [String] {
        let width = max(1, width)
        func columns(_ text: Substring) -> Int {
            text.reduce(0) { $0 + (zeroWidth.contains($1) ? 0 : DisplayWidth.of($1)) }
        }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var used = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                let wordWidth = columns(word)
                let gap = used > 0 ? 1 : 0
                if used + gap + wordWidth <= width {
                    if gap > 0 { line += " " }
                    line += word
                    used += gap + wordWidth
                    continue
                }
                if wordWidth <= width {
                    // The word fits on a line of its own: start one.
                    lines.append(line)
                    line = String(word)
                    used = wordWidth
                    continue
                }
                // Wider than a line: fill the rest of this line, then whole lines.
                if used > 0, used + 1 < width {
                    line += " "
                    used += 1
                } else if used > 0 {
                    lines.append(line)
                    line = ""
                    used = 0
                }
                var markers = ""
                for character in word {
                    if zeroWidth.contains(character) {
                        markers.append(character)
                        continue
                    }
                    let w = DisplayWidth.of(character)
                    if used + w > width, used > 0 {
                        lines.append(line)
                        line = ""
                        used = 0
                    }
                    line += markers
                    markers = ""
                    line.append(character)
                    used += w
                }
                line += markers
            }
            lines.append(line)
        }
        return lines
    }

    /// The longest start of `text` that takes at most `width` columns, and the columns it takes.
    public static func prefix<S: StringProtocol>(_ text: S, width: Int) -> (text: String, columns: Int) {
        var out = ""
        var used = 0
        for character in text {
            let w = DisplayWidth.of(character)
            if used + w > width { break }
            out.append(character)
            used += w
        }
        return (out, used)
    }
}
