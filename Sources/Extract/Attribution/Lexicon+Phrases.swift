/// The small closed-class word lists the attribution rules read: articles,
/// determiners, prepositions and connectives, name particles, and the cue
/// and noun lists that only the rules use.
extension Lexicon {
    /// The hand-written lists of this file by name, as written (see ``Lexicon/wordLists``).
    static let phraseWordLists: [(name: String, words: [String])] = [
        ("articles", articlesList), ("pollVerbs", pollVerbsList), ("pollNouns", pollNounsList), ("indefiniteOpeners", indefiniteOpenersList), ("gerundPrepositions", gerundPrepositionsList), ("workNouns", workNounsList), ("pastCues", pastCuesList), ("sentenceEnds", sentenceEndsList), ("relativePronouns", relativePronounsList), ("callingVerbs", callingVerbsList), ("titleJoinerWords", titleJoinerWordsList), ("indefiniteCounters", indefiniteCountersList), ("determiners", determinersList), ("subjectDeterminers", subjectDeterminersList), ("nameJoiners", nameJoinersList), ("nameParticles", nameParticlesList), ("nameSuffixes", nameSuffixesList), ("trailingPrepositions", trailingPrepositionsList), ("qualifierPrepositions", qualifierPrepositionsList), ("dashes", dashesList), ("postQuotePunctuation", postQuotePunctuationList), ("clauseOpeners", clauseOpenersList), ("introWords", introWordsList), ("skippable", skippableList), ("speechNouns", speechNounsList), ("firstPersonWords", firstPersonWordsList), ("passiveAuxiliaries", passiveAuxiliariesList),
    ]

