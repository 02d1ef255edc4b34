/// Attributes the quoted spans of an article to speakers (see ``QuoteExtractor``):
/// the orchestrator of the attribution rules (`Attribution/`).
///
/// ``run()`` walks the spans in text order, asks the rules in the order of
/// `Attributor+Sieves.swift` and takes the first proposal; only then does it
/// record what that proposal found (the last voice, the speaker's forms and
/// role, an unnamed source's description), so that the rules read a state no
/// rejected proposal has touched. The day each quote was said comes from
/// `Attributor+Dates.swift`, its confidence from `Attributor+Confidence.swift`.
struct Attributor {
    let paragraphs: [AnalysedParagraph]
    let names: NameIndex
    let publishedOn: String?
    /// The day after publication when the page was updated then: weekdays may name it.
    var updatedOn: String?

    /// The last attributed quote: its speaker, paragraph and date.
    var last: (speaker: ResolvedSpeaker, paragraph: Int, offset: Int, date: DateText.Found?)?

    /// The letters of each attributed quote (``QuoteExtractor/letterKey(_:)``) and its speaker,
    /// in text order: what a later span that repeats the words is matched against.
    var quotedWords: [(key: String, speaker: ResolvedSpeaker)] = []

    /// Unnamed sources already quoted ("an insider"), so that "the insider" is the same one.
    var unnamedSpeakers: [String] = []
    /// Surface forms seen per full name, recorded for the speakers of accepted quotes.
    var surfaceForms: [String: [String]] = [:]
    /// The role each person was given where one of their quotes was attributed
    /// (", the county's engineer, said"), for their later quotes that give none.
    var rolesGiven: [String: String] = [:]
    /// The days the article's sentences name, found once each (see ``DayMemo``).
    let dayMemo = DayMemo()

    init(paragraphs: [AnalysedParagraph], names: NameIndex, publishedOn: String?) {
        self.paragraphs = paragraphs
        self.names = names
        self.publishedOn = publishedOn
    }

    /// What the attribution rules found for a quote: the speaker, the cue, the
    /// words of the sentence that attributes it (where its day is looked for),
    /// whether the voice was carried from elsewhere, and the rule's id.
    struct Found {
        var speaker: ResolvedSpeaker
        var cue: String?
        var sentenceText: String
        var carried: Bool = false
        var rule: RuleID
        /// See ``Proposal/nested``.
        var nested = false
    }

    /// Words that frame a quoted span as a name, title or term, not as speech.
    static let termMarkers: Set<String> = Lexicon.termMarkers

    /// The article's quotes, in text order, each with its speaker, day, rule and confidence.
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
                let kind = kindOf(span, in: para, text: text)
                var found = attribute(span, in: p)
                if found == nil, let closing {
                    found = attribute(closing.span, in: closing.paragraph)
                }
                if found == nil {
                    found = attributeCueLess(QuoteSite(span: span, paragraph: p, text: text, kind: kind))
                }
                guard let found, !isTerm(span, in: para, text: text, kind: kind),
                      !(kind == .partial && found.cue.map(Self.namingCues.contains) == true),
                      !(found.carried && isHeading(para)) else { continue }
                let (saidOn, basis, date) = day(for: found, span: span, in: p, eventDay: eventDay, occasion: occasion)
                // A passive's agent ("described as “…” by the department") is kept in the background:
                // the voice a following quote-only paragraph continues is not it.
                if found.rule != .passiveAgent {
                    last = (found.speaker, closing?.paragraph ?? p, closing == nil ? span.open : 0, date)
                }
                quotedWords.append((QuoteExtractor.letterKey(text), found.speaker))
                for form in found.speaker.forms where !(surfaceForms[found.speaker.name] ?? []).contains(form) {
                    surfaceForms[found.speaker.name, default: []].append(form)
                }
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
                    kind: kind, speaker: found.speaker.name, speakerRole: role(of: found.speaker),
                    speakerType: found.speaker.type,
                    speakerAliases: (surfaceForms[found.speaker.name] ?? []).filter { $0 != found.speaker.name },
                    cue: found.cue, saidOn: saidOn, saidOnBasis: basis, paragraph: p,
                    start: span.innerStart, end: endOffset, context: context,
                    rule: found.rule.rawValue, confidence: confidence(of: found)))
                for (inner, nested) in NestedQuoteRule().quotes(inside: span, in: p, outerSpeaker: found.speaker, of: self) {
                    let innerText = TextFolding.fold(para.slice(inner.innerStart, inner.close))
                    // A single word in single marks is a word held up, not speech (‘friend’).
                    guard innerText.contains(where: \.isLetter), innerText.contains(" ") else { continue }
                    let (innerSaidOn, innerBasis, _) = day(for: nested, span: inner, in: p, eventDay: eventDay, occasion: occasion)
                    let opensClause = para.tokens.last(where: { $0.end <= inner.open }).map { [",", ":"].contains($0.text) } ?? false
                    quotes.append(Quote(
                        text: innerText, kind: opensClause ? .direct : .partial, speaker: nested.speaker.name,
                        speakerRole: role(of: nested.speaker), speakerType: nested.speaker.type, cue: nested.cue,
                        saidOn: innerSaidOn, saidOnBasis: innerBasis, paragraph: p, start: inner.innerStart, end: inner.close,
                        context: context, rule: nested.rule.rawValue, confidence: confidence(of: nested)))
                }
            }
        }
        return quotes
    }

}
