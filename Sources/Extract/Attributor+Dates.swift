/// The day a quote was said: the quote's own sentence, the sentences and
/// paragraph before it, the statement it came from, the story's event day
/// and the one occasion an article reports (see ``Attributor/run()``).
extension Attributor {
    /// Where the day a quote was said can come from, in the order the sources are
    /// tried: the first that names a day or a period wins, and the publication
    /// date stands in when none does. The nearer and more explicit the evidence,
    /// the earlier it comes.
    enum DaySource: CaseIterable {
        /// The attribution sentence itself ("said Tuesday", "in an interview last September").
        case ownSentence
        /// The day of the statement found while resolving "the statement" as speaker.
        case statementSpeaker
        /// The sentence just before, in the same paragraph.
        case previousSentence
        /// The speaker's dated speech closing the paragraph before.
        case previousParagraph
        /// "…,” she said in that statement": the day the statement was released.
        case statementReferred
        /// The last quote of the same voice, in this paragraph or the one before.
        case sameVoice
        /// The quote before, when this one answers it ("Lucas responded", "another agreed").
        case answer
        /// The scene the article has set and the quote belongs to (see ``DayEvidence/Scene``).
        case scene
        /// The day the opening paragraph places the story's speech on (not for "says").
        case eventDay
        /// The article's one occasion, named before the quote (not for "says" nor an interview).
        case occasion
    }

    /// The day the quote `found` attributes was said, and how that day was found:
    /// each ``DaySource`` in turn; else the publication date stands in. Returns
    /// the day (`YYYY-MM-DD` or `nil`), its basis, and what was found (carried
    /// to the next quote of the same voice).
    func day(for found: Found, span: QuoteSpan, in p: Int, eventDay: DateText.Found?,
             occasion evidence: DayEvidence) -> (String?, DateBasis, DateText.Found?) {
        for source in DaySource.allCases {
            if let date = candidate(source, for: found, span: span, in: p, eventDay: eventDay, evidence: evidence) {
                return (date.day, date.basis, date)
            }
        }
        if let publishedOn { return (publishedOn, .publication, nil) }
        return (nil, .unknown, nil)
    }

    /// The day (or period) one source gives the quote, if it gives one.
    func candidate(_ source: DaySource, for found: Found, span: QuoteSpan, in p: Int, eventDay: DateText.Found?,
                   evidence: DayEvidence) -> DateText.Found? {
        // Present tense ("says") speaks of now, not of the story's event.
        let present = found.cue.map(Self.isPresentTense) ?? false
        switch source {
        case .ownSentence:
            if let named = dayNamed(in: found.sentenceText, updated: true) { return named }
            // "… when lawmakers pointed out “…”": said at the earlier time the clause sets, a day the article does not name.
            return found.cue.map { Self.isInPastClause(cue: $0, of: found.sentenceText) } == true
                ? DateText.Found(day: nil, basis: .period) : nil
        case .statementSpeaker:
            // The day named where the statement "the statement" refers to was issued.
            return found.carried ? nil : found.speaker.statementDay
        case .previousSentence:
            return previousSentenceDay(before: span, in: p)
        case .previousParagraph:
            return previousParagraphDay(before: span, in: p, speaker: found.speaker)
        case .statementReferred:
            return !found.carried && Self.refersToStatement(found.sentenceText) ? statementDay(before: span, in: p) : nil
        case .sameVoice:
            guard let last, found.carried || (last.speaker == found.speaker && p - last.paragraph <= 1) else { return nil }
            return last.date
        case .answer:
            // An answer ("Lucas responded") or a reaction ("quickly accused") came when the quote before it was said.
            guard let last, let cue = found.cue,
                  DayEvidence.exchangeCues.contains(cue) || Self.isReaction(found.sentenceText),
                  p - last.paragraph <= DayEvidence.chainReach else { return nil }
            return last.date
        case .scene:
            return sceneDay(for: found, span: span, in: p, evidence: evidence)
        case .eventDay:
            return present ? nil : eventDay
        case .occasion:
            guard !present, let occasion = evidence.occasion, (occasion.paragraph, occasion.offset) < (p, span.open),
                  !SpaceSplit.words(found.sentenceText.lowercased()).contains(where: { Self.exchangeWords.contains(String($0)) }) else { return nil }
            return occasion.day
        }
    }

