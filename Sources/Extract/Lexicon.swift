/// The English words the attribution rules read, in one value. Each list is
/// written once, as an array (so that a test can find an entry written twice),
/// and turned into a set once; subsets come from tags and plurals from the
/// spelling rules, never from a second hand-written list.
enum Lexicon {
    /// Verbs that attribute speech, in every form the rules match: the forms of ``verbs``.
    static let cueVerbs: Set<String> = Set(verbs.flatMap(\.forms))

    /// Cues that attribute only a partial quote folded into a sentence: the forms of the framing verbs.
    static let framingCues: Set<String> = Set(verbs.filter { $0.tags.contains(.framing) }.flatMap(\.forms))

    /// Cues that can stand before their speaker ("…,” said Smith): the past and
    /// third-person forms of the invertible verbs.
    static let invertibleCues: Set<String> = Set(verbs.filter { $0.tags.contains(.invertible) }.flatMap(\.finiteForms))

    /// Words that cannot be part of a speaker phrase: they end the backward walk.
    static let stopWords: Set<String> = Set(stopWordList)
    /// Personal pronouns that can stand as a speaker.
    static let pronouns: Set<String> = Set(pronounList)
    /// Honorifics dropped from a speaker's name.
    static let honorifics: Set<String> = Set(honorificList)
    /// Title words kept as a speaker's role.
    static let titleWords: Set<String> = Set(titleWordList)
    /// Nouns that refer back to a named organisation ("the company").
    static let organisationNouns: Set<String> = Set(organisationNounList)
    /// Plural nouns for groups, for resolving "they": the group list and the organisation nouns' plurals.
    static let groupNouns: Set<String> = Set(groupNounList + organisationNounList.map(Inflection.withS))
    /// Plural heads that make a phrase a group where it names the speaker ("North Dakota farmers
    /// said", "two shop owners said"): the group nouns, and the plural of every person noun an
    /// unnamed source or a title is headed by (English makes a group of people of any of them).
    static let groupHeads: Set<String> = groupNouns.union(
        (anonymousHeadList + titleWordList).filter { !Lexicon.documentHeadList.contains($0) && !nonCountHeads.contains($0) }
            .map(Inflection.withS))
    /// Heads of ``anonymousHeads`` with no plural of people ("someone", "one", "man").
    static let nonCountHeads: Set<String> = ["one", "someone", "somebody", "anyone", "insiders", "man", "woman", "person", "dr"]
    /// Nouns that make a phrase an unnamed source.
    static let anonymousHeads: Set<String> = Set(anonymousHeadList)
    /// Nouns that make a phrase a document.
    static let documentHeads: Set<String> = Set(documentHeadList)

    /// Every hand-written word list by name, as written (before it becomes a set),
    /// so that a test can find an entry written twice.
    static let wordLists: [(name: String, words: [String])] = [
        ("verbs", verbs.map(\.lemma)), ("stopWords", stopWordList), ("pronouns", pronounList),
        ("honorifics", honorificList), ("titleWords", titleWordList), ("groupNouns", groupNounList),
        ("organisationNouns", organisationNounList), ("anonymousHeads", anonymousHeadList), ("documentHeads", documentHeadList),
    ] + phraseWordLists + ruleWordLists

    /// The entries of ``stopWords``, as written.
    static let stopWordList: [String] = [
        "and", "but", "while", "whereas", "as", "that", "which", "who", "whom", "when", "where", "after", "before",
        "because", "if", "although", "though", "since", "so", "or", "nor", "than", "to", "in", "on", "at", "for",
        "with", "from", "by", "about", "into", "over", "under", "has", "have", "had", "is", "was", "were", "are",
        "be", "been", "will", "would", "could", "should", "may", "might", "can", "also", "then", "later", "once",
        "not", "never", "again", "previously", "recently", "earlier", "further", "already", "repeatedly", "it",
        "this", "there", "here", "what", "why", "how", "we", "i", "you", "me", "us",
    ]

    /// The entries of ``pronouns``, as written.
    static let pronounList: [String] = ["he", "she", "they", "it", "we", "i"]

