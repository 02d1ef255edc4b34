/// A speaker as resolved from the text.
///
/// Resolving a phrase changes nothing in the attributor: the surface forms
/// seen and the day of a statement referred to travel with the speaker, and
/// the attributor records them only for the candidate it picks. Two speakers
/// are equal when their name, role and type are.
struct ResolvedSpeaker: Equatable {
    var name: String
    var role: String?
    var type: SpeakerType
    /// How the phrase named the speaker (a feature of the confidence).
    var via: SpeakerEvidence = .name
    /// The forms of the name the phrase used ("Trump" for "Donald Trump").
    var forms: [String] = []
    /// The day of the statement that "the statement" referred to, if named.
    var statementDay: DateText.Found?

    static func == (a: ResolvedSpeaker, b: ResolvedSpeaker) -> Bool {
        a.name == b.name && a.role == b.role && a.type == b.type
    }
}

/// How a speaker phrase named its speaker, from the surest to the least sure.
enum SpeakerEvidence: String, Sendable, CaseIterable {
    /// A name written in full where the quote is attributed ("Dana Reyes said").
    case name
    /// A surname or short form the article gave in full elsewhere ("Reyes said").
    case shortForm
    /// A single name the article never gives in full ("Reyes said", "Madonna said").
    case singleName
    /// An organisation, group, document or unnamed source described in place.
    case description
    /// A reference back: "the company", "the statement", "the senator".
    case reference
    /// A pronoun resolved to the person or group it stands for.
    case pronoun
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
