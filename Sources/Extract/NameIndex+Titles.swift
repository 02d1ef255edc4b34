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
}
