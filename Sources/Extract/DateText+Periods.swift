import Foundation

/// The forms of English news writing that place words in a period or in the
/// past without naming a day, and the clauses whose times are not when the
/// words were said (see ``DateText/day(in:publication:updated:)``).
extension DateText {
    /// Patterns compiled once; only ever read (see ``DateText``'s own patterns).
    enum PeriodPattern {
        /// "this week", "in recent months", "as recently as": a period around publication.
        nonisolated(unsafe) static let around = /\b(this (week|month|year|weekend)|over the weekend|in recent (days|weeks|months|years)|as recently as)\b/
        /// A month named without a day, capitalised as a month is, after a word that
        /// makes it a time ("last September", "this March", "in early March") or before the noun of an
        /// occasion or a time of day ("a September hearing", "on a grey March afternoon").
        /// A month before any other noun names a thing ("the March jobs report"); "May"
        /// is left out (the modal verb).
        nonisolated(unsafe) static let bareMonth = /\b(?:(?:[Ll]ast|[Tt]his past|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id-?)\s*(?:January|February|March|April|June|July|August|September|October|November|December)\b(?!\.?\s*\d)|(?:January|February|March|April|June|July|August|September|October|November|December)\s+(?:[a-z]+\s+)?(?:hearing|interview|speech|address|meeting|conference|briefing|debate|session|summit|rally|visit|trip|morning|afternoon|evening|night|day|weekend)s?\b)/
        /// A year before the noun of something said or written ("a 2008 video", "his 2013 memo").
        nonisolated(unsafe) static let yearOccasion = /\b(?:19|20)\d\d\s+(interview|speech|address|letter|memo|video|lecture|testimony|report|book|statement|remarks|debate|hearing|email|post|tweet|op-ed|essay|article|documentary|podcast|campaign)\b/
        /// "recalled telling", "remembers saying": the words quoted were said before the telling.
        nonisolated(unsafe) static let recalledSpeech = /\b(recalled|recalls|remembered|remembers|recalling|remembering)\s+(telling|saying|asking|writing|shouting|warning|replying|answering)\b/
        /// A clause that puts its time in the future ("who will testify Thursday", "would
        /// step down in March", "ahead of Monday’s vote"): the word and the four after it
        /// (the attribution sentence reaches here without its commas).
        nonisolated(unsafe) static let futureClause = /\b(will|would|won’t|won't|next|upcoming|scheduled|ahead)\b(\s+[^\s,;]+){0,4}/
        /// A clause that speaks of an earlier time as its content ("recalling the events
        /// of last year", "referring to a September meeting"): the word and the ten after it.
        /// A period in the possessive and the two words after it ("last week’s hearing",
        /// "last week’s congressional hearing").
        nonisolated(unsafe) static let possessivePeriod = /(week|month|year|night)(?:’|')s((?:\s+[^\s,;]+){1,2})/
        /// A relative clause about the speaker ("said King, who resigned and filed to run
        /// on Dec. 20"): "who" and at most twelve words after it, up to a verb of speech
        /// ("…, who testified Tuesday, said" keeps its day: the clause tells of the speech).
        nonisolated(unsafe) static let relativeClause = /\bwho(?:\s+(?!(?:said|says|told|tells|added|spoke|speaks|testified|wrote|appeared)\b)[^\s,;]+){0,12}/
        /// A time counted back from another day the article tells of, not from
        /// publication: "a day earlier", "two days before", "the day before",
        /// "the previous day", "the night before", "days earlier", "a week prior".
        nonisolated(unsafe) static let beforeAnother = /\b(?:(?:(?:a|an|one|two|three|four|five|six|several|a few|few|\d+)\s+(?:day|days|night|nights|week|weeks|month|months|year|years)|days|weeks|months|the\s+(?:day|night|week|month|year))\s+(?:earlier|before|prior)|the\s+previous\s+(?:day|night|evening|morning))\b/
        nonisolated(unsafe) static let contentClause = /(?i)\b(recalling|remembering|referring|recounting|describing|reflecting)\b(\s+[^\s,;]+){0,10}/
    }

    /// The month names ``PeriodPattern/bareMonth`` looks for, as written (a cheap test first).
    static let capitalisedMonths = ["January", "February", "March", "April", "June", "July", "August", "September",
                                    "October", "November", "December"]

    /// Words whose presence lets ``PeriodPattern/around`` match (a cheap test first).
    static let aroundWords = ["this week", "this month", "this year", "over the weekend", "in recent ", "as recently as"]

    /// Whether a sentence (as written, case kept) places its words in a period
    /// coarser than a day by the looser forms news writing uses: "this week",
    /// "over the weekend",
    /// "in recent months", "as recently as 2015", a month named without a day ("last
    /// September", "a September hearing"), or a year before the noun of
    /// something said ("a 2008 video"). (``namesPeriod(_:)`` holds the strict
    /// forms: "last week", "in March", "in 2019", "March 2019".)
    static func namesLoosePeriod(_ sentence: String, lower: String) -> Bool {
        if ASCIIScan.containsAny(lowercased: lower, aroundWords),
           PeriodScans.around.contains(in: lower) ?? lower.contains(PeriodPattern.around) { return true }
        if ASCIIScan.containsAny(lowercased: sentence, capitalisedMonths), sentence.contains(PeriodPattern.bareMonth) { return true }
        return ASCIIScan.containsAny(lowercased: lower, [" 19", " 20"]) && lower.contains(PeriodPattern.yearOccasion)
    }

    /// The words without one of which ``PeriodPattern/beforeAnother`` cannot
    /// match: a cheap test first, so that "before" and "earlier" alone (most
    /// sentences that hold them) run no pattern.
    static let countedBackWords: [StaticString] = [
        "day earlier", "days earlier", "day before", "days before", "day prior", "days prior",
        "night before", "nights before", "night earlier", "week earlier", "weeks earlier", "week before",
        "weeks before", "week prior", "month earlier", "months earlier", "month before", "months before",
        "year earlier", "years earlier", "year before", "years before", "previous day", "previous night",
        "previous evening", "previous morning",
    ]

    /// ``countedBackWords`` as a table made once (see ``ASCIIScan/Needles``).
    static let countedBackNeedles = ASCIIScan.Needles(countedBackWords)

    /// Whether the sentence places its words on a day counted back from another
    /// day the article tells of ("a day earlier", "the day before", "the
    /// previous day"): not the publication day, and no day the sentence names.
    /// A weekday or date in the same sentence still wins (it is read first).
    static func placesBeforeAnotherDay(_ lower: String) -> Bool {
        countedBackNeedles.found(in: lower) && lower.contains(PeriodPattern.beforeAnother)
    }

    /// Whether the sentence quotes words its speaker recalls having said before
    /// ("she recalled telling Harry", "remembers asking"): said then, not now.
    static func recallsEarlierSpeech(_ lower: String) -> Bool {
        ASCIIScan.containsAny(lowercased: lower, ["recall", "rememb"]) && lower.contains(PeriodPattern.recalledSpeech)
    }

    /// Lower-cased `lower` with the possessive periods of occasions made plain:
    /// "last week’s hearing" reads "last week hearing", so that the period
    /// patterns find it (the regex word boundary does not fall inside "week’s").
    /// A possessive period of anything else names a thing, not a time ("called
    /// last year’s tax bill …") and stays as written, out of the patterns' reach.
    static func withoutPossessivePeriods(_ lower: String) -> String {
        guard ASCIIScan.containsAny(lowercased: lower, possessivePeriods) else { return lower }
        return lower.replacing(PeriodPattern.possessivePeriod) { m in
            let next = m.2.split(separator: " ").map { ASCIIScan.trimmingPunctuation($0) }
            let occasion = next.contains { Attributor.occasionNouns.contains($0) || DayEvidence.speechOccasionNouns.contains($0) }
            return occasion ? String(m.1) + m.2 : String(m.0)
        }
    }

    /// Lower-cased `lower` with the possessive day of an occasion the words
    /// were said at made plain: "said at tuesday’s briefing" reads "said at
    /// tuesday briefing", so that the weekday pattern finds it (as a possessive,
    /// "tuesday’s" is one word to the pattern's word boundary). Only after "at"
    /// or "during" and before an occasion noun, or after "on" and before a
    /// broadcast ("on sunday’s edition"): a possessive day anywhere else
    /// names a thing the words may speak of later ("called tuesday’s vote a
    /// sham") and stays as written, out of the patterns' reach.
    static func withoutOccasionPossessiveDays(_ lower: String) -> String {
        guard ASCIIScan.containsAny(lowercased: lower, ["day’s ", "day's "]) else { return lower }
        var words = lower.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var changed = false
        for k in words.indices.dropFirst().dropLast() {
            let word = words[k]
            guard word.hasSuffix("’s") || word.hasSuffix("'s") else { continue }
            let day = String(word.dropLast(2))
            let next = ASCIIScan.trimmingPunctuation(words[k + 1])
            let atOccasion = Lexicon.placePrepositions.contains(words[k - 1])
                && (Attributor.occasionNouns.contains(next) || DayEvidence.speechOccasionNouns.contains(next))
            let onBroadcast = words[k - 1] == "on" && Lexicon.broadcastNouns.contains(next)
            guard weekdays.contains(day), atOccasion || onBroadcast else { continue }
            words[k] = day
            changed = true
        }
        return changed ? words.joined(separator: " ") : lower
    }

    /// The possessive periods ``withoutPossessivePeriods(_:)`` looks for (a cheap test first).
    static let possessivePeriods = ["week’s ", "month’s ", "year’s ", "night’s ", "week's ", "month's ", "year's ", "night's "]

    /// Words that open a clause whose time is still to come, as written (each
    /// pattern runs only where its words stand: most sentences have none).
    static let futureWords = ["will ", "would ", "won’t ", "won't ", "next ", "upcoming ", "scheduled ", "ahead "]
    /// Words that open a clause whose time is the time the words speak of.
    static let contentWords = ["recalling", "remembering", "referring", "recounting", "describing", "reflecting",
                               "Recalling", "Remembering", "Referring", "Recounting", "Describing", "Reflecting"]

    /// The sentence without the clauses whose time is not when the words were said:
    /// a time still to come ("Hill, who will testify Thursday"), a time the words
    /// speak of ("recalling the events surrounding their decision last year") and
    /// a time of the speaker's own deeds ("King, who resigned on Dec. 20").
    /// Works on the sentence as written: "will" and "would" open a clause only in
    /// lower case ("said Will Reyes on Monday" keeps its day).
    static func withoutOtherTimes(_ sentence: String) -> String {
        var sentence = sentence
        if ASCIIScan.containsAny(lowercased: sentence, futureWords) {
            sentence = ClauseScans.future.removing(from: sentence)
        }
        if ASCIIScan.containsAny(lowercased: sentence, contentWords) {
            sentence = ClauseScans.content.removing(from: sentence)
        }
        if ASCIIScan.contains(lowercased: sentence, "who ") {
            sentence = ClauseScans.relative.removing(from: sentence)
        }
        return sentence
    }

    /// The clauses ``withoutOtherTimes(_:)`` and ``withoutBackReferences(_:)`` set
    /// aside, as scanners: the same clauses as ``PeriodPattern/futureClause``,
    /// ``PeriodPattern/contentClause``, ``PeriodPattern/relativeClause`` and
    /// ``Pattern/backReference`` (`ClauseScanTests` holds them to it), found in
    /// one pass over the scalars instead of a regular expression's search.
    enum ClauseScans {
        static let future = ClauseScan(openers: ["will", "would", "won’t", "won't", "next", "upcoming", "scheduled", "ahead"], maxWords: 4)
        static let content = ClauseScan(openers: ["recalling", "remembering", "referring", "recounting", "describing", "reflecting"],
                                        caseInsensitive: true, maxWords: 10)
        static let relative = ClauseScan(openers: ["who"], wholeWord: false, maxWords: 12,
                                         stopBefore: ["said", "says", "told", "tells", "added", "spoke", "speaks", "testified", "wrote", "appeared"])
        static let backReference = ClauseScan(openers: ["since", "until", "from", "before", "between"], maxWords: 6, spaceBeforeWords: false)
    }
}