    /// The day the story's opening paragraph places its events on ("Hours before
    /// Parise’s two-goal performance Tuesday, coach Bruce Boudreau expressed
    /// confidence …, saying …"): quotes that name no day of their own were most
    /// likely said then. The sentence must report speech, and only a day within a
    /// week before publication counts.
    var eventDay: DateText.Found? {
        guard let lede = paragraphs.first else { return nil }
        for sentence in lede.sentences {
            let words = lede.tokens[sentence].filter { !$0.quoted && $0.isWord }
            guard words.contains(where: Self.isCue) else { continue }
            let text = words.map(\.text).joined(separator: " ")
            guard let found = dayNamed(in: text, updated: false), let day = found.day, let publishedOn,
                  let gap = DateText.daysBetween(day, publishedOn), (1...7).contains(gap) else { continue }
            return found
        }
        return nil
    }

    /// Nouns for an occasion where people speak ("Monday’s announcement",
    /// "Tuesday night’s meeting", "a hearing on Friday").
    static let occasionNouns: Set<String> = Lexicon.occasionNouns

    /// Words that place a quote in an exchange of its own with the reporter
    /// ("said in an interview", "wrote in an email"), away from the occasion.
    static let exchangeWords: Set<String> = Lexicon.exchangeWords

    /// The day of the one occasion an article reports, and where the article
    /// first names that day: an article that names a single day besides the
    /// day of publication, within a week before it, and names it as the day of
    /// an occasion for speech ("NASA’s Monday announcement", "at Tuesday night’s
    /// meeting"). Quotes after that first mention that give no day of their own
    /// were most likely said there. A second day anywhere in the article (a
    /// game on Sunday, a vote on Monday) leaves the quotes on publication day.
    var singleOccasion: (day: DateText.Found, paragraph: Int, offset: Int)? {
        guard let publishedOn else { return nil }
        // The unquoted tokens of each sentence that may name a day, in text order.
        let sentences = paragraphs.enumerated().lazy.flatMap { p, para in
            para.sentences.lazy
                .filter { range in range.contains { !para.tokens[$0].quoted && Self.mayNameDay(para.tokens[$0]) } }
                .map { (paragraph: p, tokens: para.tokens[$0].filter { !$0.quoted }) }
        }
        // The cheap test first: most articles name no occasion at all.
        guard let day = sentences.lazy.compactMap({ self.occasionDays(in: $0.tokens).first }).first,
              let gap = DateText.daysBetween(day, publishedOn), (1...7).contains(gap) else { return nil }
        var first: (paragraph: Int, offset: Int)?
        for sentence in sentences {
            let text = sentence.tokens.filter(\.isWord).map(\.text).joined(separator: " ")
            for named in DateText.days(in: text, publication: publishedOn) where named != publishedOn {
                // Another day, or this one still to come ("ahead of Thursday’s hearing"): no single past occasion.
                guard named == day, !sentence.tokens.contains(where: { Self.futureWords.contains($0.lower) }) else { return nil }
                if first == nil { first = (sentence.paragraph, sentence.tokens.first?.start ?? 0) }
            }
        }
        guard let first else { return nil }
        return (DateText.Found(day: day, basis: .relative), first.paragraph, first.offset)
    }

    /// Words without which a sentence names no day, in lower case as written
    /// ("nov.", "monday’s"): the date patterns run only where one of these is.
    static let dayWords: Set<String> = {
        let words = DateText.weekdays + ["yesterday", "today", "tonight", "morning", "afternoon"]
        let months = DateText.months.keys.flatMap { [$0, $0 + "."] }
        return Set(words.flatMap { [$0, $0 + "’s", $0 + "'s"] } + months + ["ago"])
    }()

    /// A word that may be part of a day's name (a cheap test before the patterns).
    static func mayNameDay(_ token: Token) -> Bool {
        guard token.isWord, token.text.utf8.count <= 14 else { return false }
        return dayWordGate.contains(token.lower)
    }

    /// ``dayWords`` behind a test of their first bytes and lengths: most words fail it and need no lookup.
    static let dayWordGate = WordGate(dayWords)

    /// Words that put a day in the future: the weekday resolves backwards, so
    /// such a sentence would name a wrong day.
    static let futureWords: Set<String> = Lexicon.futureTimeWords

    /// The days named next to an occasion noun in a run of words: "Monday’s
    /// announcement", "Monday announcement", "Tuesday night’s meeting", "a hearing
    /// on Friday", "the Nov. 6 briefing".
    func occasionDays(in tokens: [Token]) -> [String] {
        guard publishedOn != nil else { return [] }
        func isNoun(_ k: Int) -> Bool {
            tokens[safe: k].map { $0.isWord && Self.occasionNouns.contains(Token.lowered($0.bare)) } ?? false
        }
        var days: [String] = []
        for (i, t) in tokens.enumerated() where Self.mayNameDay(t) {
            let lower = Token.lowered(t.bare)
            var last = i
            if DateText.months[lower.trimmingCharacters(in: ["."])] != nil, let next = tokens[safe: i + 1],
               next.isWord, next.text.allSatisfy(\.isNumber) {
                last = i + 1
            } else if !DateText.weekdays.contains(lower) { continue }
            // The noun after the day (one word may stand between) or before it ("a hearing on Friday").
            let between = tokens[safe: last + 1].map { $0.isWord && !Lexicon.stopWords.contains($0.lower) } ?? false
            let after = isNoun(last + 1) || (between && isNoun(last + 2))
            let before = isNoun(i - 1) || (tokens[safe: i - 1]?.lower == "on" && isNoun(i - 2))
            guard after || before else { continue }
            let phrase = tokens[i...last].map(\.bare).joined(separator: " ")
            if let day = dayNamed(in: phrase, updated: false)?.day { days.append(day) }
        }
        return days
    }

