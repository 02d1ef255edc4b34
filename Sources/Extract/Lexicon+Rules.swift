/// The word lists of the attribution, date and speaker rules that are not
/// closed-class phrase words (see `Lexicon+Phrases.swift`): terms and titles,
/// role and kin nouns, occasions and periods, organisation words and words
/// that are never names. Each is written once, as an array, and checked for
/// duplicates with the rest (``Lexicon/wordLists``); the rules' own names for
/// them are aliases.
extension Lexicon {
    /// The lists of this file by name, as written.
    static let ruleWordLists: [(name: String, words: [String])] = [
        ("termMarkers", termMarkersList), ("namingCues", namingCuesList), ("termNouns", termNounsList), ("personNouns", personNounsList), ("heldTitles", heldTitlesList), ("femaleNouns", femaleNounsList), ("maleNouns", maleNounsList), ("occasionNouns", occasionNounsList), ("exchangeWords", exchangeWordsList), ("futureTimeWords", futureTimeWordsList), ("modalWords", modalWordsList), ("speechOccasionNouns", speechOccasionNounsList), ("placePrepositions", placePrepositionsList), ("broadcastNouns", broadcastNounsList), ("titleSmallWords", titleSmallWordsList), ("elicitingVerbs", elicitingVerbsList), ("frontOpeners", frontOpenersList), ("exchangeCues", exchangeCuesList), ("reactionAdverbs", reactionAdverbsList), ("pastClauseOpeners", pastClauseOpenersList), ("placeOpeners", placeOpenersList), ("irregularPast", irregularPastList), ("periodWords", periodWordsList), ("periodOpeners", periodOpenersList), ("yearOpeners", yearOpenersList), ("publicationDayWords", publicationDayWordsList), ("organisationWords", organisationWordsList), ("notNames", notNamesList), ("adjectivalWords", adjectivalWordsList), ("audienceNouns", audienceNounsList),
    ]

    /// Words that frame a quoted span as a name, title or term, not as speech.
        static let termMarkers: Set<String> = Set(termMarkersList)
    /// The entries of ``termMarkers``, as written.
    static let termMarkersList: [String] = ["so-called", "titled", "entitled", "headlined", "nicknamed", "hashtag", "term", "word", "phrase", "slogan", "known", "dubbed", "named", "film", "book", "song", "album", "show", "series", "movie", "podcast", "novel", "documentary", "play"]

    /// Cues that give a name, not words: a partial quote after them is a nickname
    /// ("had dubbed Sondland's role “the Gordon problem”").
        static let namingCues: Set<String> = Set(namingCuesList)
    /// The entries of ``namingCues``, as written.
    static let namingCuesList: [String] = ["dubbed", "dub", "dubs", "nicknamed", "named", "titled", "labeled", "labelled", "branded"]

    /// Nouns after a quoted span that make it the name of a thing, not speech.
        static let termNouns: Set<String> = Set(termNounsList)
    /// The entries of ``termNouns``, as written.
    static let termNounsList: [String] = [
        "campaign", "campaigns", "slogan", "program", "programs", "programme", "programmes", "policy", "policies",
        "initiative", "project", "projects", "movement", "song", "songs", "film", "movie", "book", "show", "series",
        "album", "hashtag", "brand", "tour", "songstress", "singer", "star", "logo", "sign", "signs", "banner", "ad",
        "ads", "advert", "advertisement", "nickname", "era", "festival", "strategy", "operation", "doctrine", "rule",
        "act", "law", "bill", "event", "podcast", "episode", "segment", "column", "headline", "label", "meme",
    ]

    /// Nouns by which an article refers back to a person it has named ("the
    /// Conservative MP said", "the actress said", "the 32-year-old said"). Unnamed
    /// sources' nouns (spokesman, official) are left out: they often stand for
    /// someone the article never names.
        static let personNouns: Set<String> = Set(personNounsList)
    /// The entries of ``personNouns``, as written.
    static let personNounsList: [String] = [
        "mp", "senator", "congressman", "congresswoman", "lawmaker", "legislator", "democrat", "republican", "conservative",
        "actress", "actor", "singer", "rapper", "star", "player", "coach", "minister", "president", "governor", "mayor",
        "premier", "chancellor", "judge", "ceo", "founder", "chairman", "chairwoman", "author", "novelist", "writer",
        "artist", "filmmaker", "director", "athlete", "striker", "forward", "quarterback", "pitcher", "goalkeeper",
        "goaltender", "defenseman", "veteran", "rookie", "candidate", "nominee", "incumbent", "challenger",
        "epidemiologist", "scientist", "professor", "economist", "historian", "year-old", "businessman", "businesswoman",
    ]

