/// A speaker as resolved from the text.
struct ResolvedSpeaker: Equatable {
    var name: String
    var role: String?
    var type: SpeakerType
    var aliases: [String] = []
}

/// Organisation words: a capitalised phrase that holds one names an organisation.
enum SpeakerWords {
    static let organisation: Set<String> = [
        "authority", "ministry", "department", "council", "party", "inc", "inc.", "corp", "corp.", "company", "agency",
        "office", "commission", "committee", "association", "union", "court", "police", "service", "bank",
        "university", "institute", "foundation", "group", "news", "times", "post", "network", "kremlin", "government",
        "administration", "campaign", "board", "bureau", "fund", "organization", "organisation", "nasa", "fbi", "cia",
        "pentagon", "white", "league", "federation", "club", "team", "church", "school", "hospital", "center", "centre",
        "force", "army", "navy", "parliament", "congress", "senate", "house", "embassy", "firm", "llc", "ltd", "co.",
        "network", "media", "press", "journal", "tribune", "herald", "reuters", "ap", "afp", "bbc", "cnn", "nhs",
        "records", "productions", "studios", "entertainment", "pictures", "airlines", "motors", "technologies",
        "labs", "holdings", "partners", "systems", "pharmaceuticals", "conservation", "pac",
    ]

    /// Capitalised words that are not names though they open a sentence or a phrase.
    static let notNames: Set<String> = [
        "the", "a", "an", "in", "on", "at", "but", "and", "as", "after", "before", "when", "while", "if", "this",
        "that", "these", "those", "his", "her", "their", "its", "our", "my", "your", "we", "i", "he", "she", "they",
        "it", "there", "here", "what", "why", "how", "who", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "according", "meanwhile", "however", "still", "yet", "also", "so", "for", "with", "from", "by", "to", "of",
        "earlier", "later", "last", "next", "some", "many", "most", "all", "one", "two", "three", "both", "such",
        "maybe", "perhaps", "instead", "indeed", "now", "then", "today", "yesterday", "overall", "finally", "first",
        "second", "third", "even", "only", "just", "like", "unlike", "once", "twice", "thus", "therefore", "hence",
        "besides", "otherwise", "nevertheless", "nonetheless", "regardless", "again", "soon", "recently",
        "currently", "eventually", "ultimately", "initially", "originally", "similarly", "likewise", "additionally",
        "furthermore", "moreover", "consequently", "accordingly", "clearly", "obviously", "certainly", "surely",
        "sadly", "unfortunately", "fortunately", "luckily", "hopefully", "interestingly", "notably", "importantly",
        "specifically", "apparently", "reportedly", "allegedly", "ironically", "not", "no", "yes", "every", "each",
        "any", "other", "another", "neither", "either", "few", "several", "much", "more", "less", "which", "whose",
        "where", "when", "whether", "although", "though", "because", "since", "until", "unless", "despite", "during",
        "asked", "told", "said", "says", "according", "under", "over", "about", "after", "while", "without", "within",
    ]

    /// Nationality and place adjectives are capitalised words that open a role ("French President").
    /// Words that qualify a role ("British Prime Minister", "former President") without a telling suffix.
    private static let adjectivalWords: Set<String> = [
        "u.s.", "us", "uk", "u.k.", "eu", "un", "u.n.", "nato", "gop", "british", "french", "dutch", "swiss", "irish",
        "scottish", "welsh", "chinese", "japanese", "israeli", "iraqi", "saudi", "thai", "greek", "turkish",
        "polish", "spanish", "danish", "swedish", "finnish", "belarusian", "new", "former", "then",
    ]

    static func isAdjectival(_ word: String) -> Bool {
        let w = word.lowercased()
        if adjectivalWords.contains(w) { return true }
        return w.hasSuffix("ian") || w.hasSuffix("ean") || w.hasSuffix("can") || w.hasSuffix("ese") || w.hasSuffix("ish")
            || w.hasSuffix("’s") || w.hasSuffix("'s")
    }
}
