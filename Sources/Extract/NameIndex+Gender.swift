/// The grammatical gender an article gives a person, so that "she said" is not
/// credited to the man named last.
enum Gender: Equatable {
    case male, female

    /// The gender a subject pronoun marks ("he", "she", and "himself", "herself"),
    /// if any: the pronouns that stand for a speaker or for the subject named
    /// just before. Objects and possessives are left out ("Trump called her"
    /// speaks of someone else; "his" often means the story's main person).
    init?(pronoun lower: String) {
        switch lower {
        case "he", "himself": self = .male
        case "she", "herself": self = .female
        default: return nil
        }
    }
}

extension NameIndex {
    /// Honorifics that mark a gender ("Mr. Trump", "Ms. Hill").
    static let genderedHonorifics: [String: Gender] = [
        "mr": .male, "mr.": .male, "ms": .female, "ms.": .female, "mrs": .female, "mrs.": .female,
        "miss": .female, "sir": .male, "dame": .female, "lady": .female, "lord": .male,
    ]

    /// Nouns that, standing just before a name or in the apposition after it,
    /// mark its gender ("her son, filmmaker Charlie McDowell", "Jane Starner, an
    /// agreeable woman").
    static let genderedNouns: [String: Gender] = [
        "son": .male, "father": .male, "brother": .male, "husband": .male, "uncle": .male, "nephew": .male,
        "grandfather": .male, "grandson": .male, "boyfriend": .male, "man": .male, "boy": .male, "actor": .male,
        "businessman": .male, "spokesman": .male, "chairman": .male, "congressman": .male, "councilman": .male,
        "assemblyman": .male, "king": .male, "prince": .male, "widower": .male, "dad": .male,
        "daughter": .female, "mother": .female, "sister": .female, "wife": .female, "aunt": .female, "niece": .female,
        "grandmother": .female, "granddaughter": .female, "girlfriend": .female, "woman": .female, "girl": .female,
        "actress": .female, "businesswoman": .female, "spokeswoman": .female, "chairwoman": .female,
        "congresswoman": .female, "councilwoman": .female, "assemblywoman": .female, "queen": .female,
        "princess": .female, "widow": .female, "mom": .female,
    ]

    /// Each person's gender from the article's own words: an honorific or a
    /// gendered noun next to a mention ("Mr. Trump", "her son, filmmaker
    /// Charlie McDowell"), and a he/she that opens the sentence after one whose
    /// subject the person is, or speaks there ("Hill left the NSC. She said …").
    /// Pronouns elsewhere are not counted: in a story about one man, "his"
    /// after another person's name most often still means him. A name with no
    /// evidence, or with as much one way as the other, has no gender and fits
    /// any pronoun. A common given name (see ``GivenNames``) counts twice.
    static func genders(of mentions: [Mention], in paragraphs: [AnalysedParagraph]) -> [String: Gender] {
        var score: [String: Int] = [:]  // > 0 male, < 0 female
        func vote(_ name: String, _ gender: Gender, _ weight: Int) {
            score[name, default: 0] += gender == .male ? weight : -weight
        }
        var next = 0  // the next mention to pass, in text order
        var previousSubject: String?
        for (p, paragraph) in paragraphs.enumerated() {
            let tokens = paragraph.tokens
            for sentence in paragraph.sentences {
                guard let first = tokens[safe: sentence.lowerBound], let last = tokens[safe: sentence.upperBound - 1] else { continue }
                // A he/she that opens this sentence or says something in it stands for the last subject.
                // (Indices of the words, not copies of their tokens: a token's copy costs three retains.)
                let words = sentence.filter { tokens[$0].isWord && !tokens[$0].quoted }
                // Only up to the first person this sentence names: a pronoun after it may well be theirs.
                let firstNamed = mentions[next...].first { ($0.paragraph, $0.offset) >= (p, first.start) }
                    .flatMap { m in m.paragraph == p && m.offset < last.end ? m.offset : nil } ?? Int.max
                if let previousSubject {
                    for (i, w) in words.enumerated() where tokens[w].start < firstNamed {
                        guard let g = Gender(pronoun: tokens[w].lower) else { continue }
                        let speaks = words[safe: i + 1].map { Lexicon.cueVerbs.contains(tokens[$0].lower) } ?? false
                        if i == 0 || speaks { vote(previousSubject, g, 1); break }
                    }
                }
                var subject: String?
                var named = false
                while next < mentions.count, (mentions[next].paragraph, mentions[next].offset) < (p, last.end) {
                    let m = mentions[next]
                    next += 1
                    guard m.paragraph == p, m.offset >= first.start else { continue }
                    named = true
                    if subject == nil, m.isSubject { subject = m.name }
                    guard let k = tokens.firstIndex(where: { $0.start >= m.offset }) else { continue }
                    // An honorific on the mention or just before it.
                    if let g = genderedHonorifics[tokens[k].lower] ?? tokens[safe: k - 1].flatMap({ genderedHonorifics[$0.lower] }) {
                        vote(m.name, g, 4)
                    }
                    // A gendered noun before it, up to a comma away ("her son, filmmaker …"; not "the wife of …").
                    for back in 1...4 {
                        guard let w = tokens[safe: k - back], w.isWord || w.text == ",", !w.quoted,
                              !["of", "to", "with", "and", "by", "for", "from", "than", "or"].contains(w.lower) else { break }
                        if let g = genderedNouns[w.bare.lowercased()] { vote(m.name, g, 3); break }
                    }
                }
                if named { previousSubject = subject }
            }
        }
        // The given name counts twice, as a default the article's words can overturn: an honorific
        // or a gendered noun does, and so do three sentences whose opening pronoun stands for the
        // person (two leave it open), but not one (in "Maria Reyes met Omar Haddad. He told her …"
        // the "he" is the other person).
        for name in Set(mentions.map(\.name)) {
            if name.utf8.contains(UInt8(ascii: " ")), let given = name.split(separator: " ").first, let g = GivenNames.gender(of: String(given)) {
                vote(name, g, 2)
            }
        }
        return score.compactMapValues { $0 > 0 ? .male : $0 < 0 ? .female : nil }
    }
}
