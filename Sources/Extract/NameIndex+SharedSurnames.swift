/// People who share a surname ("John Gille", "Sarah Gille", "Ellen Gille"):
/// which one a bare "Gille" means.
extension NameIndex {
    /// The full names that end in each surname, in order of first appearance.
    func surnameOwners() -> [String: [String]] {
        var owners: [String: [String]] = [:]
        for (full, words) in zip(fullNames, fullNameWords) {
            guard words.count >= 2, let last = words.last else { continue }
            owners[String(last), default: []].append(full)
        }
        return owners
    }

    /// Which of several people sharing a surname the bare surname at `k`
    /// means, when a he or she later in its sentence (before anyone else is
    /// named) rules out the default: the person of that gender mentioned
    /// last before it. Nil keeps the default.
    func sharedSurnameChoice(_ owners: [String], default chosen: String, tokens: [Token], at k: Int, paragraph: Int,
                             surnames: [String: String]) -> String? {
        guard owners.count >= 2 else { return nil }
        var gender: Gender?
        for t in tokens[(k + 1)...] {
            if !t.isWord, [".", "?", "!"].contains(t.text) { break }
            guard t.isWord, !t.quoted else { continue }
            if t.isCapitalized, surnames[t.bare] != nil { break }
            if let g = Gender(pronoun: t.lower) { gender = g; break }
        }
        guard let gender, GivenNames.gender(of: String(chosen.split(separator: " ")[0])) != gender else { return nil }
        let fitting = owners.filter { name in
            GivenNames.gender(of: String(name.split(separator: " ")[0])).map { $0 == gender } ?? true
        }
        let offset = tokens[k].start
        let earlier = mentions.filter { m in
            fitting.contains(m.name) && (m.paragraph < paragraph || (m.paragraph == paragraph && m.offset < offset))
        }.max { ($0.paragraph, $0.offset) < ($1.paragraph, $1.offset) }
        return earlier?.name ?? fitting.first
    }
}