    /// A day the speaker's own words are placed on in the closing sentence of
    /// the paragraph before, when the quote opens its paragraph: "When the
    /// officers discovered the body Aug. 10, … Thomas acknowledged to supervisors
    /// that …" then "“We messed up,” Thomas told a supervisor." The sentence must
    /// name the speaker and report speech in the past tense, so that a day of
    /// someone else's deed ("his vow on Monday") does not date a comment after
    /// it; a day that names a thing ("concerns about the July 25 call") is not
    /// the day of the speech and is passed over.
    func previousParagraphDay(before span: QuoteSpan, in p: Int, speaker: ResolvedSpeaker) -> DateText.Found? {
        guard p > 0, speaker.type != .anonymous, let surname = SpaceSplit.words(speaker.name).last,
              let range = paragraphs[p].sentence(containing: span.open), range.lowerBound == paragraphs[p].sentences.first?.lowerBound,
              let previous = paragraphs[p - 1].sentences.last else { return nil }
        let words = paragraphs[p - 1].tokens[previous].filter { !$0.quoted && $0.isWord }
        guard words.contains(where: Self.mayNameDay), words.contains(where: { $0.bare == surname }),
              words.contains(where: { Self.isCue($0) && Self.isPastTense($0.lower) }),
              let found = dayNamed(in: Self.withoutAttributiveDays(words).map(\.text).joined(separator: " "), updated: true),
              found.day != nil else { return nil }
        return found
    }

    /// Words that make a day after them name a thing ("the July 25 call", "his
    /// Monday speech"); a possessive word does too ("Trump’s July 25 call").
    static let determiners: Set<String> = Lexicon.determiners

    /// The words without the days that name a thing rather than a time: a day
    /// after a determiner or a possessive ("the July 25 call") or itself
    /// possessive ("Tuesday’s elections"). A possessive day that an occasion
    /// the sentence stands at belongs to stays: "at Tuesday’s briefing",
    /// "during Monday’s hearing" date the words said there (the guidelines'
    /// "a scene or occasion dated to a day dates all its quotes").
    static func withoutAttributiveDays(_ words: [Token]) -> [Token] {
        var kept: [Token] = []
        var i = 0
        while i < words.count {
            let lower = Token.lowered(words[i].bare)
            var last = i
            // A month and a day ("July 25"); a month and a year ("September 2013") is a period, not a day.
            if DateText.months[lower.hasSuffix(".") ? String(lower.dropLast()) : lower] != nil, let next = words[safe: i + 1],
               next.text.count <= 2, next.text.allSatisfy(\.isNumber) {
                last = i + 1
            } else if !DateText.weekdays.contains(lower) {
                kept.append(words[i]); i += 1; continue
            }
            let previous = words[safe: i - 1]
            let atOccasion = words[last].isPossessive && previous.map { DayEvidence.placePrepositions.contains($0.lower) } == true
                && words[safe: last + 1].map { occasionNouns.contains($0.lower) || DayEvidence.speechOccasionNouns.contains($0.lower) } == true
            let attributive = !atOccasion
                && (words[i].isPossessive || previous.map { determiners.contains($0.lower) || $0.isPossessive } ?? false)
            if !attributive { kept += words[i...last] }
            i = last + 1
        }
        return kept
    }

    /// "said", "told", "acknowledged": a cue in the past tense.
    static func isPastTense(_ cue: String) -> Bool {
        cue.hasSuffix("ed") || ["said", "told", "wrote", "spoke", "saw", "found"].contains(cue)
    }

    /// "says", "tells", "adds": a cue in the present tense.
    static func isPresentTense(_ cue: String) -> Bool {
        cue.hasSuffix("s") && !cue.hasSuffix("ss") && cue != "was" && cue != "has"
    }

