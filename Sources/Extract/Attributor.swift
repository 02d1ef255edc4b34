/// Attributes the quoted spans of an article to speakers (see ``QuoteExtractor``).
struct Attributor {
    let paragraphs: [AnalysedParagraph]
    let names: NameIndex
    let publishedOn: String?
    /// The day after publication when the page was updated then: weekdays may name it.
    var updatedOn: String?

    /// The last attributed quote: its speaker, paragraph and date.
    var last: (speaker: ResolvedSpeaker, paragraph: Int, offset: Int, date: DateText.Found?)?

    /// Unnamed sources already quoted ("an insider"), so that "the insider" is the same one.
    var unnamedSpeakers: [String] = []
    /// Surface forms seen per full name.
    var surfaceForms: [String: [String]] = [:]
    /// Set while "the statement" is being resolved, so that the search does not recurse.
    var resolvingStatement = false
    /// The day named where the statement a quote comes from was issued, found
    /// while resolving "the statement"; reset for every span.
    var referenceDay: DateText.Found?

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
                let (saidOn, basis, date) = day(for: found, span: span, in: p, eventDay: eventDay, occasion: occasion)
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

}