    /// The articles ("said the company's spokesman", ", a lawyer for the family").
    static let articles: Set<String> = Set(articlesList)
    /// The entries of ``articles``, as written.
    static let articlesList: [String] = ["the", "a", "an"]
    /// Words that open an unnamed description ("a", "the", "one", "another").
    static let descriptionOpeners: Set<String> = articles.union(indefiniteCounters)
    /// Indefinite words that open a description, never a name ("an Ohio Democrat", "another Texas Republican").
    static let indefiniteOpeners: Set<String> = Set(indefiniteOpenersList)
    /// The entries of ``indefiniteOpeners``, as written.
    static let indefiniteOpenersList: [String] = ["a", "an", "another", "one"]
    /// Prepositions after which a cue in -ing has the sentence's subject ("after saying", "by describing").
    static let gerundPrepositions: Set<String> = Set(gerundPrepositionsList)
    /// The entries of ``gerundPrepositions``, as written.
    static let gerundPrepositionsList: [String] = ["after", "before", "by", "while", "when", "without", "since"]
    /// Nouns for works with titles: a capitalised quote right after one is the title ("the film “Wild Rose”").
    static let workNouns: Set<String> = Set(workNounsList)
    /// The entries of ``workNouns``, as written.
    static let workNounsList: [String] = [
        "book", "books", "novel", "memoir", "film", "movie", "documentary", "song", "single", "album", "series", "show",
        "podcast", "play", "musical", "opera", "poem", "essay", "report", "article", "column", "exhibition", "painting",
        "episode", "titled", "entitled", "headlined",
    ]
    /// Cue verbs in an irregular past form, which no noun shares ("said of", "spoke of").
    static let pastCues: Set<String> = Set(pastCuesList)
    /// The entries of ``pastCues``, as written.
    static let pastCuesList: [String] = ["said", "told", "wrote", "spoke", "saw", "found", "read"]
    /// Marks that end a sentence.
    static let sentenceEnds: Set<String> = Set(sentenceEndsList)
    /// The entries of ``sentenceEnds``, as written.
    static let sentenceEndsList: [String] = [".", "?", "!"]
    /// Verbs of calling: a name in capitals right after one is a name, not speech ("calls him “Mini Mike”").
    static let callingVerbs: Set<String> = Set(callingVerbsList)
    /// The entries of ``callingVerbs``, as written.
    static let callingVerbsList: [String] = ["call", "calls", "called", "calling", "dubbed", "nicknamed", "named", "christened"]
    /// Words of ``titleWords`` that only join or qualify a title ("Secretary of State",
    /// "Attorney General", "White House"): alone they make no role.
    static let titleJoinerWords: Set<String> = Set(titleJoinerWordsList)
    /// The entries of ``titleJoinerWords``, as written.
    static let titleJoinerWordsList: [String] = ["general", "state", "house", "white", "of", "the"]
    /// The words that make a phrase a role: titles, role and kin nouns, unnamed sources' heads.
    static let roleHeads: Set<String> = titleWords.union(personNouns).union(anonymousHeads).subtracting(titleJoinerWords)
    /// Relative pronouns: a clause of their own, with its own subject.
    static let relativePronouns: Set<String> = Set(relativePronounsList)
    /// The entries of ``relativePronouns``, as written.
    static let relativePronounsList: [String] = ["who", "whom", "which", "that", "whose"]
    /// "one" and "another": alone after a cue they are a thing, not a source ("reads one").
    static let indefiniteCounters: Set<String> = Set(indefiniteCountersList)
    /// The entries of ``indefiniteCounters``, as written.
    static let indefiniteCountersList: [String] = ["one", "another"]
    /// Determiners before a noun ("the", "this", possessive pronouns).
    static let determiners: Set<String> = Set(determinersList)
    /// The entries of ``determiners``, as written.
    static let determinersList: [String] = ["the", "a", "an", "this", "that", "his", "her", "their", "its", "our", "my", "your"]
    /// Words after which a cue word is a noun ("the report", "her post"): the
    /// determiners but "that", which so often opens a clause ("a statement that
    /// said"), with "these" and "those".
    static let nounDeterminers: Set<String> = determiners.subtracting(["that"]).union(["these", "those"])
    /// Determiners that may stand among the capitalised words of a subject ("The", "This", "Its").
    static let subjectDeterminers: Set<String> = Set(subjectDeterminersList)
    /// The entries of ``subjectDeterminers``, as written.
    static let subjectDeterminersList: [String] = ["the", "a", "an", "this", "its"]
    /// Lower-case words that may stand inside a name or a title ("Secretary of State", "Leonardo da Vinci").
    static let nameJoiners: Set<String> = Set(nameJoinersList)
    /// The entries of ``nameJoiners``, as written.
    static let nameJoinersList: [String] = ["of", "the", "and", "de", "al", "van", "von"]
    /// Particles inside a person's name ("de", "van", "bin").
    static let nameParticles: Set<String> = Set(nameParticlesList)
    /// The entries of ``nameParticles``, as written.
    static let nameParticlesList: [String] = ["de", "van", "von", "bin", "al", "da", "la", "le", "du", "der", "ibn", "del", "dos"]
    /// Generational suffixes after a surname ("Robert F. Kennedy Jr.", "Martin Luther King III"):
    /// the surname is the word before them.
    static let nameSuffixes: Set<String> = Set(nameSuffixesList)
    /// The entries of ``nameSuffixes``, as written (lower case).
    static let nameSuffixesList: [String] = ["jr.", "jr", "sr.", "sr", "ii", "iii", "iv"]
    /// Prepositions that end no description ("said one official at" loses "at").
    static let trailingPrepositions: Set<String> = Set(trailingPrepositionsList)
    /// The entries of ``trailingPrepositions``, as written.
    static let trailingPrepositionsList: [String] = ["at", "for", "of", "to"]
    /// Words by which capitalised words qualify an unnamed source ("one operative in the state").
    static let qualifierPrepositions: Set<String> = Set(qualifierPrepositionsList)
    /// The entries of ``qualifierPrepositions``, as written.
    static let qualifierPrepositionsList: [String] = ["in", "on", "at", "from", "for", "of", "with", "who"]
    /// Dashes that attribute ("“…” — Reyes").
    static let dashes: Set<String> = Set(dashesList)
    /// The entries of ``dashes``, as written.
    static let dashesList: [String] = ["—", "–"]
    /// Punctuation between a closing mark and the words after it.
    static let postQuotePunctuation: Set<String> = Set(postQuotePunctuationList)
    /// The entries of ``postQuotePunctuation``, as written.
    static let postQuotePunctuationList: [String] = [",", "—", "–", "-", "\u{2011}"]
    /// Conjunctions that, after a comma, open a new clause.
    static let clauseOpeners: Set<String> = Set(clauseOpenersList)
    /// The entries of ``clauseOpeners``, as written.
    static let clauseOpenersList: [String] = ["but", "while", "whereas", "although", "though", "yet"]
    /// Words that open a sentence with an introductory phrase, up to its comma.
    static let introWords: Set<String> = Set(introWordsList)
    /// The entries of ``introWords``, as written.
    static let introWordsList: [String] = [
        "on", "in", "at", "during", "after", "before", "earlier", "later", "last", "meanwhile", "however", "still",
        "asked", "speaking", "since", "when", "while", "as", "for", "with", "by", "from", "under", "according", "but",
        "and", "yet", "outside", "inside", "following", "despite", "although", "though",
    ]
    /// Adverbs, auxiliaries and time words skipped between a speaker and the cue ("Smith also said").
    static let skippable: Set<String> = Set(skippableList)
    /// The entries of ``skippable``, as written.
    static let skippableList: [String] = [
        "also", "later", "then", "previously", "recently", "again", "once", "repeatedly", "has", "had", "have", "would",
        "will", "reportedly", "publicly", "privately", "bluntly", "flatly", "simply", "quickly", "finally", "further",
        "separately", "similarly", "earlier", "subsequently", "initially", "originally", "emphatically", "angrily",
        "since", "now", "still", "last", "week", "month", "year", "yesterday", "today", "in", "an", "a", "interview",
        "statement", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "herself",
        "himself", "themselves", "itself",
    ]
    /// Nouns for what someone said ("Reyes’s announcement that …").
    static let speechNouns: Set<String> = Set(speechNounsList)
    /// The entries of ``speechNouns``, as written.
    static let speechNounsList: [String] = [
        "announcement", "statement", "remarks", "claim", "assertion", "comments", "promise", "pledge", "warning",
        "tweet", "testimony", "vow", "insistence", "suggestion", "speech", "letter", "post", "declaration", "boast",
    ]
    /// Words that put a quote in the first person.
    static let firstPersonWords: Set<String> = Set(firstPersonWordsList)
    /// The forms of "be" that make a cue after them passive ("was described as", "has been called").
    static let passiveAuxiliaries: Set<String> = Set(passiveAuxiliariesList)
    /// The entries of ``passiveAuxiliaries``, as written.
    static let passiveAuxiliariesList: [String] = ["is", "are", "was", "were", "been", "be", "being"]
    /// The entries of ``firstPersonWords``, as written.
    static let firstPersonWordsList: [String] = [
        "i", "i’ve", "i've", "i’m", "i'm", "i’d", "i'd", "i’ll", "i'll", "me", "my", "we", "we’re", "we're", "we’ve",
        "we've", "our", "us",
    ]
    /// The subject pronoun a contraction with "would", "had" or "will" opens with:
    /// "he’d respond" and "she’ll say" have "he" and "she" as their subject. Nil for any other word.
    static func contractedPronoun(_ lower: String) -> String? {
        let folded = lower.replacingOccurrences(of: "’", with: "'")
        guard let apostrophe = folded.firstIndex(of: "'") else { return nil }
        let base = String(folded[..<apostrophe]), ending = String(folded[folded.index(after: apostrophe)...])
        guard pronouns.contains(base), base != "it", ["d", "ll"].contains(ending) else { return nil }
        return base
    }
    /// Verbs that attribute speech only with the particle after them, by particle:
    /// "she points out that …", "as he pointed out".
    static let phrasalCues: [String: Set<String>] = [
        "out": ["point", "points", "pointed", "pointing"],
    ]
    /// Verbs by which a poll reports its answers ("a majority agree with the statement “…”").
    static let pollVerbs: Set<String> = Set(pollVerbsList)
    /// The entries of ``pollVerbs``, as written.
    static let pollVerbsList: [String] = ["agree", "agrees", "agreed", "disagree", "disagrees", "disagreed"]
    /// What a poll puts to those it asks ("agree with the statement “…”").
    static let pollNouns: Set<String> = Set(pollNounsList)
    /// The entries of ``pollNouns``, as written.
    static let pollNounsList: [String] = ["statement", "proposition", "sentiment", "assertion", "claim"]
}
