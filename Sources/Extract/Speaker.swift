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
    static let organisation: Set<String> = Lexicon.organisationWords

    /// Capitalised words that are not names though they open a sentence or a phrase.
    static let notNames: Set<String> = Lexicon.notNames

    /// Nationality and place adjectives are capitalised words that open a role ("French President").
    /// Words that qualify a role ("British Prime Minister", "former President") without a telling suffix.
    private static let adjectivalWords: Set<String> = Lexicon.adjectivalWords

    static func isAdjectival(_ word: String) -> Bool {
        let w = word.lowercased()
        if adjectivalWords.contains(w) { return true }
        return w.hasSuffix("ian") || w.hasSuffix("ean") || w.hasSuffix("can") || w.hasSuffix("ese") || w.hasSuffix("ish")
            || w.hasSuffix("’s") || w.hasSuffix("'s")
    }
}