    /// Titles one holder at a time bears, by which an article refers back to
    /// the person it named with the title ("King Charles" … "the king said",
    /// "Pope Francis" … "the pope"). Unlike ``personNouns`` they stand for
    /// nobody else: without a named holder the phrase resolves to no one.
        static let heldTitles: Set<String> = Set(heldTitlesList)
    /// The entries of ``heldTitles``, as written.
    static let heldTitlesList: [String] = [
        "king", "queen", "prince", "princess", "monarch", "emperor", "empress", "sultan", "emir", "sheikh", "pope",
        "archbishop", "bishop", "cardinal", "ambassador", "envoy", "general", "admiral", "commissioner", "sheriff",
        "speaker", "secretary-general",
    ]

        static let femaleNouns: Set<String> = Set(femaleNounsList)
    /// The entries of ``femaleNouns``, as written.
    static let femaleNounsList: [String] = ["mother", "woman", "girl", "wife", "daughter", "sister", "grandmother", "mom", "widow", "lady"]

        static let maleNouns: Set<String> = Set(maleNounsList)
    /// The entries of ``maleNouns``, as written.
    static let maleNounsList: [String] = ["father", "man", "boy", "husband", "son", "brother", "grandfather", "dad", "widower"]

    /// Nouns for an occasion where people speak ("Monday’s announcement",
    /// "Tuesday night’s meeting", "a hearing on Friday").
        static let occasionNouns: Set<String> = Set(occasionNounsList)
    /// The entries of ``occasionNouns``, as written.
    static let occasionNounsList: [String] = [
        "announcement", "meeting", "hearing", "conference", "briefing", "speech", "address", "call", "debate",
        "remarks", "testimony", "statement", "summit", "forum",
    ]

    /// Words that place a quote in an exchange of its own with the reporter
    /// ("said in an interview", "wrote in an email"), away from the occasion.
        static let exchangeWords: Set<String> = Set(exchangeWordsList)
    /// The entries of ``exchangeWords``, as written.
    static let exchangeWordsList: [String] = ["interview", "interviews", "email", "e-mail", "emailed", "phone"]

    /// Words that put a day in the future: the weekday resolves backwards, so
    /// such a sentence would name a wrong day.
        static let futureTimeWords: Set<String> = Set(futureTimeWordsList)
    /// The entries of ``futureTimeWords``, as written.
    static let futureTimeWordsList: [String] = ["will", "ahead", "upcoming", "scheduled", "expected", "next", "tomorrow"]

    /// Modal verbs that put a sentence's period in the future or the conditional.
        static let modalWords: Set<String> = Set(modalWordsList)
    /// The entries of ``modalWords``, as written.
    static let modalWordsList: [String] = ["could", "would", "may", "might", "should", "plans", "planned", "hopes", "aims"]

    /// Words that name an occasion where words are said or written, besides
    /// ``Attributor/occasionNouns``: a scene that holds one dates what is said there.
        static let speechOccasionNouns: Set<String> = Set(speechOccasionNounsList)
    /// The entries of ``speechOccasionNouns``, as written.
    static let speechOccasionNounsList: [String] = [
        "interview", "interviews", "testimony", "hearing", "letter", "press", "ceremony", "session", "lecture",
        "rally", "podcast", "broadcast", "tweet", "post", "video", "memo", "op-ed", "email",
    ]

    /// Prepositions that make an occasion the place of a sentence ("at the hearing", "during a debate").
        static let placePrepositions: Set<String> = Set(placePrepositionsList)
    /// The entries of ``placePrepositions``, as written.
    static let placePrepositionsList: [String] = ["at", "during"]