    /// The entries of ``honorifics``, as written.
    static let honorificList: [String] = ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "prof", "prof.", "professor",
                                          "cmdr.", "cmdr", "lt.", "col.", "gen.", "maj.", "capt.", "sgt.", "adm.", "brig.", "pvt.", "cpl.",
                                          "supt.", "det.", "insp.", "gov.", "sen.", "rep.", "atty.", "rev.", "fr.", "hon."]

    /// The entries of ``titleWords``, as written.
    static let titleWordList: [String] = [
        "president", "vice", "prime", "minister", "secretary", "senator", "sen.", "sen", "rep.", "rep", "representative",
        "gov.", "governor", "mayor", "judge", "justice", "chief", "ceo", "chairman", "chairwoman", "chair", "director",
        "spokesman", "spokeswoman", "spokesperson", "general", "gen.", "lt.", "col.", "colonel", "admiral",
        "ambassador", "envoy", "aide", "adviser", "advisor", "king", "queen", "prince", "princess", "pope", "foreign",
        "defense", "defence", "finance", "interior", "health", "attorney", "state", "speaker", "leader", "commissioner",
        "chancellor", "premier", "officer", "executive", "coach", "manager", "founder", "head", "deputy", "former",
        "acting", "u.s.", "us", "uk", "u.k.", "eu", "house", "senate", "majority", "minority", "minister,", "presidential",
        "special", "national", "security", "council", "white", "army", "navy", "of", "the", "democratic", "republican",
        "inspector", "counsel", "supreme", "court", "federal", "agency", "department", "district", "county", "city",
        "sheriff", "police", "commander", "captain", "pastor", "rev.", "bishop", "cardinal", "sgt.", "sergeant",
        "professor", "prof.", "dr.", "analyst", "economist", "strategist", "owner", "partner", "lawyer", 
        "correspondent", "editor", "reporter", "host", "anchor", "sheikh", "emir", "crown", 
        "prosecutor", "detective", "lawmaker", "legislator", "congressman", "congresswoman", "assemblyman",
        "assemblywoman", "councilman", "councilwoman", "councillor", "councilor", "trustee", "superintendent",
        "principal", "dean", "provost", "president-elect", "nominee", "candidate", "challenger",
        "incumbent", "scientist", "researcher", "physician", "surgeon", "nurse", "epidemiologist", "historian",
        "author", "actor", "actress", "singer", "rapper", "star", "forward", "defenseman", "goaltender",
        "goalie", "quarterback", "pitcher", "striker", "midfielder", "skipper", "veteran", "rookie",
        "organizer", "organiser", "activist", "advocate", "official", "officials",
        "investor", "trader", "cfo", "coo", "cto", "cio", "cmo", "evp", "svp", "vp", "vice-president", "mp", "mep",
        "senior", "junior", "assistant", "associate", "director-general", "secretary-general",
        "supervisor", "supervisors", "alderman", "selectman", "clerk", "treasurer", "auditor",
        "guard", "chemist", "biologist", "physicist", "engineer", "architect", "designer", "artist", "writer",
        "novelist", "poet", "photographer", "farmer", "teacher", "student", "pilot", "soldier", "firefighter",
        "paramedic", "pharmacist", "psychologist", "psychiatrist", "therapist", "dentist", "veterinarian", "banker",
        "accountant", "consultant", "entrepreneur", "developer", "programmer", "chef", "musician", "composer",
        "producer", "filmmaker", "comedian", "athlete", "swimmer", "runner", "cyclist", "boxer", "golfer", "jockey",
        "trainer", "neonatologist", "pediatrician", "oncologist", "doctor", "dr", "coroner", "warden", "inmate",
    ]

    /// The entries of ``groupNouns``, as written; the plurals of the organisation nouns join them.
    static let groupNounList: [String] = [
        "officials", "leaders", "lawmakers", "analysts", "experts", "critics", "residents", "protesters",
        "police", "investigators", "prosecutors", "researchers", "scientists", "officers", "workers", "members",
        "democrats", "republicans", "ministers", "diplomats", "negotiators", "sources", "people", "advocates",
        "activists", "executives", "students", "teachers", "parents", "doctors", "lawyers", "attorneys", "economists",
        "traders", "investors", "organizers", "organisers", "campaigners", "witnesses", "families", "voters",
        "senators", "representatives", "regulators", "judges", "allies", "governments",
        "scholars", "historians", "aides", "staff", "employees", "fans", "players", "owners",
        // Two people, or the authorities, spoken of as one ("the pair insisted", "the feds announced").
        "feds", "pair", "couple", "duo",
    ]

    /// The entries of ``organisationNouns``, as written.
    static let organisationNounList: [String] = [
        "company", "firm", "label", "agency", "studio", "network", "organization", "organisation", "department",
        "ministry", "office", "club", "league", "union", "university", "school", "district", "hospital", "airline",
        "bank", "retailer", "startup", "carrier", "giant", "publisher", "broadcaster", "manufacturer", "automaker",
        "charity", "authority", "council", "commission", "board", "committee", "panel", "group", "chain", "insurer", "lender", "developer", "institution",
    ]

    /// The entries of ``anonymousHeads``, as written.
    static let anonymousHeadList: [String] = [
        "official", "spokesman", "spokeswoman", "spokesperson", "source", "insider", "aide", "person", "adviser",
        "advisor", "diplomat", "representative", "executive", "analyst", "expert", "witness", "resident", "statement",
        "friend", "relative", "colleague", "neighbor", "neighbour", "employee", "officer", "lawyer", "attorney",
        "prosecutor", "investigator", "doctor", "campaigner", "member", "student", "teacher",
        "user", "buyer", "seller", "vendor", "customer", "reader", "viewer", "listener", "caller", "commenter",
        "poster", "woman", "man", "mother", "father", "parent", "worker", "nurse", "driver", "owner", "refugee",
        "survivor", "victim", "visitor", "volunteer", "organizer", "organiser", "activist", "protester",
        "voter", "supporter", "critic", "fan", "player", "coach", "scientist", "researcher", "economist", "politician",
        "judge", "someone", "somebody", "one", "anyone", "insiders", "staffer", "guard",
        "rep", "publicist", "agent", "manager", "reporter", "journalist", "questioner",
        // Trades a feature meets at work and quotes without a name ("the wine merchant said").
        "merchant", "trader", "shopkeeper", "waiter", "waitress", "bartender", "winemaker", "farmer", "fisherman",
        "publican", "landlord", "tenant", "shopper", "passenger", "patient", "cashier", "clerk", "grower", "rancher",
        "miner",
        // Family, as a speaker describes them inside a quote ("my dad said, ‘…’") or a reporter does ("his wife said").
        "dad", "mom", "mum", "son", "daughter", "brother", "sister", "wife", "husband", "grandmother", "grandfather",
        "uncle", "aunt", "cousin",
    ]

    /// The entries of ``documentHeads``, as written.
    static let documentHeadList: [String] = [
        "statement", "report", "letter", "filing", "complaint", "lawsuit", "indictment", "ruling", "order", "memo",
        "document", "study", "survey", "release", "post", "tweet", "email", "message", "note", "affidavit", "motion",
        "decision", "opinion", "judgment", "verdict", "brief", "petition", "proposal", "plan", "bill", "law",
        "records", "documents", "filings", "papers", "reports", "transcript", "minutes",
        "legislation", "regulations", "rules", "notes", "booklet",
    ]
}
