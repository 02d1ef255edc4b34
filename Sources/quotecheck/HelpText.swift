/// Help text written in the source as it reads there, reflowed for the
/// parser, which wraps each line on its own to the terminal's width: a
/// paragraph hand-wrapped at 90 columns would come out at 80 as lines with
/// one orphan word each.
enum HelpText {
    /// `text` with the lines of each paragraph joined into one line (the
    /// parser wraps it), keeping as they are blank lines, indented lines
    /// (examples, tables of keys) and the line after a short heading that
    /// ends with `:` ("Examples:").
    static func prose(_ text: String) -> String {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if let last = lines.last, joins(line, after: last) {
                lines[lines.count - 1] = last + " " + line
            } else {
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Whether `line` continues the paragraph `previous` ends.
    private static func joins(_ line: String, after previous: String) -> Bool {
        guard let first = line.first, !first.isWhitespace, let lastFirst = previous.first else { return false }
        let heading = previous.hasSuffix(":") && previous.split(separator: " ").count <= 3
        return !lastFirst.isWhitespace && !heading
    }
}
