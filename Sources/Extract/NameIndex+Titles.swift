/// Title and role words the name index reads beside ``Lexicon/titleWords``:
/// words news copy puts before a person's name as a false title ("Giants GM
/// Lou Baker", "Tanaiste Leo Varadkar") that the lexicon does not hold.
extension NameIndex {
    /// Extra pre-name title words, lower case.
    static let extraTitleWords: Set<String> = [
        "gm", "tanaiste", "tánaiste", "taoiseach", "minister-president", "chairperson", "boss", "mla", "msp", "td", "senator-elect", "governor-elect",
        "mayor-elect", "councilmember", "attorney-general", "solicitor-general", "comptroller", "constable", "lieutenant", "corporal", "brigadier", "marshal", "undersecretary", "under-secretary",
    ]

    /// Whether a lower-cased word is a title or role word.
    static func isRoleWord(_ lower: String) -> Bool {
        (Lexicon.titleWords.contains(lower) && lower != "of" && lower != "the") || Lexicon.honorifics.contains(lower)
            || extraTitleWords.contains(lower)
    }

    /// Whether a capitalised word before a given name belongs to a role: a
    /// title, a place or an organisation word ("Ukraine",
    /// "Harbour Board"), and not a given name itself.
    static func isRoleLike(_ word: String) -> Bool {
        let lower = word.lowercased()
        guard !GivenNames.isKnown(word) else { return false }
        return isRoleWord(lower) || PlaceNames.all.contains(lower) || placeWords.contains(lower)
            || SpeakerWords.organisation.contains(lower)
    }

    /// Splits the words after a title's "of" into the title's complement and
    /// the person's name: "of Public Prosecution Eva-Marie Persson" →
    /// ("of Public Prosecution", "Eva-Marie Persson"). The name starts at the
    /// first common given name that leaves two words; without one, a
    /// complement of three words or more leaves its last two words as the name.
    static func splitComplement(_ words: [String]) -> (complement: [String], name: [String]) {
        var lead: [String] = []
        var rest = words[...]
        while let first = rest.first, first == "of" || first == "the" {
            lead.append(first)
            rest = rest.dropFirst()
        }
        let body = Array(rest)
        let cut: Int
        if let g = body.indices.first(where: { GivenNames.isKnown(body[$0]) }), body.count - g >= 2 {
            cut = g
        } else if body.count >= 3 {
            cut = body.count - 2
        } else {
            cut = 0
        }
        return (lead + body[..<cut], Array(body[cut...]))
    }
}
