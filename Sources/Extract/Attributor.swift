/// Attributes the quoted spans of an article to speakers (see ``QuoteExtractor``).
struct Attributor {
    let paragraphs: [AnalysedParagraph]
    let names: NameIndex
    let publishedOn: String?
    /// The day after publication when the page was updated then: weekdays may name it.
    var updatedOn: String?

    /// The last attributed quote: its speaker, paragraph and date.
    private var last: (speaker: ResolvedSpeaker, paragraph: Int, offset: Int, date: DateText.Found?)?

    /// Unnamed sources already quoted ("an insider"), so that "the insider" is the same one.
    private var unnamedSpeakers: [String] = []
    /// Surface forms seen per full name.
    private var surfaceForms: [String: [String]] = [:]

    init(paragraphs: [AnalysedParagraph], names: NameIndex, publishedOn: String?) {
        self.paragraphs = paragraphs
        self.names = names
        self.publishedOn = publishedOn
    }

    /// What an attribution rule found.
    struct Found {
        var speaker: ResolvedSpeaker
        var cue: String?
        var sentenceText: String
        var carried: Bool = false
    }

    /// Words that frame a quoted span as a name, title or term, not as speech.
    static let termMarkers: Set<String> = ["so-called", "titled", "entitled", "headlined", "nicknamed", "hashtag", "term", "word", "phrase", "slogan", "known", "dubbed", "named", "film", "book", "song", "album", "show", "series", "movie", "podcast", "novel", "documentary", "play"]

    /// Adverbs and auxiliaries skipped between a speaker and the cue ("Smith also said").
    static let skippable: Set<String> = ["also", "later", "then", "previously", "recently", "again", "once", "repeatedly",
                                         "has", "had", "have", "would", "will", "reportedly", "publicly", "privately", "bluntly",
                                         "flatly", "simply", "quickly", "finally", "further", "had", "separately", "similarly",
                                         "earlier", "subsequently", "initially", "originally", "emphatically", "angrily", "since", "now", "still",
                                         "last", "week", "month", "year", "yesterday", "today", "in", "an", "a", "interview",
                                         "statement", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                         "herself", "himself", "themselves", "itself"]

    mutating func run() -> [Quote] {
        var quotes: [Quote] = []
        var skipFirstSpan = Set<Int>()
        let eventDay = self.eventDay
        let occasion = self.occasion
        for (p, para) in paragraphs.enumerated() {
            for (si, span) in para.spans.enumerated() {
                if si == 0 && skipFirstSpan.contains(p) { continue }
                var text = para.slice(span.innerStart, span.close)
                var context = para.text
                var endOffset = span.close
                var closing: (paragraph: Int, span: QuoteSpan)? = nil
                if span.isOpenEnded {
                    var q = p + 1
                    while q < paragraphs.count, let first = paragraphs[q].spans.first, first.open == 0 {
                        text += " " + paragraphs[q].slice(first.innerStart, first.close)
                        let offsetInContext = context.unicodeScalars.count + 1
                        context += " " + paragraphs[q].text
                        endOffset = offsetInContext + first.close
                        skipFirstSpan.insert(q)
                        closing = (q, first)
                        if !first.isOpenEnded { break }
                        q += 1
                    }
                }
                text = TextFolding.fold(text)
                guard text.contains(where: { $0.isLetter }) else { continue }
                referenceDay = nil
                var found = attribute(span, in: p)
                if found == nil, let closing {
                    found = attribute(closing.span, in: closing.paragraph)
                }
                let kind = kindOf(span, in: para, text: text)
                if found == nil, kind == .direct, isBareQuoteSentence(span, in: para) || continuesParagraphSpeaker(span, in: p) {
                    // "Bridenstine expects three rockets. “Adding one more …”": the person the paragraph
                    // has just made its subject, else the speaker quoted last.
                    if let subject = paragraphSubject(before: span, in: p) {
                        found = Found(speaker: subject, cue: nil, sentenceText: "", carried: true)
                    } else if let last, p - last.paragraph <= 1 {
                        found = Found(speaker: last.speaker, cue: nil, sentenceText: "", carried: true)
                    }
                }
                // "The price … is “as low as I’ve ever seen.”": words in the first person, in the paragraph
                // of the last quote, with no cue or other name in the sentence, are still that speaker's.
                if found == nil, let last, last.paragraph == p, last.speaker.type == .person || last.speaker.type == .anonymous,
                   Self.speaksInFirstPerson(text), let range = para.sentence(containing: span.open),
                   let first = para.tokens[safe: range.lowerBound], let end = para.tokens[safe: range.upperBound - 1]?.end,
                   !para.tokens[range].contains(where: { !$0.quoted && Self.isCue($0) }),
                   !names.mentions(before: p, offset: end, within: 0).contains(where: { $0.offset >= first.start && $0.name != last.speaker.name }) {
                    found = Found(speaker: last.speaker, cue: nil, sentenceText: "", carried: true)
                }
                guard let found, !isTerm(span, in: para, text: text, kind: kind),
                      !(kind == .partial && found.cue.map(Self.namingCues.contains) == true),
                      !(found.carried && isHeading(para)) else { continue }
                var date = DateText.day(in: found.sentenceText, publication: publishedOn, updated: updatedOn)
                    ?? (found.carried ? nil : referenceDay)
                    ?? previousSentenceDay(before: span, in: p)
                    ?? previousParagraphDay(before: span, in: p, speaker: found.speaker)
                // "…,” Chilton said in that statement": the day the statement was released.
                if date == nil, !found.carried, Self.refersToStatement(found.sentenceText) {
                    date = statementDay(before: span, in: p)
                }
                if date == nil, let last, found.carried || (last.speaker == found.speaker && p - last.paragraph <= 1) {
                    date = last.date
                }
                // Present tense ("says") speaks of now, not of the story's event.
                if date == nil, !(found.cue.map(Self.isPresentTense) ?? false) {
                    date = eventDay
                    if date == nil, let occasion, (occasion.paragraph, occasion.offset) < (p, span.open),
                       !found.sentenceText.lowercased().split(separator: " ").contains(where: { Self.exchangeWords.contains(String($0)) }) {
                        date = occasion.day
                    }
                }
                let saidOn: String?
                let basis: DateBasis
                if let date {
                    saidOn = date.day
                    basis = date.basis
                } else if let publishedOn {
                    saidOn = publishedOn
                    basis = .publication
                } else {
                    saidOn = nil
                    basis = .unknown
                }
                last = (found.speaker, closing?.paragraph ?? p, closing == nil ? span.open : 0, date)
                if found.speaker.type == .anonymous, !unnamedSpeakers.contains(found.speaker.name) {
                    unnamedSpeakers.append(found.speaker.name)
                }
                if kind == .partial {
                    // Offsets follow the trimmed text: the dropped marks belong to the reporter.
                    let trimmed = trimTrailingPunctuation(text)
                    endOffset -= text.unicodeScalars.count - trimmed.unicodeScalars.count
                    text = trimmed
                }
                quotes.append(Quote(
                    text: text,
                    kind: kind, speaker: found.speaker.name, speakerRole: found.speaker.role,
                    speakerType: found.speaker.type,
                    speakerAliases: (surfaceForms[found.speaker.name] ?? []).filter { $0 != found.speaker.name },
                    cue: found.cue, saidOn: saidOn, saidOnBasis: basis, paragraph: p,
                    start: span.innerStart, end: endOffset, context: context))
            }
        }
        return quotes
    }

    /// The day the story's opening paragraph places its events on ("Hours before
    /// Parise’s two-goal performance Tuesday, coach Bruce Boudreau expressed
    /// confidence …, saying …"): quotes that name no day of their own were most
    /// likely said then. The sentence must report speech, and only a day within a
    /// week before publication counts.
    private var eventDay: DateText.Found? {
        guard let lede = paragraphs.first else { return nil }
        for sentence in lede.sentences {
            let words = lede.tokens[sentence].filter { !$0.quoted && $0.isWord }
            guard words.contains(where: Self.isCue) else { continue }
            let text = words.map(\.text).joined(separator: " ")
            guard let found = DateText.day(in: text, publication: publishedOn), let day = found.day, let publishedOn,
                  let gap = DateText.daysBetween(day, publishedOn), (1...7).contains(gap) else { continue }
            return found
        }
        return nil
    }

