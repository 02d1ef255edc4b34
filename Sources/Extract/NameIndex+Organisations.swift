/// The organisations an article names, so that "the company" and "the
/// statement" resolve to the one meant ("Big Machine Records").
extension NameIndex {
    mutating func recordOrganisation(_ name: String, paragraph: Int, offset: Int, isSubject: Bool) {
        if !organisations.contains(name) { organisations.append(name) }
        organisationMentions.append((paragraph, offset, name, isSubject))
    }

    /// Short forms of the organisations found: the full name without its last,
    /// generic word ("Big Machine" for "Big Machine Records"), wherever the
    /// article writes it outside quotation marks.
    mutating func scanOrganisationShortForms(_ paragraphs: [AnalysedParagraph]) {
        var short: [String: String] = [:]
        for name in organisations {
            let words = name.split(separator: " ")
            guard words.count >= 3, let last = words.last, SpeakerWords.organisation.contains(last.lowercased()) else { continue }
            let form = words.dropLast().joined(separator: " ")
            if short[form] == nil, !organisations.contains(form) { short[form] = name }
        }
        guard !short.isEmpty else { return }
        let firstWords = Set(short.keys.compactMap { $0.split(separator: " ").first.map(String.init) })
        for (p, paragraph) in paragraphs.enumerated() {
            let tokens = paragraph.tokens
            // The tests read each token in place (a token's copy costs three retains).
            for k in tokens.indices where tokens[k].isWord && !tokens[k].quoted && tokens[k].isCapitalized && firstWords.contains(tokens[k].text) {
                let t = tokens[k]
                for (form, name) in short {
                    let parts = form.split(separator: " ")
                    guard k + parts.count <= tokens.count,
                          zip(parts, tokens[k..<(k + parts.count)]).allSatisfy({ $0 == $1.bare && $1.isWord }),
                          // The full name itself is already counted.
                          !(tokens[safe: k + parts.count].map { $0.isWord && $0.isCapitalized } ?? false) else { continue }
                    organisationMentions.append((p, t.start, name, Self.isSubject(tokens, from: k, to: k + parts.count)))
                }
            }
        }
        organisationMentions.sort { ($0.paragraph, $0.offset) < ($1.paragraph, $1.offset) }
    }

    /// The organisation an article refers back to at a position: in the nearest
    /// paragraph (within `paragraphs`) that names one before it, the last one
    /// named as a subject ("Dick Clark Productions denied … with Big Machine"),
    /// else the last one named.
    func organisation(before paragraph: Int, offset: Int, within paragraphs: Int = 3) -> String? {
        let earlier = organisationMentions.filter { m in
            (m.paragraph < paragraph || (m.paragraph == paragraph && m.offset < offset)) && paragraph - m.paragraph <= paragraphs
        }
        guard let nearest = earlier.last else { return nil }
        let inParagraph = earlier.filter { $0.paragraph == nearest.paragraph }
        return (inParagraph.last(where: \.isSubject) ?? nearest).name
    }
}
