/// A verb that attributes speech, as its lemma, how it inflects and what
/// kind of cue it is. ``forms`` spells out every form the rules match.
struct Verb: Sendable {
    /// What a cue verb tells the rules besides "someone spoke".
    struct Tags: OptionSet, Sendable {
        let rawValue: UInt8

        /// Frames a partial quote as the speaker's words for something
        /// ("called it a “disgraceful” decision", "described the plan as “reckless”").
        static let framing = Tags(rawValue: 1 << 0)
        /// A manner of speaking that news uses as a cue only in its finite forms,
        /// the past and the third person ("…,” she laughed / laughs), never as
        /// the bare verb or the -ing form, which are nouns or adverbials ("a laugh", "laughing").
        static let manner = Tags(rawValue: 1 << 1)
        /// May stand before its subject in its past and third-person forms ("…,” said Smith).
        static let invertible = Tags(rawValue: 1 << 2)
    }

    /// How the forms are made.
    enum Spelling: Sendable {
        /// By the regular rules of ``Inflection``.
        case regular(Inflection.Doubling)
        /// Regular -s and -ing; the past and past participle as given ("say" → "said").
        case irregular(past: String, participle: String)
    }

    /// The dictionary form ("say").
    let lemma: String
    /// How the forms are made.
    let spelling: Spelling
    /// What kind of cue it is.
    let tags: Tags
    /// Forms the spelling rules make that are left out: in news they are far
    /// more often nouns or adjectives ("reports", "rules", "protests", "branding")
    /// and would open false attributions. The table says why for each.
    let excluded: [String]

    /// A regular verb; `doubling` says whether its final consonant doubles ("admit" → "admitted").
    init(_ lemma: String, _ tags: Tags = [], doubling: Inflection.Doubling = .never, except excluded: [String] = []) {
        self.lemma = lemma
        self.spelling = .regular(doubling)
        self.tags = tags
        self.excluded = excluded
    }

    /// A verb with an irregular past ("tell" → "told", "write" → "wrote", "written").
    init(_ lemma: String, past: String, participle: String? = nil, _ tags: Tags = [], except excluded: [String] = []) {
        self.lemma = lemma
        self.spelling = .irregular(past: past, participle: participle ?? past)
        self.tags = tags
        self.excluded = excluded
    }

    /// Every form the rules match, each once, the lemma's first: bare, -s, past,
    /// past participle, -ing, less the ``excluded`` ones. A manner verb keeps
    /// only the -s and past forms. A lemma in -ize also gives the British -ise
    /// spellings ("emphasise").
    var forms: [String] {
        generatedForms.filter { !excluded.contains($0) }
    }

    /// The forms the spelling rules make, before any is left out.
    var generatedForms: [String] {
        var all: [String] = []
        for stem in spellings {
            let past: [String]
            let participle: [String]
            let ing: [String]
            switch spelling {
            case .regular(let doubling):
                past = Inflection.past(stem, doubling: doubling)
                participle = past
                ing = Inflection.presentParticiple(stem, doubling: doubling)
            case .irregular(let p, let pp):
                past = [p]
                participle = [pp]
                ing = Inflection.presentParticiple(stem)
            }
            let candidates = tags.contains(.manner)
                ? [Inflection.withS(stem)] + past
                : [stem, Inflection.withS(stem)] + past + participle + ing
            for form in candidates where !all.contains(form) { all.append(form) }
        }
        return all
    }

    /// The past and third-person forms, those that can stand before a subject ("said Smith", "says Smith").
    var finiteForms: [String] {
        let finite: [String]
        switch spelling {
        case .regular(let doubling): finite = spellings.flatMap { [Inflection.withS($0)] + Inflection.past($0, doubling: doubling) }
        case .irregular(let p, _): finite = spellings.map(Inflection.withS) + [p]
        }
        return finite.filter { !excluded.contains($0) }
    }

    /// The lemma, and for a lemma in -ize its British spelling in -ise.
    private var spellings: [String] {
        lemma.hasSuffix("ize") ? [lemma, lemma.dropLast(2) + "se"] : [lemma]
    }
}
