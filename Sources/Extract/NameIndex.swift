/// The people an article names, so that "Trump" resolves to "Donald Trump"
/// and "he" to the last person named.
struct NameIndex {
    struct Mention {
        var paragraph: Int
        var offset: Int
        var name: String
        var role: String?
    }

    /// Full names in order of first appearance.
    private(set) var fullNames: [String] = []
    /// A role per full name, from its first mention that had one.
    private(set) var roles: [String: String] = [:]
    /// Every person mention, in text order.
    private(set) var mentions: [Mention] = []

    /// Records the capitalised name runs of a paragraph's unquoted tokens.
    mutating func scan(_ tokens: [Token], paragraph: Int) {
        var k = 0
        while k < tokens.count {
            guard tokens[k].isWord, !tokens[k].quoted, tokens[k].isCapitalized else { k += 1; continue }
            var run: [Token] = []
            var m = k
            while m < tokens.count, tokens[m].isWord, !tokens[m].quoted,
                  tokens[m].isCapitalized || (["of", "de", "van", "von", "bin", "al", "da", "la", "le", "du", "der", "ibn"].contains(tokens[m].lower) && m + 1 < tokens.count && tokens[m + 1].isCapitalized) {
                run.append(tokens[m])
                m += 1
                if run.last?.isPossessive == true { break }
            }
            if let parsed = NameIndex.parse(run), parsed.name.split(separator: " ").count >= 2, parsed.type == .person {
                record(parsed.name, role: parsed.role, paragraph: paragraph, offset: run[0].start)
            }
            k = max(m, k + 1)
        }
    }

    mutating func record(_ name: String, role: String?, paragraph: Int, offset: Int) {
        if !fullNames.contains(name) { fullNames.append(name) }
        if let role, roles[name] == nil { roles[name] = role }
        mentions.append(Mention(paragraph: paragraph, offset: offset, name: name, role: role))
    }

    /// Splits a capitalised run into role words and name words.
    static func parse(_ run: [Token]) -> (name: String, role: String?, type: SpeakerType)? {
        var words = run.map(\.bare)
        while let first = words.first, SpeakerWords.notNames.contains(first.lowercased()), !Lexicon.honorifics.contains(first.lowercased()) {
            words.removeFirst()
        }
        guard !words.isEmpty else { return nil }
        // The role is a prefix of title words, adjectives and possessives ("Russia’s
        // Foreign Minister", "U.S. Secretary of the Army"); the name follows it.
        let possessive = Set(run.filter(\.isPossessive).map(\.bare))
        var lastTitle = -1
        for (i, w) in words.enumerated() {
            let l = w.lowercased()
            if Lexicon.titleWords.contains(l) && l != "of" && l != "the" || Lexicon.honorifics.contains(l) {
                lastTitle = i
            } else if l == "of" || l == "the" || SpeakerWords.isAdjectival(w) || possessive.contains(w) {
                continue
            } else {
                break
            }
        }
        // Adjectives before the title are part of the role ("French President").
        var roleWords = lastTitle >= 0 ? Array(words[...lastTitle]) : []
        var nameWords = Array(words[(lastTitle + 1)...])
        if lastTitle < 0, nameWords.count >= 3, SpeakerWords.isAdjectival(nameWords[0]) || possessive.contains(nameWords[0]) {
            roleWords = [nameWords.removeFirst()]
        }
        // "Jane Smith of Ohio": the name ends before "of".
        if let of = nameWords.firstIndex(where: { $0 == "of" }), of > 0 { nameWords = Array(nameWords[..<of]) }
        roleWords.removeAll { Lexicon.honorifics.contains($0.lowercased()) }
        nameWords.removeAll { Lexicon.honorifics.contains($0.lowercased()) }
        let lowerAll = words.map { $0.lowercased() }
        if lowerAll.contains(where: SpeakerWords.organisation.contains) && (nameWords.isEmpty || lowerAll.last.map(SpeakerWords.organisation.contains) == true) {
            return (words.joined(separator: " "), nil, .organisation)
        }
        guard !nameWords.isEmpty, nameWords.allSatisfy({ $0.first?.isUppercase == true && !SpeakerWords.notNames.contains($0.lowercased()) }) else {
            return nil
        }
        let role = roleWords.isEmpty ? nil : roleWords.joined(separator: " ")
        return (nameWords.joined(separator: " "), role, .person)
    }

    /// The full name for a surname or partial name, if the article gave one.
    func fullName(for name: String) -> String? {
        let parts = name.split(separator: " ")
        guard let last = parts.last else { return nil }
        if fullNames.contains(name) && parts.count >= 2 { return name }
        return fullNames.first { full in
            let fp = full.split(separator: " ")
            return fp.last == last && fp.count > parts.count && (parts.count == 1 || fp.first == parts.first)
        }
    }

    /// The last person named before a position.
    func lastPerson(before paragraph: Int, offset: Int, within paragraphs: Int = 3) -> Mention? {
        mentions.last { m in
            (m.paragraph < paragraph || (m.paragraph == paragraph && m.offset < offset)) && paragraph - m.paragraph <= paragraphs
        }
    }
}
