/// What an article says about days once for all its quotes, found in one pass
/// over its sentences: the one occasion it reports and the scenes it sets
/// (see ``Attributor/day(for:span:in:eventDay:occasion:)``).
struct DayEvidence {
    /// The day of the one occasion the article reports, and where it is first named.
    var occasion: (day: DateText.Found, paragraph: Int, offset: Int)?
    /// The scenes the article sets, in text order.
    var scenes: [Scene] = []

    /// A sentence that places what it narrates on a day or in a period, in the
    /// past ("On Monday, Lee had the portrait inked", "At last week’s hearing,
    /// the two witnesses backed up that assessment", "In December 2015, Trump
    /// released a letter from his physician"): the quotes of that scene that
    /// follow were said then.
    struct Scene {
        /// The day (or the period, `day` nil) the sentence names.
        var day: DateText.Found
        /// The paragraph of the sentence and the offset where the sentence starts.
        var paragraph: Int
        var offset: Int
        /// The capitalised words of the sentence: the people it names.
        var names: Set<String>
        /// What the sentence narrates.
        var kind: Kind
    }

    /// What a scene's sentence narrates, from the strongest evidence of speech to the weakest.
    enum Kind {
        /// An occasion where people speak, as the place of the sentence ("At last
        /// week’s hearing, …", "during a September hearing"): it dates the quotes
        /// of anyone in the next paragraph.
        case occasion
        /// Speech in the past tense ("Last week Holmes revealed …", "Obama hailed …
        /// in his September 2013 address", "released a letter from Bornstein"): it
        /// dates the quotes of the people it names.
        case speech
        /// Something else that happened, on a day of the week before publication
        /// ("On Monday, Lee had the portrait inked"): it dates the quotes of the
        /// people it names. A period long past ("began 10 years ago, when she woke
        /// up …") is not a scene of this kind: what follows is most often told now.
        case event
    }

    /// The last scene set before `offset` in paragraph `p`, with its index.
    func scene(before p: Int, offset: Int) -> (index: Int, scene: Scene)? {
        guard let i = scenes.lastIndex(where: { ($0.paragraph, $0.offset) < (p, offset) }) else { return nil }
        return (i, scenes[i])
    }
}

extension DayEvidence {
    /// How many paragraphs after its sentence a scene still dates the quotes of a
    /// person it names (the sentence's own paragraph counts as 0).
    static let namedReach = 2
    /// How many paragraphs after its sentence a scene of an occasion for speech
    /// dates the quotes of anyone (the next paragraph: "At last week’s hearing, …"
    /// then "“…,” Lucas responded").
    static let occasionReach = 1
    /// How many paragraphs a scene is carried from one quote it dated to the next.
    static let chainReach = 1

    /// Words that name an occasion where words are said or written, besides
    /// ``Attributor/occasionNouns``: a scene that holds one dates what is said there.
    static let speechOccasionNouns: Set<String> = [
        "interview", "interviews", "testimony", "hearing", "letter", "press", "ceremony", "session", "lecture",
        "rally", "podcast", "broadcast", "tweet", "post", "video", "memo", "op-ed", "email",
    ]

    /// Prepositions that make an occasion the place of a sentence ("at the hearing", "during a debate").
    static let placePrepositions: Set<String> = ["at", "during"]
    /// How many words may stand between a place preposition and its occasion noun
    /// ("At last week’s hearing": two).
    static let placeReach = 3
    /// How many words after a speech cue still give the time of the speech
    /// ("told reporters on Monday"); a time further on belongs to what was said.
    static let cueTimeReach = 3
    /// How many days before publication an event scene may lie.
    static let eventDays = 7
    /// How many words may open a sentence before the day of an event scene: the
    /// day must lead the sentence ("But on Monday, …", "Last night Varadkar …",
    /// "On the morning of June 3, …"); a day further in belongs to a clause of
    /// background ("…, where they won the final on Sunday").
    static let frontReach = 6

    /// Cues of an exchange: the answer or question that follows a quote of the same scene.
    static let exchangeCues: Set<String> = [
        "responded", "replied", "asked", "answered", "countered", "interjected", "retorted", "shot",
    ]

    /// Verbs in the past tense that do not end in "-ed": with them (or a word in
    /// "-ed") a sentence narrates what happened, not what is or will be.
    static let irregularPast: Set<String> = [
        "had", "was", "were", "said", "told", "wrote", "spoke", "took", "gave", "made", "met", "came", "went", "sat",
        "stood", "heard", "held", "began", "got", "saw", "found", "left", "ran", "won", "lost", "led", "brought",
        "sent", "put", "read", "sought", "thought", "felt", "kept", "knew", "rose", "fell", "drew", "threw", "became",
    ]

    /// Words (lower case) without which a sentence names no period: the period
    /// and day patterns run on a sentence only where one of these, or a word of
    /// ``Attributor/dayWords``, stands.
    static let periodWords: Set<String> = ["week", "month", "year", "weeks", "months", "years", "night", "summer", "spring",
                                           "autumn", "fall", "winter", "week’s", "month’s", "year’s", "week's", "month's", "year's"]

    /// Whether a word is a verb in the past tense (a cheap test on its spelling).
    static func isPast(_ word: String) -> Bool {
        (word.count > 4 && word.hasSuffix("ed")) || irregularPast.contains(word)
    }

