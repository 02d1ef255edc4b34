/// Later mentions that repeat the last words of a person's full name
/// ("Hawk Sawyer" after "Kathleen Hawk Sawyer", "Abu Hatab" after "Walid Abu
/// Hatab") name the same person: news copy shortens a name from the front.
extension NameIndex {
    /// The one recorded full name, longer than `parts`, whose last words are
    /// `parts` and whose extra leading words are name words (not a title, a
    /// place or a word the article writes in lower case). Nil when there is
    /// none, or when two different people end so (the short form is then
    /// ambiguous and stays as written).
    /// An honorific form ("Dr Holohan", "Ms. Hill") stands for the one full
    /// name with that surname whose given name does not contradict the
    /// honorific's gender.
    func longerName(endingWith parts: [Substring]) -> String? {
        guard parts.count >= 2 else { return nil }
        var parts = parts
        var honorificGender: Gender?
        let isHonorific = Lexicon.honorifics.contains(parts[0].lowercased())
        if isHonorific {
            honorificGender = Self.genderedHonorifics[parts[0].lowercased()]
            parts.removeFirst()
        }
        var found: String?
        for (i, words) in fullNameWords.enumerated() where words.count > parts.count && Array(words.suffix(parts.count)) == parts {
            let extra = words.prefix(words.count - parts.count)
            guard extra.allSatisfy({ isNameWord(String($0)) }) else { continue }
            if let honorificGender, let given = GivenNames.gender(of: String(words[0])), given != honorificGender { continue }
            if let found, found != fullNames[i] { return nil }
            found = fullNames[i]
        }
        return found
    }

    /// Whether `word`, standing before other name words, can be part of a
    /// person's name rather than a title, a place or a common word.
    func isNameWord(_ word: String) -> Bool {
        let lower = word.lowercased()
        return !isCommonWord(word) && !Self.isRoleWord(lower) && !Self.placeWords.contains(lower)
            && !PlaceNames.all.contains(lower) && !SpeakerWords.notNames.contains(lower)
    }

    /// Pass one recorded both "Kathleen Hawk Sawyer" and "Hawk Sawyer": the
    /// short form's mentions are the long name's, and the short form is not a
    /// full name of its own.
    mutating func mergeTrailingForms() {
        var replacement: [String: String] = [:]
        for (i, words) in fullNameWords.enumerated() where words.count >= 2 {
            if let longer = longerName(endingWith: words) { replacement[fullNames[i]] = longer }
        }
        guard !replacement.isEmpty else { return }
        for k in mentions.indices {
            guard let longer = replacement[mentions[k].name] else { continue }
            mentions[k].name = longer
            if mentions[k].role == nil { mentions[k].role = roles[longer] }
        }
        for (short, longer) in replacement {
            if roles[longer] == nil, let role = roles[short] { roles[longer] = role }
            roles[short] = nil
        }
        let keep = fullNames.indices.filter { replacement[fullNames[$0]] == nil }
        fullNames = keep.map { fullNames[$0] }
        fullNameWords = keep.map { fullNameWords[$0] }
    }
}