    /// Broadcasts one speaks "on" ("on Sunday’s edition", "on Monday’s show"): after "on",
    /// their possessive day is the day the words were said.
    static let broadcastNouns: Set<String> = Set(broadcastNounsList)
    /// The entries of ``broadcastNouns``, as written.
    static let broadcastNounsList: [String] = ["show", "edition", "episode", "program", "programme", "broadcast", "podcast"]

    /// The words a title or a name keeps in lower case ("Face the Nation", "The Voice of America").
    static let titleSmallWords: Set<String> = Set(titleSmallWordsList)
    /// The entries of ``titleSmallWords``, as written.
    static let titleSmallWordsList: [String] = ["the", "a", "an", "of", "and", "in", "on", "at", "to", "for", "with", "by", "from", "or", "&"]

    /// Verbs of asking people for their words ("the panel was polled last week"):
    /// a sentence that holds one narrates an occasion for speech.
        static let elicitingVerbs: Set<String> = Set(elicitingVerbsList)
    /// The entries of ``elicitingVerbs``, as written.
    static let elicitingVerbsList: [String] = ["polled", "surveyed", "interviewed", "canvassed"]

    /// Words that open a sentence led by its time ("On a grey March afternoon, …",
    /// "But last week …", "Earlier Tuesday …").
        static let frontOpeners: Set<String> = Set(frontOpenersList)
    /// The entries of ``frontOpeners``, as written.
    static let frontOpenersList: [String] = ["but", "and", "then", "on", "in", "at", "during", "last", "earlier", "early",
                                            "late", "that", "one", "this", "over"]

    /// Cues of an exchange: the answer, question or assent that follows a quote of the same occasion.
        static let exchangeCues: Set<String> = Set(exchangeCuesList)
    /// The entries of ``exchangeCues``, as written.
    static let exchangeCuesList: [String] = [
        "responded", "replied", "asked", "answered", "countered", "interjected", "retorted", "agreed", "echoed",
    ]

    /// Adverbs that make the past-tense verb after them a reaction to what the
    /// article told just before ("quickly accused", "immediately erupted"): the
    /// reaction came when that did, and is dated (or left in a period) with it.
        static let reactionAdverbs: Set<String> = Set(reactionAdverbsList)
    /// The entries of ``reactionAdverbs``, as written.
    static let reactionAdverbsList: [String] = ["quickly", "immediately", "swiftly", "promptly"]

    /// Conjunctions that open a clause of time after the main clause ("…
    /// failing to support them when lawmakers pointed out “…”"): words reported
    /// in such a clause were said at the earlier time it sets, not on the day of
    /// publication.
        static let pastClauseOpeners: Set<String> = Set(pastClauseOpenersList)
    /// The entries of ``pastClauseOpeners``, as written.
    static let pastClauseOpenersList: [String] = ["when", "whenever"]

    /// Common words that open the names of places ("New Jersey", "North Korean",
    /// "South Dakota", "West Bank"): capitalised before another capitalised word,
    /// they are part of the name, not a sentence's opening word.
        static let placeOpeners: Set<String> = Set(placeOpenersList)
    /// The entries of ``placeOpeners``, as written.
    static let placeOpenersList: [String] = ["new", "north", "south", "east", "west", "northern", "southern", "eastern", "western"]

    /// Verbs in the past tense that do not end in "-ed": with them (or a word in
    /// "-ed") a sentence narrates what happened, not what is or will be.
        static let irregularPast: Set<String> = Set(irregularPastList)
    /// The entries of ``irregularPast``, as written.
    static let irregularPastList: [String] = [
        "had", "was", "were", "said", "told", "wrote", "spoke", "took", "gave", "made", "met", "came", "went", "sat",
        "stood", "heard", "held", "began", "got", "saw", "found", "left", "ran", "won", "lost", "led", "brought",
        "sent", "put", "read", "sought", "thought", "felt", "kept", "knew", "rose", "fell", "drew", "threw", "became",
    ]

    /// Words (lower case) without which a sentence names no period: the period
    /// and day patterns run on a sentence only where one of these, or a word of
    /// ``Attributor/dayWords``, stands.
        static let periodWords: Set<String> = Set(periodWordsList)
    /// The entries of ``periodWords``, as written.
    static let periodWordsList: [String] = ["week", "month", "year", "weeks", "months", "years", "night", "summer", "spring",
                                           "autumn", "fall", "winter", "week’s", "month’s", "year’s", "week's", "month's", "year's"]