    /// Whether a word is a year ("1997", "2019").
    static func isYear(_ token: Token) -> Bool {
        token.text.utf8.count == 4 && (token.text.hasPrefix("19") || token.text.hasPrefix("20")) && token.text.allSatisfy(\.isNumber)
    }
}

extension Attributor {
    /// The day evidence of the whole article, found once (see ``DayEvidence``).
    /// `run()` reads it as `occasion` and hands it to every call of
    /// ``day(for:span:in:eventDay:occasion:)``.
    var occasion: DayEvidence {
        DayEvidence(occasion: singleOccasion, scenes: scenes)
    }

    /// The scenes of the article (see ``DayEvidence/Scene``): each sentence
    /// outside the quotes that names a day other than publication day, or a
    /// period, and narrates in the past tense.
    var scenes: [DayEvidence.Scene] {
        var scenes: [DayEvidence.Scene] = []
        for (p, para) in paragraphs.enumerated() {
            for range in para.sentences {
                let words = para.tokens[range].filter { !$0.quoted && $0.isWord }
                // The cheap test first: most sentences name no time.
                guard words.contains(where: { Self.mayNameDay($0) || DayEvidence.periodWords.contains($0.lower) || DayEvidence.isYear($0) }),
                      let scene = scene(words, in: p) else { continue }
                scenes.append(scene)
            }
        }
        return scenes
    }

    /// The scene one sentence sets, if it sets one (`words`: its words outside the quotes).
    func scene(_ words: [Token], in p: Int) -> DayEvidence.Scene? {
        guard words.contains(where: { DayEvidence.isPast($0.lower) }),
              !words.contains(where: { Self.futureWords.contains($0.lower) || Self.modalWords.contains($0.lower) }) else { return nil }
        let lower = words.map { $0.bare.lowercased() }
        func isOccasionNoun(_ k: Int) -> Bool {
            DayEvidence.speechOccasionNouns.contains(lower[k]) || Self.occasionNouns.contains(lower[k])
        }
        let cue = words.firstIndex(where: Self.isCue)
        let atOccasion = lower.indices.contains { k in
            isOccasionNoun(k) && lower[max(0, k - DayEvidence.placeReach)..<k].contains(where: DayEvidence.placePrepositions.contains)
        }
        let kind: DayEvidence.Kind
        var timeWords = words
        if atOccasion {
            kind = .occasion
        } else if let cue, Self.isPastTense(words[cue].lower) {
            kind = .speech
            timeWords = Array(words[..<min(words.count, cue + 1 + DayEvidence.cueTimeReach)])
        } else if lower.indices.contains(where: isOccasionNoun) {
            kind = .speech
        } else {
            kind = .event
        }
        let text = Self.withoutAttributiveDays(timeWords).map(\.text).joined(separator: " ")
        guard let found = DateText.day(in: text, publication: publishedOn, updated: updatedOn) else { return nil }
        if let day = found.day {
            guard day != publishedOn else { return nil }
            if kind == .event {
                let front = Self.withoutAttributiveDays(Array(words.prefix(DayEvidence.frontReach))).map(\.text).joined(separator: " ")
                guard DateText.day(in: front, publication: publishedOn, updated: updatedOn)?.day == day, let publishedOn, let gap = DateText.daysBetween(day, publishedOn), (1...DayEvidence.eventDays).contains(gap) else { return nil }
            }
        } else {
            guard found.basis == .period, kind != .event else { return nil }
        }
        return DayEvidence.Scene(day: found, paragraph: p, offset: words.first?.start ?? 0,
                                 names: Set(words.filter(\.isCapitalized).map(\.bare)), kind: kind)
    }

    /// The day of the scene a quote belongs to: the last scene set before it,
    /// when the scene names the speaker and is at most ``DayEvidence/namedReach``
    /// paragraphs back, when it is an occasion (``DayEvidence/Kind/occasion``) at
    /// most ``DayEvidence/occasionReach`` back, or when the quote answers the quote
    /// before ("responded", "asked"), at most ``DayEvidence/chainReach`` back and
    /// dated by the same scene. A quote in the present tense ("says", "said
    /// now") or given in an exchange of its own with the reporter ("in an
    /// interview") is not of the scene.
    func sceneDay(for found: Found, span: QuoteSpan, in p: Int, evidence: DayEvidence) -> DateText.Found? {
        let sentence = found.sentenceText.lowercased().split(separator: " ").map(String.init)
        guard !(found.cue.map(Self.isPresentTense) ?? false), !sentence.contains("now"),
              !sentence.contains(where: Self.exchangeWords.contains),
              let (index, scene) = evidence.scene(before: p, offset: span.open) else { return nil }
        let gap = p - scene.paragraph
        let surname = found.speaker.type == .person ? found.speaker.name.split(separator: " ").last.map(String.init) : nil
        let named = surname.map { scene.names.contains($0) } ?? false
        let answers = found.cue.map(DayEvidence.exchangeCues.contains) ?? false
        let chained = answers && (last.map { $0.date?.scene == index && p - $0.paragraph <= DayEvidence.chainReach } ?? false)
        guard (named && gap <= DayEvidence.namedReach) || (scene.kind == .occasion && gap <= DayEvidence.occasionReach) || chained else { return nil }
        var day = scene.day
        day.scene = index
        return day
    }
}
