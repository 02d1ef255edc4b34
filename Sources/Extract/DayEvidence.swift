import Foundation

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
        /// The occasion nouns the sentence holds ("address", "hearing").
        var occasions: Set<String>
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
        /// ("On Monday, Lee had the portrait inked") or in a near period that leads
        /// the sentence ("On a grey March afternoon, Lee walked the fields"): it
        /// dates the quotes of the people it names. A period long past ("began 10
        /// years ago, when she woke up …", "In 2015, she opened …") is not a scene of
        /// this kind: what follows is most often told now.
        case event
        /// A sentence that names another time and sets no scene ("The board first took
        /// up the plan on Friday."): the narration has moved on, and the scene
        /// before it dates no more quotes.
        case elsewhere
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
    /// How many paragraphs back the quote an answer ("Lucas responded") answers may
    /// stand; and the quote before that carries an occasion on.
    static let chainReach = 1
    /// How many paragraphs back a scene may stand when the quote refers to its
    /// occasion ("telling reporters after the address").
    static let referReach = 10

    /// Words that name an occasion where words are said or written, besides
    /// ``Attributor/occasionNouns``: a scene that holds one dates what is said there.
    static let speechOccasionNouns: Set<String> = Lexicon.speechOccasionNouns

    /// Prepositions that make an occasion the place of a sentence ("at the hearing", "during a debate").
    static let placePrepositions: Set<String> = Lexicon.placePrepositions
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

    /// Verbs of asking people for their words ("the panel was polled last week"):
    /// a sentence that holds one narrates an occasion for speech.
    static let elicitingVerbs: Set<String> = Lexicon.elicitingVerbs

    /// Words that open a sentence led by its time ("On a grey March afternoon, …",
    /// "But last week …", "Earlier Tuesday …").
    static let frontOpeners: Set<String> = Lexicon.frontOpeners

    /// Whether a sentence (its words) is led by its time: it opens with a word of
    /// ``frontOpeners`` or with the time itself, and the time stands within
    /// ``frontReach`` words.
    static func isFronted(_ words: [Token]) -> Bool {
        guard let k = words.indices.first(where: { mayNameTime(words, $0) }), k < frontReach, let first = words.first else { return false }
        return k == 0 || frontOpeners.contains(first.lower)
    }

    /// Cues of an exchange: the answer, question or assent that follows a quote of the same occasion.
    static let exchangeCues: Set<String> = Lexicon.exchangeCues

    /// Verbs in the past tense that do not end in "-ed": with them (or a word in
    /// "-ed") a sentence narrates what happened, not what is or will be.
    static let irregularPast: Set<String> = Lexicon.irregularPast

    /// Words (lower case) without which a sentence names no period: the period
    /// and day patterns run on a sentence only where one of these, or a word of
    /// ``Attributor/dayWords``, stands.
    static let periodWords: Set<String> = Lexicon.periodWords

    /// Words before "week", "month", "year" or "night" that make a period of it ("last week", "this year").
    static let periodOpeners: Set<String> = Lexicon.periodOpeners
    /// Words before a year that make it the time of the sentence ("in 2019", "as recently as 2015").
    static let yearOpeners: Set<String> = Lexicon.yearOpeners

    /// Words that name the day of publication ("today", "this morning"): never a scene's day.
    static let publicationDayWords: Set<String> = Lexicon.publicationDayWords

    /// Whether a token may be part of a day or a period (the test before ``mayNameTime(_:_:)``).
    static func mayBeTime(_ token: Token) -> Bool {
        token.isWord && ((Attributor.mayNameDay(token) && !publicationDayWords.contains(token.lower))
            || periodWordGate.contains(token.lower) || isYear(token))
    }

    /// ``periodWords`` behind a test of their first bytes and lengths (see ``WordGate``).
    static let periodWordGate = WordGate(periodWords)

    /// Whether the word at `k` may name a day or a period with the words around
    /// it: a cheap test on the tokens before the patterns run (the patterns are
    /// costly and most sentences name no time).
    static func mayNameTime(_ words: [Token], _ k: Int) -> Bool {
        let word = words[k]
        // "may" and "march" in lower case are the verbs, not the months.
        if Attributor.mayNameDay(word) {
            return !publicationDayWords.contains(word.lower) && (word.isCapitalized || DateText.months[word.lower] == nil)
        }
        let before = k > 0 ? words[k - 1].lower : ""
        if periodWordGate.contains(word.lower) { return periodOpeners.contains(before) }
        guard isYear(word) else { return false }
        let after = words[safe: k + 1].map { Token.lowered($0.bare) } ?? ""
        return yearOpeners.contains(before) || speechOccasionNouns.contains(after) || Attributor.occasionNouns.contains(after)
    }

    /// How many words either side of a word of time the patterns read: enough
    /// for "since coming to power in 2009", "who will testify on Thursday".
    static let timeWindow = 5

    /// The words around the words of time only, as text, the runs apart joined
    /// by semicolons (which end a clause for the patterns): the patterns cost
    /// by the length of the text, and a sentence's time stands in few words.
    static func timeWindows(_ words: [Token]) -> String {
        var keep = [Bool](repeating: false, count: words.count)
        for k in words.indices where mayNameTime(words, k) {
            for j in max(0, k - timeWindow)...min(words.count - 1, k + timeWindow) { keep[j] = true }
        }
        var text = ""
        for k in words.indices where keep[k] {
            if !text.isEmpty { text += k > 0 && keep[k - 1] ? " " : " ; " }
            text += words[k].text
        }
        return text
    }

    /// Whether a word is a verb in the past tense (a cheap test on its spelling).
    static func isPast(_ word: String) -> Bool {
        (word.hasSuffix("ed") && word.count > 4) || irregularPast.contains(word)
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
                // The cheapest test first, on the tokens as they stand: most sentences name no time.
                // (By index: the tokens are read in place, not copied.)
                guard range.contains(where: { !para.tokens[$0].quoted && DayEvidence.mayBeTime(para.tokens[$0]) }) else { continue }
                let words = para.tokens[range].filter { !$0.quoted && $0.isWord }
                // The cheap test first: most sentences name no time.
                // A sentence that ends a scene matters only after a scene (see ``DayEvidence/Kind/elsewhere``).
                let ends = scenes.last.map { $0.kind != .elsewhere } ?? false
                guard words.indices.contains(where: { DayEvidence.mayNameTime(words, $0) }),
                      let scene = scene(words, in: p, ends: ends) else { continue }
                scenes.append(scene)
            }
        }
        return scenes
    }

    /// The scene one sentence sets, if it sets one (`words`: its words outside
    /// the quotes); a sentence that names another time but sets no scene ends
    /// the scene before it (``DayEvidence/Kind/elsewhere``).
    /// (`ends`: whether a scene stands before, to be ended).
    func scene(_ words: [Token], in p: Int, ends: Bool) -> DayEvidence.Scene? {
        func elsewhere(_ words: [Token], in p: Int) -> DayEvidence.Scene? {
            ends ? self.elsewhere(words, in: p) : nil
        }
        guard words.contains(where: { DayEvidence.isPast($0.lower) }),
              !words.contains(where: { Self.futureWords.contains($0.lower) || Self.modalWords.contains($0.lower) }) else {
            return elsewhere(words, in: p)
        }
        let lower = words.map { Token.lowered($0.bare) }
        func isOccasionNoun(_ k: Int) -> Bool {
            DayEvidence.speechOccasionNouns.contains(lower[k]) || Self.occasionNouns.contains(lower[k])
        }
        let cue = words.firstIndex(where: Self.isCue)
        let atOccasion = lower.contains(where: DayEvidence.elicitingVerbs.contains) || lower.indices.contains { k in
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
        let text = DayEvidence.timeWindows(Self.withoutAttributiveDays(timeWords))
        guard let found = dayNamed(in: text, updated: true) else {
            return timeWords.count == words.count ? nil : elsewhere(words, in: p)
        }
        if let day = found.day {
            guard day != publishedOn else { return nil }
            if kind == .event {
                let front = Self.withoutAttributiveDays(Array(words.prefix(DayEvidence.frontReach))).map(\.text).joined(separator: " ")
                guard dayNamed(in: front, updated: true)?.day == day, let publishedOn, let gap = DateText.daysBetween(day, publishedOn), (1...DayEvidence.eventDays).contains(gap) else {
                    return elsewhere(words, in: p)
                }
            }
        } else {
            // A period sets an event scene only when it leads the sentence and lies near ("On a grey March
            // afternoon, …", "Last week, …"); a year or a span ago is most often the past the quotes look back on.
            guard found.basis == .period,
                  kind != .event || (DayEvidence.isFronted(words) && !words.prefix(DayEvidence.frontReach).contains(where: {
                      DayEvidence.isYear($0) || $0.lower == "ago" })) else { return elsewhere(words, in: p) }
        }
        return DayEvidence.Scene(day: found, paragraph: p, offset: words.first?.start ?? 0,
                                 names: Set(words.filter(\.isCapitalized).map(\.bare)), kind: kind,
                                 occasions: Set(lower.indices.filter(isOccasionNoun).map { lower[$0] }))
    }

    /// The mark a sentence leaves that names a time other than publication day
    /// but sets no scene (see ``DayEvidence/Kind/elsewhere``), if it names one.
    func elsewhere(_ words: [Token], in p: Int) -> DayEvidence.Scene? {
        let text = Self.withoutAttributiveDays(words).map(\.text).joined(separator: " ")
        guard let found = dayNamed(in: text, updated: true), found.day != publishedOn else { return nil }
        return DayEvidence.Scene(day: found, paragraph: p, offset: words.first?.start ?? 0, names: [], kind: .elsewhere, occasions: [])
    }

    /// The day of the scene a quote belongs to: the last scene set before it,
    /// when the scene names the speaker and is at most ``DayEvidence/namedReach``
    /// paragraphs back, or when it is an occasion (``DayEvidence/Kind/occasion``)
    /// at most ``DayEvidence/occasionReach`` back, or when the quote before, at
    /// most ``DayEvidence/chainReach`` back, was dated by the same occasion; else
    /// the last scene, at most ``DayEvidence/referReach`` back, whose occasion the
    /// quote's sentence or its paragraph before it refers to ("telling reporters
    /// after the address", "said of Yoon’s address", "earlier in the hearing"). A
    /// quote in the present tense ("says", "said now") or given in an exchange of
    /// its own with the reporter ("in an interview") is not of the scene.
    func sceneDay(for found: Found, span: QuoteSpan, in p: Int, evidence: DayEvidence) -> DateText.Found? {
        let sentence = SpaceSplit.words(found.sentenceText.lowercased()).map(String.init)
        guard !(found.cue.map(Self.isPresentTense) ?? false), !sentence.contains("now"),
              !sentence.contains(where: Self.exchangeWords.contains),
              let (index, scene) = evidence.scene(before: p, offset: span.open) else { return nil }
        let gap = p - scene.paragraph
        if scene.kind == .elsewhere { return referredSceneDay(sentence, span: span, in: p, evidence: evidence, upTo: index) }
        let surname = found.speaker.type == .person ? SpaceSplit.words(found.speaker.name).last.map(String.init) : nil
        let named = surname.map { scene.names.contains($0) } ?? false
        // The quotes of an occasion follow one another: the quote before, dated by this occasion, carries it on.
        let chained = scene.kind == .occasion
            && (last.map { $0.date?.scene == index && p - $0.paragraph <= DayEvidence.chainReach } ?? false)
        if (named && gap <= DayEvidence.namedReach) || (scene.kind == .occasion && gap <= DayEvidence.occasionReach) || chained {
            var day = scene.day
            day.scene = index
            return day
        }
        return referredSceneDay(sentence, span: span, in: p, evidence: evidence, upTo: index)
    }

    /// The day of the last scene, at most ``DayEvidence/referReach`` paragraphs
    /// back, whose occasion the quote's sentence (its words `sentence`) or its
    /// paragraph before it refers to.
    func referredSceneDay(_ sentence: [String], span: QuoteSpan, in p: Int, evidence: DayEvidence, upTo index: Int) -> DateText.Found? {
        // The occasion may be named in the quote's sentence or in the sentences of its paragraph before it
        // ("Stafford, earlier in the hearing, was adamant. “…,” he said.").
        // No scene named an occasion: there is nothing to refer to (most articles).
        guard evidence.scenes[...index].contains(where: { !$0.occasions.isEmpty }) else { return nil }
        let para = paragraphs[p]
        let before = para.sentences.filter { para.tokens[safe: $0.lowerBound].map { $0.start < span.open } ?? false }
            .flatMap { para.tokens[$0].filter { !$0.quoted && $0.isWord }.map(\.lower) }
        let referred = Self.referredOccasions(sentence).union(Self.referredOccasions(before))
        guard !referred.isEmpty,
              let i = evidence.scenes[...index].lastIndex(where: { !$0.occasions.isDisjoint(with: referred) }),
              p - evidence.scenes[i].paragraph <= DayEvidence.referReach else { return nil }
        var day = evidence.scenes[i].day
        day.scene = i
        return day
    }

    /// The occasion nouns a sentence (its words in lower case) refers back to:
    /// after a determiner or a possessive ("the address", "his speech", "Yoon’s address").
    static func referredOccasions(_ words: [String]) -> Set<String> {
        var nouns: Set<String> = []
        for (k, word) in words.enumerated() where k > 0 {
            let noun = ASCIIScan.trimmingPunctuation(word)
            guard DayEvidence.speechOccasionNouns.contains(noun) || occasionNouns.contains(noun) else { continue }
            let before = words[k - 1]
            if determiners.contains(before) || before.hasSuffix("’s") || before.hasSuffix("'s") { nouns.insert(noun) }
        }
        return nouns
    }
}