    /// Nouns for an occasion where people speak ("Monday’s announcement",
    /// "Tuesday night’s meeting", "a hearing on Friday").
    static let occasionNouns: Set<String> = [
        "announcement", "meeting", "hearing", "conference", "briefing", "speech", "address", "call", "debate",
        "remarks", "testimony", "statement", "summit", "forum",
    ]

    /// Words that place a quote in an exchange of its own with the reporter
    /// ("said in an interview", "wrote in an email"), away from the occasion.
    static let exchangeWords: Set<String> = ["interview", "interviews", "email", "e-mail", "emailed", "phone"]

    /// The day of the one occasion an article reports, and where the article
    /// first names that day: an article that names a single day besides the
    /// day of publication, within a week before it, and names it as the day of
    /// an occasion for speech ("NASA’s Monday announcement", "at Tuesday night’s
    /// meeting"). Quotes after that first mention that give no day of their own
    /// were most likely said there. A second day anywhere in the article (a
    /// game on Sunday, a vote on Monday) leaves the quotes on publication day.
    private var occasion: (day: DateText.Found, paragraph: Int, offset: Int)? {
        guard let publishedOn else { return nil }
        // The unquoted tokens of each sentence that may name a day, in text order.
        let sentences = paragraphs.enumerated().lazy.flatMap { p, para in
            para.sentences.lazy
                .filter { para.tokens[$0].contains { !$0.quoted && Self.mayNameDay($0) } }
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
        guard token.isWord, token.text.utf8.count <= 14, let first = token.lower.utf8.first,
              dayWordInitials[Int(first)] else { return false }
        return dayWords.contains(token.lower)
    }

    /// The first bytes of ``dayWords``: most words start otherwise and need no lookup.
    private static let dayWordInitials: [Bool] = {
        var initials = [Bool](repeating: false, count: 256)
        for word in dayWords { if let first = word.utf8.first { initials[Int(first)] = true } }
        return initials
    }()

    /// Words that put a day in the future: the weekday resolves backwards, so
    /// such a sentence would name a wrong day.
    static let futureWords: Set<String> = ["will", "ahead", "upcoming", "scheduled", "expected", "next", "tomorrow"]

    /// The days named next to an occasion noun in a run of words: "Monday’s
    /// announcement", "Monday announcement", "Tuesday night’s meeting", "a hearing
    /// on Friday", "the Nov. 6 briefing".
    private func occasionDays(in tokens: [Token]) -> [String] {
        guard let publishedOn else { return [] }
        func isNoun(_ k: Int) -> Bool {
            tokens[safe: k].map { $0.isWord && Self.occasionNouns.contains($0.bare.lowercased()) } ?? false
        }
        var days: [String] = []
        for (i, t) in tokens.enumerated() where Self.mayNameDay(t) {
            let lower = t.bare.lowercased()
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
            if let day = DateText.day(in: phrase, publication: publishedOn)?.day { days.append(day) }
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
    private func previousParagraphDay(before span: QuoteSpan, in p: Int, speaker: ResolvedSpeaker) -> DateText.Found? {
        guard p > 0, speaker.type != .anonymous, let surname = speaker.name.split(separator: " ").last,
              let range = paragraphs[p].sentence(containing: span.open), range.lowerBound == paragraphs[p].sentences.first?.lowerBound,
              let previous = paragraphs[p - 1].sentences.last else { return nil }
        let words = paragraphs[p - 1].tokens[previous].filter { !$0.quoted && $0.isWord }
        guard words.contains(where: Self.mayNameDay), words.contains(where: { $0.bare == surname }),
              words.contains(where: { Self.isCue($0) && Self.isPastTense($0.lower) }),
              let found = DateText.day(in: Self.withoutAttributiveDays(words).map(\.text).joined(separator: " "), publication: publishedOn, updated: updatedOn),
              found.day != nil else { return nil }
        return found
    }

    /// Words that make a day after them name a thing ("the July 25 call", "his
    /// Monday speech"); a possessive word does too ("Trump’s July 25 call").
    static let determiners: Set<String> = ["the", "a", "an", "this", "that", "his", "her", "their", "its", "our", "my", "your"]

    /// The words without the days that name a thing rather than a time: a day
    /// after a determiner or a possessive ("the July 25 call") or itself
    /// possessive ("Tuesday’s elections").
    static func withoutAttributiveDays(_ words: [Token]) -> [Token] {
        var kept: [Token] = []
        var i = 0
        while i < words.count {
            let lower = words[i].bare.lowercased()
            var last = i
            if DateText.months[lower.trimmingCharacters(in: ["."])] != nil, let next = words[safe: i + 1], next.text.allSatisfy(\.isNumber) {
                last = i + 1
            } else if !DateText.weekdays.contains(lower) {
                kept.append(words[i]); i += 1; continue
            }
            let previous = words[safe: i - 1]
            let attributive = words[i].isPossessive || previous.map { determiners.contains($0.lower) || $0.isPossessive } ?? false
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
    private func previousSentenceDay(before span: QuoteSpan, in p: Int) -> DateText.Found? {
        let para = paragraphs[p]
        guard let range = para.sentence(containing: span.open),
              let previous = para.sentences.last(where: { $0.upperBound <= range.lowerBound }) else { return nil }
        let words = para.tokens[previous].filter { !$0.quoted && $0.isWord }
        let found = DateText.day(in: words.map(\.text).joined(separator: " "), publication: publishedOn, updated: updatedOn)
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
    private func statementDay(before span: QuoteSpan, in p: Int) -> DateText.Found? {
        for (q, s) in sentencesBefore(p: p, offset: span.open, within: 3) {
            let words = paragraphs[q].tokens[s].filter { !$0.quoted && $0.isWord }
            guard words.contains(where: { $0.lower == "statement" }) else { continue }
            if let found = DateText.day(in: Self.withoutAttributiveDays(words).map(\.text).joined(separator: " "), publication: publishedOn),
               found.day != nil {
                return found
            }
            return nil
        }
        return nil
    }

    /// Modal verbs that put a sentence's period in the future or the conditional.
    static let modalWords: Set<String> = ["could", "would", "may", "might", "should", "plans", "planned", "hopes", "aims"]

    // MARK: - Rules

    /// Tries the attribution rules for one span.
    private mutating func attribute(_ span: QuoteSpan, in p: Int) -> Found? {
        let para = paragraphs[p]
        guard let range = para.sentence(containing: span.open) else { return nil }
        let sentence = Array(para.tokens[range])
        let before = sentence.filter { $0.end <= span.open && !$0.quoted }
        let after = span.isOpenEnded ? [] : sentence.filter { $0.start > span.close && !$0.quoted }
        let sentenceText = (before + after).filter(\.isWord).map(\.text).joined(separator: " ")
        let hasWordsBefore = before.contains(where: \.isWord)
        let order = hasWordsBefore ? [true, false] : [false, true]
        for useBefore in order {
            let hit = useBefore ? speakerBefore(before, p: p, offset: span.open) : speakerAfter(after, p: p, offset: span.open)
            if let (speaker, cue) = hit {
                return Found(speaker: speaker, cue: cue, sentenceText: sentenceText)
            }
        }
        // "“…” Smith said." split into two sentences by the closing period.
        if !hasWordsBefore, !after.contains(where: \.isWord),
           let next = para.sentences.first(where: { $0.lowerBound == range.upperBound }) {
            let tokens = Array(para.tokens[next])
            let opensWithDash = tokens.first.map { ["—", "–"].contains($0.text) } ?? false
            // "“…” Kheradpir. “…”": a sentence that is nothing but a name the article gave in full.
            let words = tokens.filter(\.isWord)
            if !opensWithDash, (1...3).contains(words.count), words.allSatisfy(\.isCapitalized),
               let full = names.fullName(for: words.map(\.bare).joined(separator: " ")) {
                return Found(speaker: ResolvedSpeaker(name: full, role: names.roles[full], type: .person), cue: nil,
                             sentenceText: words.map(\.text).joined(separator: " "))
            }
            // The cue may stand further in after a name and an apposition ("He Jianxiong, the former …, said").
            let reach = tokens.first?.isCapitalized == true && tokens.contains(where: { $0.text == "," }) ? 24 : 12
            if !tokens.contains(where: \.quoted), opensWithDash || (tokens.firstIndex(where: Self.isCue).map { $0 <= reach } ?? false),
               let (speaker, cue) = speakerAfter(tokens, p: p, offset: span.open) {
                return Found(speaker: speaker, cue: cue, sentenceText: tokens.map(\.text).joined(separator: " "))
            }
        }
        return nil
    }

    /// `…,” said Smith` / `…,” Smith said` / `…,” she told reporters`.
    private mutating func speakerAfter(_ tokens: [Token], p: Int, offset: Int) -> (ResolvedSpeaker, String)? {
        var i = 0
        while i < tokens.count, !tokens[i].isWord, [",", "—", "–", "-", "\u{2011}"].contains(tokens[i].text) { i += 1 }
        guard i < tokens.count, tokens[i].isWord else { return nil }
        if Lexicon.cueVerbs.contains(tokens[i].lower), !tokens[i].isCapitalized {
            // Inverted: "said Smith", "said the company's spokesman".
            var np: [Token] = []
            var j = i + 1
            while j < tokens.count, tokens[j].isWord, np.count < 8,
                  !Self.isStopWord(tokens, j) || np.isEmpty && ["the", "a", "an"].contains(tokens[j].lower) {
                np.append(tokens[j]); j += 1
            }
            // An unnamed source keeps its qualifiers: "said someone in the public who called into the meeting".
            if let head = np.first(where: { Lexicon.anonymousHeads.contains($0.lower) }), !np.contains(where: \.isCapitalized) || np.first?.lower == head.lower,
               !np.contains(where: { $0.text.contains(where: \.isNumber) }) {
                var phrase: [Token] = []
                var k = i + 1
                while k < tokens.count, tokens[k].isWord, phrase.count < 12 { phrase.append(tokens[k]); k += 1 }
                // "said one official on Tuesday": the time and manner words are not the description.
                while phrase.count > 1, let tail = phrase.last, Self.skippable.contains(tail.lower) || ["at", "for", "of", "to"].contains(tail.lower) {
                    phrase.removeLast()
                }
                // "reads one, against a background of carrots": a bare "one" is a thing, not a source.
                if phrase.count == 1, ["one", "another"].contains(phrase[0].lower) { return nil }
                // "said another witness in the probe, former adviser Fiona Hill": the name the apposition gives.
                if tokens[safe: k]?.text == ",", let named = appositiveName(in: tokens, from: k + 1, p: p, offset: offset) {
                    return (named, tokens[i].lower)
                }
                // Capitalised words may qualify the description ("one GOP operative in the state",
                // "one user on the Silk Road 2.0 forum"); a phrase that ends on a name is not unnamed.
                if !(phrase.last.map { $0.isCapitalized && !SpeakerWords.notNames.contains($0.lower) } ?? false)
                    || phrase.contains(where: { ["in", "on", "at", "from", "for", "of", "with", "who"].contains($0.lower) }) {
                    return (ResolvedSpeaker(name: phrase.map(\.text).joined(separator: " "), role: nil, type: .anonymous), tokens[i].lower)
                }
            }
            if let speaker = resolve(np, p: p, offset: offset) {
                // "said Smith, a lawyer for the family": the apposition is the role.
                return (withRole(speaker, from: Array(tokens[(i + 1 + np.count)...])), tokens[i].lower)
            }
            return nil
        }
        // "…,” attesting they had made their rounds, according to court records."
        if let a = tokens.indices.first(where: { tokens[$0].lower == "according" && tokens[safe: $0 + 1]?.lower == "to" }),
           !tokens[i..<a].contains(where: Self.isCue) {
            let np = Array(tokens[(a + 2)...].prefix { $0.isWord }.prefix(10))
            if let speaker = resolve(np, p: p, offset: offset) { return (speaker, "according to") }
        }
        // "… as Espinosa put it"
        if tokens[i].lower == "as", let name = tokens[safe: i + 1], name.isWord, tokens[safe: i + 2]?.lower == "put",
           tokens[safe: i + 3]?.lower == "it", let speaker = resolve([name], p: p, offset: offset) {
            return (speaker, "put it")
        }
        // The first cue of the clause after the quote ("she went on" counts).
        func cueAt(_ k: Int) -> Bool {
            (Self.isCue(tokens[k]) && !Self.isNounUse(tokens, k)) || (tokens[k].lower == "went" && tokens[safe: k + 1]?.lower == "on")
        }
        var c = i
        while c < tokens.count, c - i < 30, !cueAt(c) { c += 1 }
        guard c < tokens.count, cueAt(c) else {
            // "“…” — Smith": a dash and a name, no verb.
            if i > 0, tokens[..<i].contains(where: { ["—", "–"].contains($0.text) }) {
                let np = Array(tokens[i...].prefix { $0.isWord }.prefix(6))
                if np.contains(where: { $0.isCapitalized }), let speaker = resolve(np, p: p, offset: offset) {
                    return (withRole(speaker, from: Array(tokens[(i + np.count)...])), "—")
                }
            }
            return nil
        }
        // "…” despite being the envoy in Brussels, said another witness": the cue
        // after a comma opens an inverted attribution of the whole sentence.
        if c > i, tokens[c - 1].text == ",", Self.invertibleCues.contains(tokens[c].lower),
           let next = tokens[safe: c + 1], next.isWord, !Lexicon.pronouns.contains(next.lower),
           let inverted = speakerAfter(Array(tokens[c...]), p: p, offset: offset) {
            return inverted
        }
        var j = c - 1
        // "in a statement" is skipped; "the statement read" is the speaker.
        while j >= i, tokens[j].isWord, Self.isSkippable(tokens[j]),
              !(tokens[j].lower == "statement" && ["the", "its"].contains(tokens[safe: j - 1]?.lower ?? "")) { j -= 1 }
        var np: [Token] = []
        if j >= i, tokens[j].text == "," {
            // "…,” Geoffrey Berman, the U.S. attorney for …, said": the phrase before the apposition.
            var k = i
            while k < j, tokens[k].isWord { np.append(tokens[k]); k += 1 }
            if let speaker = resolve(np, p: p, offset: offset) {
                return (withRole(speaker, from: Array(tokens[k..<c])), tokens[c].lower)
            }
        } else {
            while j >= i, tokens[j].isWord, np.count < 8 {
                let w = tokens[j]
                if Self.isStopWord(tokens, j) && !Lexicon.pronouns.contains(w.lower) && !(w.lower == "and" && isGroupConjunction(tokens, j)) { break }
                np.insert(w, at: 0)
                if Lexicon.pronouns.contains(w.lower) { break }
                j -= 1
            }
        }
        if let speaker = resolve(np, p: p, offset: offset) { return (speaker, tokens[c].lower) }
        return nil
    }

    /// A person named in the apposition that starts at `from` (", former White
    /// House Russia adviser Fiona Hill"): the capitalised run up to the next
    /// comma or the end, when it parses as a person's name.
    private mutating func appositiveName(in tokens: [Token], from: Int, p: Int, offset: Int) -> ResolvedSpeaker? {
        let words = Array(tokens[min(from, tokens.count)...].prefix { $0.isWord }.prefix(10))
        guard let last = words.last, last.isCapitalized, words.count >= 2 || names.fullName(for: last.bare) != nil else { return nil }
        var run: [Token] = []
        for w in words.reversed() {
            if w.isCapitalized || ["de", "van", "von", "bin", "al"].contains(w.lower) { run.insert(w, at: 0) } else { break }
        }
        guard let parsed = NameIndex.parse(run), parsed.type == .person, parsed.name.utf8.contains(UInt8(ascii: " ")) || names.fullName(for: parsed.name) != nil,
              let speaker = resolve(words, p: p, offset: offset), speaker.type == .person else { return nil }
        return speaker
    }

    /// The speaker with the role an apposition gives (", a former China director at
    /// the National Security Council,"), when the article gave none before.
    private func withRole(_ speaker: ResolvedSpeaker, from tokens: [Token]) -> ResolvedSpeaker {
        guard speaker.type == .person, speaker.role == nil, let first = tokens.first, first.text == "," else { return speaker }
        var words = Array(tokens.dropFirst().prefix { $0.isWord })
        guard let article = words.first, ["a", "an", "the"].contains(article.lower), words.count >= 2, words.count <= 14 else { return speaker }
        words.removeFirst()
        var result = speaker
        result.role = words.map(\.text).joined(separator: " ")
        return result
    }

    /// Quotation marks as tokens.
    static let quoteMarks: Set<String> = ["“", "”", "\"", "«", "»", "„", "‘", "’"]

    /// A cue verb written in lower case.
    static func isCue(_ token: Token) -> Bool {
        token.isWord && !token.isCapitalized && Lexicon.cueVerbs.contains(token.lower)
    }

    /// A word that ends a speaker phrase, unless it opens a name ("said Will
    /// Tjernlund", "May Smith said": a capitalised stop word before another capitalised word).
    static func isStopWord(_ tokens: [Token], _ j: Int) -> Bool {
        guard Lexicon.stopWords.contains(tokens[j].lower) else { return false }
        guard tokens[j].isCapitalized, tokens[j].lower != "i", let next = tokens[safe: j + 1], next.isWord, next.isCapitalized else { return true }
        return false
    }

    /// Words after which a cue word is a noun ("Trump’s call", "the report", "her post").
    static let nounDeterminers: Set<String> = ["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those"]

    /// Whether the cue word at `k` is used as a noun: after a determiner or a possessive.
    static func isNounUse(_ tokens: [Token], _ k: Int) -> Bool {
        guard let previous = tokens[safe: k - 1], previous.isWord else { return false }
        return nounDeterminers.contains(previous.lower) || previous.isPossessive
    }

    /// An adverb or auxiliary between a speaker and the cue ("Smith also said", "Thomas allegedly told").
    static func isSkippable(_ token: Token) -> Bool {
        skippable.contains(token.lower) || (!token.isCapitalized && token.lower.hasSuffix("ly") && token.text.count > 4)
    }

    /// `Smith said: “…` / `According to Smith, “…` / the subject of a sentence
    /// whose cue frames a partial quote.
    private mutating func speakerBefore(_ tokens: [Token], p: Int, offset: Int) -> (ResolvedSpeaker, String)? {
        // "According to X, …"
        if let a = tokens.indices.first(where: { tokens[$0].lower == "according" && tokens[safe: $0 + 1]?.lower == "to" }) {
            var np: [Token] = []
            var j = a + 2
            while j < tokens.count, tokens[j].isWord, np.count < 10 { np.append(tokens[j]); j += 1 }
            if let speaker = resolve(np, p: p, offset: offset) { return (speaker, "according to") }
        }
        // "As Gaiman put it, “…”"
        if let put = tokens.indices.first(where: { tokens[$0].lower == "put" && tokens[safe: $0 + 1]?.lower == "it" }),
           let a = tokens[..<put].lastIndex(where: { $0.lower == "as" }), (2...4).contains(put - a),
           tokens[(a + 1)..<put].allSatisfy({ $0.isWord && $0.isCapitalized }),
           let speaker = resolve(Array(tokens[(a + 1)..<put]), p: p, offset: offset) {
            return (speaker, "put it")
        }
        if let lead = colonLead(tokens, p: p, offset: offset) { return lead }
        let cueIndices = tokens.indices.filter {
            tokens[$0].isWord && !tokens[$0].isCapitalized && Lexicon.cueVerbs.contains(tokens[$0].lower) && !Self.isNounUse(tokens, $0)
        }
        guard let nearest = cueIndices.last else { return possessiveSpeech(tokens, p: p, offset: offset) }
        for c in cueIndices.reversed() {
            // A cue in an earlier clause ("…, but the “reform” passed") does not frame this quote.
            if Self.clauseBreak(in: tokens[(c + 1)...]) { break }
            var np: [Token] = []
            var j = c - 1
            while j >= 0, tokens[j].isWord, Self.isSkippable(tokens[j]) && np.isEmpty { j -= 1 }
            while j >= 0, tokens[j].isWord, np.count < 8 {
                let w = tokens[j]
                if Lexicon.cueVerbs.contains(w.lower) { break }
                if Self.isStopWord(tokens, j) && !(w.lower == "and" && isGroupConjunction(tokens, j)) && !Lexicon.pronouns.contains(w.lower) { break }
                np.insert(w, at: 0)
                if Lexicon.pronouns.contains(w.lower) { break }
                j -= 1
            }
            // "a career Army officer who described …": the phrase the relative pronoun stands for.
            if np.isEmpty, c > 1, tokens[c - 1].lower == "who" {
                var phrase: [Token] = []
                var k = c - 2
                while k >= 0, tokens[k].isWord, phrase.count < 6, !Lexicon.stopWords.contains(tokens[k].lower) {
                    phrase.insert(tokens[k], at: 0)
                    if ["a", "an", "the", "one", "another"].contains(tokens[k].lower) { break }
                    k -= 1
                }
                if let speaker = resolve(phrase, p: p, offset: offset) { return (speaker, tokens[c].lower) }
            }
            // "allowed Mosseri to claim …": the name before "to".
            if np.isEmpty, c > 1, tokens[c - 1].lower == "to", tokens[c - 2].isWord, tokens[c - 2].isCapitalized,
               let speaker = resolve([tokens[c - 2]], p: p, offset: offset) {
                return (speaker, tokens[c].lower)
            }
            // "The coroner, Sherrif Payne, who deemed …, told …": the name among the comma-set phrases.
            if np.isEmpty, c > 0, tokens[c - 1].text == ",", let named = namedChunk(before: c, in: tokens),
               let speaker = resolve(named, p: p, offset: offset) {
                return (speaker, tokens[c].lower)
            }
            if np.isEmpty, c > 0, tokens[c - 1].text == "," || tokens[c - 1].lower == "to", let subject = sentenceSubject(Array(tokens[..<c])),
               let speaker = resolve(subject, p: p, offset: offset) {
                // "Smith, a spokesperson for X, told …": the subject before the apposition.
                return (speaker, tokens[c].lower)
            }
            if np.isEmpty, c + 1 < tokens.count, tokens[c + 1].isWord, tokens[c + 1].isCapitalized, c == cueIndices.first,
               Self.invertibleCues.contains(tokens[c].lower) {
                // Inverted before the quote: "said Smith: “…”" (not "said SpaceX would fly Starship “…”":
                // the words after the cue must end at a comma, colon or dash).
                var forward: [Token] = []
                var k = c + 1
                while k < tokens.count, tokens[k].isWord, forward.count < 6 { forward.append(tokens[k]); k += 1 }
                if k < tokens.count, [",", ":", "—", "–"].contains(tokens[k].text),
                   let speaker = resolve(forward, p: p, offset: offset) { return (speaker, tokens[c].lower) }
            }
            // "She didn’t give a date, but said SpaceX would fly it “a lot”": the subject the cue shares.
            if np.isEmpty, c > 0, ["and", "but"].contains(tokens[c - 1].lower), let subject = sentenceSubject(Array(tokens[..<(c - 1)])),
               let speaker = resolve(subject, p: p, offset: offset) {
                return (speaker, tokens[c].lower)
            }
            if let speaker = resolve(np, p: p, offset: offset) { return (speaker, tokens[nearest].lower) }
        }
        return nil
    }

    /// Nouns for what someone said ("Trump’s announcement that …").
    static let speechNouns: Set<String> = [
        "announcement", "statement", "remarks", "claim", "assertion", "comments", "promise", "pledge", "warning",
        "tweet", "testimony", "vow", "insistence", "suggestion", "speech", "letter", "post", "declaration", "boast",
    ]

    /// "Despite Mr. Trump’s Oct. 11 announcement that the two had reached a
    /// “historic” agreement": the person whose words the noun names, when a
    /// "that" clause carries them to the quote.
    private mutating func possessiveSpeech(_ tokens: [Token], p: Int, offset: Int) -> (ResolvedSpeaker, String)? {
        guard let n = tokens.lastIndex(where: { $0.isWord && Self.speechNouns.contains($0.lower) }),
              tokens[safe: n + 1]?.lower == "that", !tokens[(n + 1)...].contains(where: Self.isCue),
              let owner = tokens[max(0, n - 4)..<n].last(where: { $0.isPossessive && $0.isCapitalized }) else { return nil }
        var name = [owner]
        var k = tokens.firstIndex(where: { $0.start == owner.start }) ?? 0
        while k > 0, tokens[k - 1].isWord, tokens[k - 1].isCapitalized, name.count < 4 { name.insert(tokens[k - 1], at: 0); k -= 1 }
        guard let speaker = resolve(name, p: p, offset: offset), speaker.type == .person || speaker.type == .organisation else { return nil }
        return (speaker, tokens[n].lower)
    }

    /// "Buckley, who phoned in from the set, had a similar experience: “…”": a
    /// sentence with no cue that leads into the quote with a colon, whose subject
    /// is a named person or organisation.
    private mutating func colonLead(_ tokens: [Token], p: Int, offset: Int) -> (ResolvedSpeaker, String)? {
        guard tokens.last?.text == ":", !tokens.indices.contains(where: { Self.isCue(tokens[$0]) && !Self.isNounUse(tokens, $0) }),
              let first = tokens.first(where: \.isWord), first.isCapitalized, !SpeakerWords.notNames.contains(first.lower),
              let subject = sentenceSubject(tokens), subject.allSatisfy(\.isCapitalized),
              let speaker = resolve(subject, p: p, offset: offset), speaker.type == .person || speaker.type == .organisation,
              // A lone capitalised word ("New signs appeared …:") is a person only if the article named one so.
              speaker.type == .organisation || speaker.name.utf8.contains(UInt8(ascii: " ")) || names.fullName(for: speaker.name) != nil else { return nil }
        return (speaker, ":")
    }

    /// Cues that can stand before their speaker ("said Smith: “…”"); "told" takes an object instead.
    static let invertibleCues: Set<String> = ["said", "says", "added", "adds", "wrote", "writes", "asked", "asks",
                                              "continued", "continues", "explained", "explains", "replied", "declared"]

    /// A party and state after a lawmaker's name ("R-Neb."), compiled once
    /// (a literal in a function body is compiled at every call). Only ever read.
    nonisolated(unsafe) static let partyAndState = /[RDI]-[A-Z][A-Za-z.]*/

    /// Among the comma-set phrases before index `c`, the last that names a person
    /// ("The coroner for that case, Sherrif Payne, who deemed …, told").
    private func namedChunk(before c: Int, in tokens: [Token]) -> [Token]? {
        var chunks: [[Token]] = [[]]
        for t in tokens[..<c] {
            if t.text == "," { chunks.append([]) } else if t.isWord { chunks[chunks.count - 1].append(t) }
        }
        for chunk in chunks.reversed() where !chunk.isEmpty && chunk.count <= 6 {
            // A party and state ("R-Neb.") is not a name.
            if chunk.count == 1, chunk[0].text.wholeMatch(of: Self.partyAndState) != nil { continue }
            guard chunk.allSatisfy({ $0.isCapitalized || ["de", "van", "von", "al", "bin"].contains($0.lower) }),
                  let parsed = NameIndex.parse(chunk), parsed.type == .person else { continue }
            return chunk
        }
        return nil
    }

    /// Conjunctions that, after a comma, open a new clause.
    static let clauseOpeners: Set<String> = ["but", "while", "whereas", "although", "though", "yet"]

    /// Whether `tokens` hold ", but" / ", while" …: a clause boundary.
    static func clauseBreak(in tokens: ArraySlice<Token>) -> Bool {
        var previousComma = false
        for t in tokens {
            if !t.isWord { previousComma = [",", ";"].contains(t.text); if t.text == ";" { return true }; continue }
            if previousComma, clauseOpeners.contains(t.lower) {
                // A new clause only when it brings its own subject and verb: a name or noun
                // before another cue belongs to the later cue's search, not this one. An opener
                // right before the quote ("…, Levy said, but “I want to emphasize …”") opens nothing.
                return t.start != tokens.last?.start
            }
            previousComma = false
        }
        return false
    }

    /// Words that open a sentence with an introductory phrase, up to its comma.
    static let introWords: Set<String> = ["on", "in", "at", "during", "after", "before", "earlier", "later", "last",
                                          "meanwhile", "however", "still", "asked", "speaking", "since", "when", "while",
                                          "as", "for", "with", "by", "from", "under", "according", "but", "and", "yet",
                                          "in", "outside", "inside", "following", "despite", "although", "though"]

    /// The subject phrase that opens a sentence: a name with its title, a
    /// pronoun, or a description, up to the first comma or verb.
    private func sentenceSubject(_ tokens: [Token]) -> [Token]? {
        var i = 0
        if let first = tokens.first, first.isWord, Self.introWords.contains(first.lower) {
            guard let comma = tokens.firstIndex(where: { $0.text == "," }) else { return nil }
            i = comma + 1
        }
        var phrase: [Token] = []
        while i < tokens.count, tokens[i].isWord, phrase.count < 8 {
            let t = tokens[i]
            if Lexicon.cueVerbs.contains(t.lower) { break }
            if !phrase.isEmpty, !t.isCapitalized, !["of", "the", "and", "de", "al", "van", "von"].contains(t.lower),
               phrase.contains(where: { $0.isCapitalized && !["the", "a", "an", "this", "its"].contains($0.lower) }) { break }
            phrase.append(t)
            if Lexicon.pronouns.contains(t.lower) { break }
            i += 1
        }
        return phrase.isEmpty ? nil : phrase
    }

    /// "and" inside a group phrase ("U.S. and Ukrainian officials").
    private func isGroupConjunction(_ tokens: [Token], _ j: Int) -> Bool {
        guard let prev = tokens[safe: j - 1], let next = tokens[safe: j + 1] else { return false }
        return prev.isCapitalized && next.isCapitalized && SpeakerWords.isAdjectival(prev.text) && SpeakerWords.isAdjectival(next.text)
    }

    // MARK: - Speakers

    /// Turns a speaker phrase into a speaker: a pronoun, a name, or a description.
    private mutating func resolve(_ phrase: [Token], p: Int, offset: Int) -> ResolvedSpeaker? {
        var words = phrase.filter(\.isWord)
        guard !words.isEmpty else { return nil }
        if words.count == 1, Lexicon.pronouns.contains(words[0].lower) {
            return resolvePronoun(words[0].lower, p: p, offset: offset)
        }
        // Drop a leading pronoun-free clause word like "while".
        while let first = words.first, ["while", "but", "and", "as"].contains(first.lower) { words.removeFirst() }
        if let reference = definiteReference(words, p: p, offset: offset) ?? personReference(words, p: p, offset: offset) {
            return reference
        }
        let capitalised = words.filter { $0.isCapitalized && !SpeakerWords.notNames.contains($0.lower) }
        if !capitalised.isEmpty {
            // Keep the capitalised run at the end of the phrase (with its title words).
            var run: [Token] = []
            for w in words.reversed() {
                if w.isCapitalized || ["of", "de", "van", "von", "bin", "al", "the", "and"].contains(w.lower) { run.insert(w, at: 0) } else { break }
            }
            while let first = run.first, ["of", "the", "and"].contains(first.lower) || names.isCommonWord(first.text) && run.count > 1 {
                run.removeFirst()
            }
            // Headlines and labels in capitals throughout are not names.
            if run.contains(where: \.isShouted) { return nil }
            // A surname the article gave in full, even one that is also a title word ("said King").
            if run.count == 1, let full = names.fullName(for: run[0].bare), full.utf8.contains(UInt8(ascii: " ")) {
                note(form: run[0].bare, for: full)
                return ResolvedSpeaker(name: full, role: names.roles[full], type: .person)
            }
            if let parsed = NameIndex.parse(run) {
                if parsed.type == .person {
                    let full = names.fullName(for: parsed.name) ?? parsed.name
                    note(form: run.map(\.bare).joined(separator: " "), for: full)
                    note(form: parsed.name, for: full)
                    // Lower-case title words just before the name ("economist Laura Chen").
                    let before = words.prefix { $0.start < (run.first?.start ?? 0) }
                    let titles = before.reversed().prefix { !$0.isCapitalized && Lexicon.titleWords.contains($0.lower) }
                    let spelled = titles.isEmpty ? nil : titles.reversed().map(\.text).joined(separator: " ")
                    return ResolvedSpeaker(name: full, role: parsed.role ?? spelled ?? names.roles[full], type: .person)
                }
                return ResolvedSpeaker(name: parsed.name, role: nil, type: parsed.type)
            }
            if let group = groupPhrase(words) { return group }
            // "a career Army officer": capitals inside a description ending in lower case.
            if run.isEmpty { return description(words) }
            return nil
        }
        // A user name ("elmo666", "jayk1984") stands for a person.
        if let handle = words.last, handle.text.contains(where: \.isNumber), handle.text.contains(where: \.isLetter),
           words.count <= 2 {
            return ResolvedSpeaker(name: handle.text, role: nil, type: .person)
        }
        return description(words)
    }

    /// Nouns by which an article refers back to an organisation it has named
    /// ("the company said", "the production company said").
    static let organisationNouns: Set<String> = [
        "company", "firm", "label", "agency", "studio", "network", "organization", "organisation", "department",
        "ministry", "office", "club", "league", "union", "university", "school", "district", "hospital", "airline",
        "bank", "retailer", "startup", "carrier", "giant", "publisher", "broadcaster", "manufacturer", "automaker",
        "charity", "authority", "council", "commission", "group", "chain", "insurer", "lender", "developer", "institution",
    ]

    /// Set while "the statement" is being resolved, so that the search does not recurse.
    private var resolvingStatement = false
    /// The day named where the statement a quote comes from was issued, found
    /// while resolving "the statement"; reset for every span.
    private var referenceDay: DateText.Found?

    /// "the company", "the production company": the organisation named last,
    /// within three paragraphs. "The statement": whoever the nearest sentence
    /// before it that speaks of a statement has as its subject ("Big Machine
    /// Records issued a statement", "The company denied it in a statement"),
    /// else the organisation named last. Nil when nothing fits: the phrase is
    /// then read as a description.
    private mutating func definiteReference(_ words: [Token], p: Int, offset: Int) -> ResolvedSpeaker? {
        guard words.count >= 2, words.count <= 4, ["the", "its"].contains(words[0].lower),
              let head = words.dropFirst().first(where: { Self.organisationNouns.contains($0.lower) || $0.lower == "statement" }),
              words.dropFirst().allSatisfy({ !$0.isCapitalized }) else { return nil }
        if head.lower == "statement", !resolvingStatement {
            resolvingStatement = true
            defer { resolvingStatement = false }
            for (q, s) in sentencesBefore(p: p, offset: offset, within: 3) {
                let tokens = paragraphs[q].tokens[s].filter { !$0.quoted }
                guard let at = tokens.firstIndex(where: { $0.lower == "statement" || $0.lower == "statements" }),
                      let subject = sentenceSubject(Array(tokens[..<at])), subject.first?.lower != "the" || subject.count > 1,
                      !(subject.count >= 2 && subject[1].lower == "statement"),
                      let speaker = resolve(subject, p: q, offset: tokens.first?.start ?? 0),
                      speaker.type == .organisation || speaker.type == .person else { continue }
                // The statement was made on the day that sentence names ("On Monday, … issued a statement").
                referenceDay = DateText.day(in: tokens.filter(\.isWord).map(\.text).joined(separator: " "), publication: publishedOn, updated: updatedOn)
                return speaker
            }
        }
        guard let name = names.organisation(before: p, offset: offset) else { return nil }
        return ResolvedSpeaker(name: name, role: nil, type: .organisation)
    }

    /// Nouns by which an article refers back to a person it has named ("the
    /// Conservative MP said", "the actress said", "the 32-year-old said"). Unnamed
    /// sources' nouns (spokesman, official) are left out: they often stand for
    /// someone the article never names.
    static let personNouns: Set<String> = [
        "mp", "senator", "congressman", "congresswoman", "lawmaker", "legislator", "democrat", "republican", "conservative",
        "actress", "actor", "singer", "rapper", "star", "player", "coach", "minister", "president", "governor", "mayor",
        "premier", "chancellor", "judge", "ceo", "founder", "chairman", "chairwoman", "author", "novelist", "writer",
        "artist", "filmmaker", "director", "athlete", "striker", "forward", "quarterback", "pitcher", "goalkeeper",
        "goaltender", "defenseman", "veteran", "rookie", "candidate", "nominee", "incumbent", "challenger",
        "epidemiologist", "scientist", "professor", "economist", "historian", "year-old", "businessman", "businesswoman",
    ]

    /// "the Conservative MP", "the actress": the person last named as a subject
    /// within two paragraphs, of the noun's gender where it has one.
    private func personReference(_ words: [Token], p: Int, offset: Int) -> ResolvedSpeaker? {
        guard (2...5).contains(words.count), words[0].lower == "the", let head = words.last,
              Self.personNouns.contains(head.lower) || head.lower.hasSuffix("-year-old") else { return nil }
        let gender = NameIndex.genderedNouns[head.lower]
        guard let m = names.mentions(before: p, offset: offset, within: 2).first(where: { $0.isSubject && names.fits($0.name, gender) })
        else { return nil }
        return ResolvedSpeaker(name: m.name, role: names.roles[m.name], type: .person)
    }

    /// The sentences before `offset` in paragraph `p` and the `within` paragraphs
    /// before it, nearest first.
    private func sentencesBefore(p: Int, offset: Int, within: Int) -> [(Int, Range<Int>)] {
        var result: [(Int, Range<Int>)] = []
        for q in stride(from: p, through: max(0, p - within), by: -1) {
            let para = paragraphs[q]
            for s in para.sentences.reversed() where q < p || (para.tokens[safe: s.lowerBound]?.start ?? 0) < offset {
                result.append((q, s))
            }
        }
        return result
    }

    /// A group ("U.S. and Ukrainian officials") ending in a group noun.
    private func groupPhrase(_ words: [Token]) -> ResolvedSpeaker? {
        guard let head = words.last, Lexicon.groupNouns.contains(head.lower) else { return nil }
        var phrase = words
        while let first = phrase.first, ["the", "some", "many", "several"].contains(first.lower) { phrase.removeFirst() }
        return ResolvedSpeaker(name: phrase.map(\.text).joined(separator: " "), role: nil, type: .group)
    }

    /// An unnamed source, a group or a document described in lower case.
    private func description(_ words: [Token]) -> ResolvedSpeaker? {
        guard var head = words.last?.lower else { return nil }
        // "one person during public comment": the head stands near the front.
        if !Lexicon.anonymousHeads.contains(head), !Lexicon.groupNouns.contains(head), !Lexicon.documentHeads.contains(head),
           let early = words.prefix(3).last(where: { Lexicon.anonymousHeads.contains($0.lower) }), words.count <= 10 {
            head = early.lower
            return ResolvedSpeaker(name: words.map(\.text).joined(separator: " "), role: nil, type: .anonymous)
        }
        if Lexicon.groupNouns.contains(head) { return groupPhrase(words) }
        let text = words.map(\.text).joined(separator: " ")
        if Lexicon.documentHeads.contains(head), words.count <= 5 {
            return ResolvedSpeaker(name: text, role: nil, type: .document)
        }
        // "a second vice-chancellor", "one senior economist": a role after an indefinite determiner.
        let role = head.split(separator: "-").last.map(String.init) ?? head
        if !Lexicon.anonymousHeads.contains(head), Lexicon.titleWords.contains(role), words.count <= 5,
           let first = words.first, ["a", "an", "one", "another"].contains(first.lower) {
            return ResolvedSpeaker(name: text, role: nil, type: .anonymous)
        }
        if Lexicon.anonymousHeads.contains(head), words.count <= 7 {
            // "the insider" after "an insider": the same source.
            if words.first?.lower == "the", let earlier = unnamedSpeakers.last(where: { $0.lowercased().hasSuffix(" " + head) }) {
                return ResolvedSpeaker(name: earlier, role: nil, type: .anonymous)
            }
            return ResolvedSpeaker(name: text, role: nil, type: .anonymous)
        }
        return nil
    }

    static let femaleNouns: Set<String> = ["mother", "woman", "girl", "wife", "daughter", "sister", "grandmother", "mom", "widow", "lady"]
    static let maleNouns: Set<String> = ["father", "man", "boy", "husband", "son", "brother", "grandfather", "dad", "widower"]

    /// "one mother", "a woman", "another man" in the unquoted text of paragraph `p` before `offset`,
    /// matching the pronoun's gender: the last one.
    private func unnamedPerson(before offset: Int, in p: Int, pronoun: String) -> (description: String, offset: Int)? {
        let nouns = pronoun == "she" ? Self.femaleNouns : Self.maleNouns
        let tokens = paragraphs[p].tokens.filter { $0.end <= offset && !$0.quoted && $0.isWord }
        var found: (String, Int)?
        for (k, t) in tokens.enumerated() where nouns.contains(t.lower) {
            var start = k
            while start > 0, k - start < 3, !["one", "a", "an", "another"].contains(tokens[start].lower) { start -= 1 }
            guard ["one", "a", "an", "another"].contains(tokens[start].lower),
                  tokens[start...k].dropFirst().allSatisfy({ !$0.isCapitalized }) else { continue }
            found = (tokens[start...k].map(\.text).joined(separator: " "), t.start)
        }
        return found
    }

    /// Resolves he/she to the last person named, they to the last group.
    private func resolvePronoun(_ pronoun: String, p: Int, offset: Int) -> ResolvedSpeaker? {
        switch pronoun {
        case "he", "she":
            // Only people the article shows with this gender, or with none.
            let gender = Gender(pronoun: pronoun)
            let candidates = names.mentions(before: p, offset: offset).filter { names.fits($0.name, gender) }
            // A person named earlier in the same paragraph, after the last speaker's quote:
            // the nearest subject, else the nearest mention ("In Hajjaj’s case, she decided").
            let sameParagraph = candidates.filter { m in
                m.paragraph == p && (last.map { ($0.paragraph, $0.offset) < (m.paragraph, m.offset) } ?? true)
            }
            // An unnamed person described in this paragraph, after any name ("WIRED spoke to one mother, …").
            if let unnamed = unnamedPerson(before: offset, in: p, pronoun: pronoun),
               sameParagraph.allSatisfy({ $0.offset < unnamed.offset }) {
                return ResolvedSpeaker(name: unnamed.description, role: nil, type: .anonymous)
            }
            if let m = sameParagraph.first(where: \.isSubject) {
                return ResolvedSpeaker(name: m.name, role: names.roles[m.name], type: .person)
            }
            // A name in passing after this paragraph's last quote ("Her heartbreak over Ford’s
            // death …, “…,” she said") does not take the pronoun from the speaker just quoted.
            if let last, last.paragraph == p, last.speaker.type == .person, names.fits(last.speaker.name, gender) {
                return last.speaker
            }
            if let m = sameParagraph.first {
                return ResolvedSpeaker(name: m.name, role: names.roles[m.name], type: .person)
            }
            // The last speaker, unless another person has since become the subject.
            if let last, last.speaker.type == .person, p - last.paragraph <= 2, names.fits(last.speaker.name, gender) {
                if let m = candidates.first(where: { $0.isSubject && ($0.paragraph, $0.offset) > (last.paragraph, last.offset) && $0.name != last.speaker.name }) {
                    return ResolvedSpeaker(name: m.name, role: names.roles[m.name], type: .person)
                }
                return last.speaker
            }
            if let m = candidates.first(where: \.isSubject) ?? candidates.first {
                return ResolvedSpeaker(name: m.name, role: names.roles[m.name], type: .person)
            }
            if let last, last.speaker.type == .person, names.fits(last.speaker.name, gender) { return last.speaker }
            return nil
        case "they":
            if let group = lastGroup(before: p, offset: offset) { return group }
            // Singular "they": a person who is the subject earlier in the paragraph.
            if let m = names.mentions(before: p, offset: offset).first(where: { $0.paragraph == p && $0.isSubject }) {
                return ResolvedSpeaker(name: m.name, role: names.roles[m.name], type: .person)
            }
            if let last, last.speaker.type != .person { return last.speaker }
            return nil
        case "it":
            if let last, last.speaker.type == .organisation || last.speaker.type == .document { return last.speaker }
            return nil
        default:
            return nil
        }
    }

    /// The last group phrase in the sentence or the one before it.
    private func lastGroup(before p: Int, offset: Int) -> ResolvedSpeaker? {
        let para = paragraphs[p]
        let sentenceStart = para.sentence(containing: offset).flatMap { para.tokens[safe: $0.lowerBound]?.start } ?? 0
        let tokens = para.tokens.filter { $0.end <= offset && $0.start >= sentenceStart && !$0.quoted }
        guard let g = tokens.indices.last(where: { tokens[$0].isWord && Lexicon.groupNouns.contains(tokens[$0].lower) }) else { return nil }
        var phrase: [Token] = [tokens[g]]
        var j = g - 1
        while j >= 0, tokens[j].isWord {
            let w = tokens[j]
            if w.isCapitalized || (w.lower == "and" && isGroupConjunction(tokens, j)) || ["senior", "local", "federal", "state", "top", "other", "foreign", "military", "government", "administration", "health", "police", "election", "security"].contains(w.lower) {
                phrase.insert(w, at: 0); j -= 1
            } else { break }
        }
        return ResolvedSpeaker(name: phrase.map(\.text).joined(separator: " "), role: nil, type: .group)
    }

    private mutating func note(form: String, for name: String) {
        guard !form.isEmpty, form != name else { return }
        if !(surfaceForms[name] ?? []).contains(form) { surfaceForms[name, default: []].append(form) }
    }

    // MARK: - Kinds and filters

    /// Direct when the span is a clause of its own; partial when folded into the reporter's sentence.
    private func kindOf(_ span: QuoteSpan, in para: AnalysedParagraph, text: String) -> QuoteKind {
        let previous = para.tokens.last { $0.end <= span.open && !$0.quoted }
        let startsUpper = text.first?.isUppercase == true
        let wordCount = text.split(separator: " ").count
        if let previous, previous.isWord {
            return startsUpper && wordCount >= 6 ? .direct : .partial
        }
        if let previous, ["(", "-", "—"].contains(previous.text), !startsUpper { return .partial }
        return wordCount >= 3 || startsUpper ? .direct : .partial
    }

    /// A person named as the subject in this paragraph before `span`, after the
    /// paragraph's last quote: the one a cue-less quote that follows speaks for.
    private mutating func paragraphSubject(before span: QuoteSpan, in p: Int) -> ResolvedSpeaker? {
        let since = last.flatMap { $0.paragraph == p ? $0.offset : nil } ?? -1
        if let m = names.mentions(before: p, offset: span.open, within: 0).first(where: { $0.offset > since }), m.isSubject,
           !(last.map { $0.paragraph == p && $0.speaker.name == m.name } ?? false) {
            return ResolvedSpeaker(name: m.name, role: names.roles[m.name], type: .person)
        }
        // A paragraph that is nothing but the quote, after one whose closing sentence has a
        // person as its subject ("However, he defended his decision to engage." then "“Well, …”").
        let para = paragraphs[p]
        if p > 0, span.open == 0, para.sentences.count == 1 || isBareQuoteSentence(span, in: para),
           let closing = paragraphs[p - 1].sentences.last {
            let tokens = paragraphs[p - 1].tokens[closing].filter { !$0.quoted }
            if !paragraphs[p - 1].tokens[closing].contains(where: \.quoted), let subject = sentenceSubject(tokens),
               let speaker = resolve(subject, p: p - 1, offset: tokens.first?.start ?? 0), speaker.type == .person,
               // A person the article names (not a caption's place: "Whangārei Harbour seen from …").
               names.fullName(for: speaker.name) != nil {
                return speaker
            }
        }
        // "Swift's rep told Fox News that this was not the whole truth. “…”": the
        // speaker of the sentence just before, when it reports speech and quotes nothing.
        guard let range = para.sentence(containing: span.open),
              let previous = para.sentences.last(where: { $0.upperBound <= range.lowerBound }),
              let start = para.tokens[safe: previous.lowerBound]?.start, start > since else { return nil }
        let tokens = Array(para.tokens[previous])
        guard !tokens.contains(where: \.quoted), tokens.contains(where: { Self.isCue($0) }),
              let (speaker, _) = speakerBefore(tokens, p: p, offset: start) else { return nil }
        return speaker
    }

    /// A quote that opens its sentence in the paragraph of the last quote, where
    /// the rest of the sentence names no one and has no cue ("“So I called one of
    /// my best friends,” a detail that dovetails with the film."): the same voice.
    private func continuesParagraphSpeaker(_ span: QuoteSpan, in p: Int) -> Bool {
        guard let last, last.paragraph == p, let range = paragraphs[p].sentence(containing: span.open) else { return false }
        let rest = paragraphs[p].tokens[range].filter { !$0.quoted && $0.isWord }
        return !paragraphs[p].tokens[range].contains { $0.end <= span.open && $0.isWord && !$0.quoted }
            && !rest.contains { Self.isCue($0) || ($0.isCapitalized && !SpeakerWords.notNames.contains($0.lower)) || Lexicon.pronouns.contains($0.lower) }
    }

    /// Words that put a quote in the first person.
    static let firstPersonWords: Set<String> = ["i", "i’ve", "i've", "i’m", "i'm", "i’d", "i'd", "i’ll", "i'll", "me", "my", "we", "we’re", "we're", "we’ve", "we've", "our", "us"]

    /// Whether `text` speaks in the first person ("as low as I’ve ever seen").
    static func speaksInFirstPerson(_ text: String) -> Bool {
        text.split(whereSeparator: { !$0.isLetter && $0 != "’" && $0 != "'" }).contains { firstPersonWords.contains($0.lowercased()) }
    }

    /// The sentence holds nothing but the quote.
    private func isBareQuoteSentence(_ span: QuoteSpan, in para: AnalysedParagraph) -> Bool {
        guard let range = para.sentence(containing: span.open) else { return false }
        return !para.tokens[range].contains { $0.isWord && !$0.quoted }
    }

    /// A title, nickname or term at a distance, not speech.
    private func isTerm(_ span: QuoteSpan, in para: AnalysedParagraph, text: String, kind: QuoteKind) -> Bool {
        guard kind == .partial else { return false }
        let before = para.tokens.filter { $0.end <= span.open && !$0.quoted && $0.isWord }
        // "known as the “Three Amigos”": a marker up to three words back.
        if before.suffix(3).contains(where: { Self.termMarkers.contains($0.lower) }) { return true }
        let words = text.split(separator: " ")
        // "formed an “irregular” channel": one word between an article and a noun is a word
        // held at a distance, unless a framing cue governs it ("called it a “disgraceful” decision")
        // or a cue stands just before ("warn against a “one-size-fits-all” approach").
        if words.count == 1, text.first?.isLowercase == true, let article = before.last, ["a", "an", "the"].contains(article.lower),
           let next = para.tokens.first(where: { $0.start > span.close }), next.isWord, !next.isCapitalized,
           !Lexicon.stopWords.contains(next.lower), !before.contains(where: { Lexicon.framingCues.contains($0.lower) }),
           !before.dropLast().suffix(3).contains(where: Self.isCue) {
            return true
        }
        // A quoted name used as a modifier: the “Bad Blood” songstress, “harm reduction” programs.
        if let next = para.tokens.first(where: { $0.start > span.close }), next.isWord, Self.termNouns.contains(next.lower) {
            return true
        }
        // One capitalised word in quotation marks is a name or a title (‘Mirkov’, “Evolution”).
        if words.count == 1, text.first?.isUppercase == true { return true }
        // A short item in a list ("corporations, “creators,” and normal people").
        if words.count <= 2, let before = para.tokens.last(where: { $0.end <= span.open && !$0.quoted }), before.text == ",",
           let after = para.tokens.first(where: { $0.start > span.close && $0.isWord }), ["and", "or"].contains(after.lower) {
            return true
        }
        return false
    }

    /// Cues that give a name, not words: a partial quote after them is a nickname
    /// ("had dubbed Sondland's role “the Gordon problem”").
    static let namingCues: Set<String> = ["dubbed", "dub", "dubs", "nicknamed", "named", "titled", "labeled", "labelled", "branded"]

    /// A paragraph that is a subheading made of a quote ("6. “The Gordon problem”"):
    /// at most a number or label besides the quote, and no sentence's end.
    private func isHeading(_ para: AnalysedParagraph) -> Bool {
        guard para.spans.count == 1, let span = para.spans.first, !span.isOpenEnded else { return false }
        let outside = para.tokens.filter { !$0.quoted && ($0.start < span.open || $0.start > span.close) }
        guard outside.filter(\.isWord).allSatisfy({ $0.text.allSatisfy(\.isNumber) }), outside.count <= 2 else { return false }
        let inner = para.slice(span.innerStart, span.close).trimmingCharacters(in: .whitespaces)
        return !(inner.last.map { ".!?…,".contains($0) } ?? false) && inner.split(separator: " ").count <= 10
    }

    /// Nouns after a quoted span that make it the name of a thing, not speech.
    static let termNouns: Set<String> = [
        "campaign", "campaigns", "slogan", "program", "programs", "programme", "programmes", "policy", "policies",
        "initiative", "project", "projects", "movement", "song", "songs", "film", "movie", "book", "show", "series",
        "album", "hashtag", "brand", "tour", "songstress", "singer", "star", "logo", "sign", "signs", "banner", "ad",
        "ads", "advert", "advertisement", "nickname", "era", "festival", "strategy", "operation", "doctrine", "rule",
        "act", "law", "bill", "event", "podcast", "episode", "segment", "column", "headline", "label", "meme",
    ]

    private func trimTrailingPunctuation(_ text: String) -> String {
        var t = Substring(text)
        while let lastChar = t.last, [",", ";", ":", "."].contains(lastChar) { t = t.dropLast() }
        return String(t).trimmingCharacters(in: .whitespaces)
    }
}
