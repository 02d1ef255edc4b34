/// Rules about the text of body blocks, apart from where they stand.
enum BodyText {
    /// Whether `text` ends as a sentence does: `.`, `!`, `?` or `…`, perhaps
    /// followed by closing quotation marks or brackets.
    static func endsSentence(_ text: String) -> Bool {
        let closers: Set<Character> = ["\"", "'", "”", "’", "»", "›", ")", "]", " "]
        guard let last = text.reversed().first(where: { !closers.contains($0) }) else { return false }
        return [".", "!", "?", "…", ":"].contains(last)
    }

    /// A single capital letter: an initial styled apart from its paragraph.
    static func isDropCap(_ text: String) -> Bool {
        text.count == 1 && text.first!.isUppercase
    }

    /// Openings of the credit lines that end wire and newspaper stories
    /// ("Reporting by …; Editing by …", "… contributed to this report.").
    static let creditOpenings = [
        "reporting by ", "additional reporting by ", "writing by ", "editing by ", "compiled by ",
        "produced by ", "updated at ", "updated on ", "last updated ",
    ]

    /// Whether a paragraph is a credit or update line rather than story text.
    static func isCreditLine(_ text: String) -> Bool {
        guard text.count <= 300 else { return false }
        let lower = text.lowercased()
        if creditOpenings.contains(where: lower.hasPrefix) { return true }
        return ASCIIScan.containsAny(lowercased: lower, ["contributed to this report", "contributed reporting"])
    }

    /// The paragraphs of a walk of the story: headings that only introduced
    /// a box that was left out go with it, and so do the credit lines at the end.
    static func tidy(_ pieces: [Selection.Piece]) -> [String] {
        var kept: [(String, BodyTree.Kind)] = []
        for (i, piece) in pieces.enumerated() {
            guard case .text(var text, let kind) = piece else { continue }
            // A drop cap set apart from its paragraph goes back in front of it.
            if let previous = kept.last, previous.1 == .loose, isDropCap(previous.0), kind != .heading {
                kept.removeLast()
                text = previous.0 + text
            }
            if kind == .heading {
                if i + 1 == pieces.count || pieces[i + 1].isDropped { continue }
            }
            kept.append((text, kind))
        }
        // A credit line ends the story: what little follows it is the page's.
        if let credit = kept.indices.suffix(4).last(where: { isCreditLine(kept[$0].0) }),
           kept[(credit + 1)...].reduce(0, { $0 + $1.0.count }) < 200 {
            kept.removeSubrange(credit...)
        }
        while let last = kept.last, last.1 == .heading || isCreditLine(last.0) {
            kept.removeLast()
        }
        return kept.map(\.0)
    }
}

extension Selection.Piece {
    var isDropped: Bool { if case .dropped = self { return true } else { return false } }
}