    /// Words before "week", "month", "year" or "night" that make a period of it ("last week", "this year").
        static let periodOpeners: Set<String> = Set(periodOpenersList)
    /// The entries of ``periodOpeners``, as written.
    static let periodOpenersList: [String] = ["last", "this", "past", "previous", "recent", "earlier"]

    /// Words before a year that make it the time of the sentence ("in 2019", "as recently as 2015").
        static let yearOpeners: Set<String> = Set(yearOpenersList)
    /// The entries of ``yearOpeners``, as written.
    static let yearOpenersList: [String] = ["in", "as", "since", "by", "until"]

    /// Words that name the day of publication ("today", "this morning"): never a scene's day.
        static let publicationDayWords: Set<String> = Set(publicationDayWordsList)
    /// The entries of ``publicationDayWords``, as written.
    static let publicationDayWordsList: [String] = ["today", "tonight", "morning", "afternoon", "today’s", "today's"]

        static let organisationWords: Set<String> = Set(organisationWordsList)
    /// The entries of ``organisationWords``, as written.
    static let organisationWordsList: [String] = [
        "authority", "ministry", "department", "council", "party", "inc", "inc.", "corp", "corp.", "company", "agency",
        "office", "commission", "committee", "association", "union", "court", "police", "service", "bank",
        "university", "institute", "foundation", "group", "news", "times", "post", "network", "kremlin", "government",
        "administration", "campaign", "board", "bureau", "fund", "organization", "organisation", "nasa", "fbi", "cia",
        "pentagon", "white", "league", "federation", "club", "team", "church", "school", "hospital", "center", "centre",
        "force", "army", "navy", "parliament", "congress", "senate", "house", "embassy", "firm", "llc", "ltd", "co.",
        "media", "press", "journal", "tribune", "herald", "reuters", "ap", "afp", "bbc", "cnn", "nhs",
        "records", "productions", "studios", "entertainment", "pictures", "airlines", "motors", "technologies",
        "labs", "holdings", "partners", "systems", "pharmaceuticals", "conservation", "pac",
        // The last word of company names in every sector: Delta Air Lines, British Airways, Ford Motor Corporation.
        "lines", "airways", "industries", "corporation", "plc", "brands", "enterprises", "communications",
    ]

    /// Capitalised words that are not names though they open a sentence or a phrase.
        static let notNames: Set<String> = Set(notNamesList)
    /// The entries of ``notNames``, as written.
    static let notNamesList: [String] = [
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
        "where", "whether", "although", "though", "because", "since", "until", "unless", "despite", "during",
        "asked", "told", "said", "says", "under", "over", "about", "without", "within",
    ]

    /// Nationality and place adjectives are capitalised words that open a role ("French President").
    /// Words that qualify a role ("British Prime Minister", "former President") without a telling suffix.
        static let adjectivalWords: Set<String> = Set(adjectivalWordsList)
    /// The entries of ``adjectivalWords``, as written.
    static let adjectivalWordsList: [String] = [
        "u.s.", "us", "uk", "u.k.", "eu", "un", "u.n.", "nato", "gop", "british", "french", "dutch", "swiss", "irish",
        "scottish", "welsh", "chinese", "japanese", "israeli", "iraqi", "saudi", "thai", "greek", "turkish",
        "polish", "spanish", "danish", "swedish", "finnish", "belarusian", "new", "former", "then",
    ]

    /// Bodies one appears before: "before" them is a place, not a time
    /// ("testified before the House Intelligence Committee Tuesday").
        static let audienceNouns: Set<String> = Set(audienceNounsList)
    /// The entries of ``audienceNouns``, as written.
    static let audienceNounsList: [String] = [
        "house", "senate", "congress", "committee", "subcommittee", "panel", "court", "judge", "jury", "lawmakers",
        "parliament", "commission", "council", "board", "reporters", "crowd", "audience", "supporters", "assembly",
        "tribunal", "legislators", "legislature", "senators", "members", "cameras", "congressional", "judges",
    ]
}
