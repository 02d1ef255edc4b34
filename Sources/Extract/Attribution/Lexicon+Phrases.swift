/// The small closed-class word lists the attribution rules read: articles,
/// determiners, prepositions and connectives, name particles, and the cue
/// and noun lists that only the rules use.
extension Lexicon {
    /// The articles ("said the company's spokesman", ", a lawyer for the family").
    static let articles: Set<String> = ["the", "a", "an"]
    /// Words that open an unnamed description ("a", "the", "one", "another").
    static let descriptionOpeners: Set<String> = articles.union(indefiniteCounters)
    /// Indefinite words that open a description, never a name ("an Ohio Democrat", "another Texas Republican").
    static let indefiniteOpeners: Set<String> = ["a", "an", "another", "one"]
    /// Prepositions after which a cue in -ing has the sentence's subject ("after saying", "by describing").
    static let gerundPrepositions: Set<String> = ["after", "before", "by", "while", "when", "without", "since"]
    /// Nouns for works with titles: a capitalised quote right after one is the title ("the film “Wild Rose”").
    static let workNouns: Set<String> = [
        "book", "books", "novel", "memoir", "film", "movie", "documentary", "song", "single", "album", "series", "show",
        "podcast", "play", "musical", "opera", "poem", "essay", "report", "article", "column", "exhibition", "painting",
        "episode", "titled", "entitled", "headlined",
    ]
    /// Cue verbs in an irregular past form, which no noun shares ("said of", "spoke of").
    static let pastCues: Set<String> = ["said", "told", "wrote", "spoke", "saw", "found", "read"]
    /// Marks that end a sentence.
    static let sentenceEnds: Set<String> = [".", "?", "!"]
    /// Relative pronouns: a clause of their own, with its own subject.
    static let relativePronouns: Set<String> = ["who", "whom", "which", "that", "whose"]
    /// "one" and "another": alone after a cue they are a thing, not a source ("reads one").
    static let indefiniteCounters: Set<String> = ["one", "another"]
    /// Determiners before a noun ("the", "this", possessive pronouns).
    static let determiners: Set<String> = ["the", "a", "an", "this", "that", "his", "her", "their", "its", "our", "my", "your"]
    /// Words after which a cue word is a noun ("the report", "her post"): the
    /// determiners but "that", which so often opens a clause ("a statement that
    /// said"), with "these" and "those".
    static let nounDeterminers: Set<String> = determiners.subtracting(["that"]).union(["these", "those"])
    /// Determiners that may stand among the capitalised words of a subject ("The", "This", "Its").
    static let subjectDeterminers: Set<String> = ["the", "a", "an", "this", "its"]
    /// Lower-case words that may stand inside a name or a title ("Secretary of State", "Leonardo da Vinci").
    static let nameJoiners: Set<String> = ["of", "the", "and", "de", "al", "van", "von"]
    /// Particles inside a person's name ("de", "van", "bin").
    static let nameParticles: Set<String> = ["de", "van", "von", "bin", "al"]
    /// Prepositions that end no description ("said one official at" loses "at").
    static let trailingPrepositions: Set<String> = ["at", "for", "of", "to"]
    /// Words by which capitalised words qualify an unnamed source ("one operative in the state").
    static let qualifierPrepositions: Set<String> = ["in", "on", "at", "from", "for", "of", "with", "who"]
    /// Dashes that attribute ("“…” — Reyes").
    static let dashes: Set<String> = ["—", "–"]
    /// Punctuation between a closing mark and the words after it.
    static let postQuotePunctuation: Set<String> = [",", "—", "–", "-", "\u{2011}"]
    /// Conjunctions that, after a comma, open a new clause.
    static let clauseOpeners: Set<String> = ["but", "while", "whereas", "although", "though", "yet"]
    /// Words that open a sentence with an introductory phrase, up to its comma.
    static let introWords: Set<String> = [
        "on", "in", "at", "during", "after", "before", "earlier", "later", "last", "meanwhile", "however", "still",
        "asked", "speaking", "since", "when", "while", "as", "for", "with", "by", "from", "under", "according", "but",
        "and", "yet", "outside", "inside", "following", "despite", "although", "though",
    ]
    /// Cues that can stand before their speaker ("said Smith: “…”"); "told" takes an object instead.
    static let invertibleCues: Set<String> = [
        "said", "says", "added", "adds", "wrote", "writes", "asked", "asks", "continued", "continues", "explained",
        "explains", "replied", "declared",
    ]
    /// Adverbs, auxiliaries and time words skipped between a speaker and the cue ("Smith also said").
    static let skippable: Set<String> = [
        "also", "later", "then", "previously", "recently", "again", "once", "repeatedly", "has", "had", "have", "would",
        "will", "reportedly", "publicly", "privately", "bluntly", "flatly", "simply", "quickly", "finally", "further",
        "separately", "similarly", "earlier", "subsequently", "initially", "originally", "emphatically", "angrily",
        "since", "now", "still", "last", "week", "month", "year", "yesterday", "today", "in", "an", "a", "interview",
        "statement", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "herself",
        "himself", "themselves", "itself",
    ]
    /// Nouns for what someone said ("Reyes’s announcement that …").
    static let speechNouns: Set<String> = [
        "announcement", "statement", "remarks", "claim", "assertion", "comments", "promise", "pledge", "warning",
        "tweet", "testimony", "vow", "insistence", "suggestion", "speech", "letter", "post", "declaration", "boast",
    ]
    /// Words that put a quote in the first person.
    static let firstPersonWords: Set<String> = [
        "i", "i’ve", "i've", "i’m", "i'm", "i’d", "i'd", "i’ll", "i'll", "me", "my", "we", "we’re", "we're", "we’ve",
        "we've", "our", "us",
    ]
}