    /// A day named in the sentence just before the quote's sentence, in the same paragraph
    /// ("Caudevilla first ventured into Silk Road forums in April 2013. “…,” he wrote").
    func previousSentenceDay(before span: QuoteSpan, in p: Int) -> DateText.Found? {
        let para = paragraphs[p]
        guard let range = para.sentence(containing: span.open),
              let previous = para.sentences.last(where: { $0.upperBound <= range.lowerBound }) else { return nil }
        let words = para.tokens[previous].filter { !$0.quoted && $0.isWord }
        let found = dayNamed(in: words.map(\.text).joined(separator: " "), updated: true)
        // A period of things to come ("missions could begin in 2022") is not when the words were said.
        if found?.day == nil, words.contains(where: { Self.futureWords.contains($0.lower) || Self.modalWords.contains($0.lower) }) {
            return nil
        }
        return found
    }

    /// Whether a sentence points back to a statement already mentioned ("said in that statement").
    static func refersToStatement(_ sentence: String) -> Bool {
        // Byte search: Foundation's `contains` would bridge the sentence to NSString.
        ASCIIScan.containsAny(lowercased: sentence.lowercased(), ["that statement", "the statement", "the same statement", "this statement"])
    }

    /// The day named by the nearest sentence before `span` (within three
    /// paragraphs) that speaks of a statement ("In a statement released November 5, …").
    func statementDay(before span: QuoteSpan, in p: Int) -> DateText.Found? {
        for (q, s) in sentencesBefore(p: p, offset: span.open, within: 3) {
            let words = paragraphs[q].tokens[s].filter { !$0.quoted && $0.isWord }
            guard words.contains(where: { $0.lower == "statement" }) else { continue }
            if let found = dayNamed(in: Self.withoutAttributiveDays(words).map(\.text).joined(separator: " "), updated: false),
               found.day != nil {
                return found
            }
            return nil
        }
        return nil
    }

    /// Whether the cue of a quote stands in a clause of time after the main
    /// clause ("Harry faulted the family for failing to back her when lawmakers
    /// pointed out “…”"): a conjunction of ``Lexicon/pastClauseOpeners`` that does
    /// not open the sentence, then a subject of one to four words, then the cue in
    /// the past tense, with no comma between. The words were said at the time the
    /// clause sets — an earlier time than the sentence's own, which the article
    /// does not name. (A clause that opens the sentence, "When Reyes asked …, Haddad
    /// said …", sets the time of the main clause itself.)
    static func isInPastClause(cue: String, of sentence: String) -> Bool {
        guard isPastTense(cue), ASCIIScan.containsAny(lowercased: sentence.lowercased(), ["when "]) else { return false }
        let words = SpaceSplit.words(sentence).map(String.init)
        for (k, word) in words.enumerated() where k > 0 && Lexicon.pastClauseOpeners.contains(word) {
            for j in (k + 2)..<min(words.count, k + 6) {
                if words[j - 1].hasSuffix(",") || words[j - 1].hasSuffix(";") { break }
                if words[j].lowercased() == cue.prefix(while: { $0 != " " }) { return true }
            }
        }
        return false
    }

    /// Whether a sentence tells a reaction: a past-tense verb right after an
    /// adverb of ``Lexicon/reactionAdverbs`` ("Warren quickly accused Bloomberg
    /// of arguing “…”", "a storm of criticism immediately erupted").
    static func isReaction(_ sentence: String) -> Bool {
        let lower = sentence.lowercased()
        guard ASCIIScan.containsAny(lowercased: lower, Lexicon.reactionAdverbsList) else { return false }
        let words = SpaceSplit.words(lower)
        return words.indices.dropLast().contains { k in
            Lexicon.reactionAdverbs.contains(String(words[k])) && DayEvidence.isPast(String(words[k + 1]))
        }
    }

    /// Modal verbs that put a sentence's period in the future or the conditional.
    static let modalWords: Set<String> = Lexicon.modalWords
}

/// The days an article's sentences name, found once each: the day rules ask
/// about the same sentences for many quotes (the sentence before, the
/// paragraph before, the scenes), and ``DateText/day(in:publication:updated:)``
/// is a pure function of the text and the article's dates.
final class DayMemo {
    /// What each text names, with and without the update day.
    private var found: [Key: DateText.Found?] = [:]

    private struct Key: Hashable {
        var text: String
        var updated: Bool
    }

    /// The day `text` names, computed once per article.
    func day(in text: String, updated: Bool, compute: (String) -> DateText.Found?) -> DateText.Found? {
        let key = Key(text: text, updated: updated)
        if let known = found[key] { return known }
        let result = compute(text)
        found[key] = result
        return result
    }
}

extension Attributor {
    /// The day `text` names against the publication day (and, with `updated`, a
    /// weekday may also name the update day), through the article's memo.
    func dayNamed(in text: String, updated: Bool) -> DateText.Found? {
        dayMemo.day(in: text, updated: updated) {
            DateText.day(in: $0, publication: publishedOn, updated: updated ? updatedOn : nil)
        }
    }
}
