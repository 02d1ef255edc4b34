/// English spelling rules for the inflected forms of a regular word: the
/// third person or plural in -s, the past in -ed, the present participle in
/// -ing. Irregular forms are never guessed: a ``Verb`` states them.
enum Inflection {
    /// How a verb's final consonant behaves before -ed and -ing.
    enum Doubling: Sendable {
        /// Never doubled ("warn" → "warned").
        case never
        /// Always doubled: a stressed short final syllable ("admit" → "admitted", "quip" → "quipping").
        case always
        /// Single in American and doubled in British spelling; both are produced
        /// ("label" → "labeled", "labelled").
        case british
    }

    /// The third person singular of a verb, or the plural of a noun: "says",
    /// "stresses", "replies", "ministries".
    static func withS(_ word: String) -> String {
        if endsInConsonantY(word) { return word.dropLast() + "ies" }
        if ["s", "x", "z", "ch", "sh"].contains(where: word.hasSuffix) { return word + "es" }
        return word + "s"
    }

    /// The regular past (and past participle): "noted", "replied", "warned";
    /// with doubling, "admitted" (and "labeled" plus "labelled").
    static func past(_ word: String, doubling: Doubling = .never) -> [String] {
        if word.hasSuffix("e") { return [word + "d"] }
        if endsInConsonantY(word) { return [word.dropLast() + "ied"] }
        return doubled(word, doubling).map { $0 + "ed" }
    }

    /// The present participle: "saying", "noting", "lying", "agreeing";
    /// with doubling, "quipping" (and "labeling" plus "labelling").
    static func presentParticiple(_ word: String, doubling: Doubling = .never) -> [String] {
        if word.hasSuffix("ie") { return [word.dropLast(2) + "ying"] }
        if word.hasSuffix("e"), !["ee", "ye", "oe"].contains(where: word.hasSuffix) { return [word.dropLast() + "ing"] }
        return doubled(word, doubling).map { $0 + "ing" }
    }

    /// The stems that take -ed and -ing under `doubling`.
    private static func doubled(_ word: String, _ doubling: Doubling) -> [String] {
        guard let last = word.last else { return [word] }
        switch doubling {
        case .never: return [word]
        case .always: return [word + String(last)]
        case .british: return [word, word + String(last)]
        }
    }

    /// "reply", "testify": a final y after a consonant turns into i before a suffix.
    private static func endsInConsonantY(_ word: String) -> Bool {
        guard word.hasSuffix("y"), word.count >= 2 else { return false }
        return !"aeiou".contains(word[word.index(word.endIndex, offsetBy: -2)])
    }
}
