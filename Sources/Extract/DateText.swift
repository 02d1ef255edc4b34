import Foundation

/// Dates in metadata and in running text.
enum DateText {
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]
    /// Month names and abbreviations, for a quick test before the patterns run.
    static let monthWords = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static let weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]

    /// A machine-readable timestamp, compiled once (a regex literal in a
    /// function body is compiled again at every call). Only ever read.
    nonisolated(unsafe) private static let timestampPattern =
        /^((?:19|20)\d\d)-?(\d\d)-?(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d))?(?:\.\d+)?\s*(Z|[+-]\d\d:?\d\d)?)?/

    /// Normalises a machine-readable timestamp to `YYYY-MM-DDTHH:MM:SS±HH:MM`
    /// (keeping the offset it gives) or a bare `YYYY-MM-DD`.
    static func normaliseTimestamp(_ raw: String) -> String? {
        let s = TextFolding.trimmingWhiteSpace(raw)
        // The captures read once: each of the match's own subscripts builds them all again.
        guard let m = s.firstMatch(of: timestampPattern)?.output else {
            return nil
        }
        guard let month = Int(m.2), let day = Int(m.3), (1...12).contains(month), (1...31).contains(day) else { return nil }
        let date = "\(m.1)-\(m.2)-\(m.3)"
        guard let hour = m.4, let minute = m.5 else { return date }
        var offset = String(m.7 ?? "")
        if offset == "Z" { offset = "+00:00" }
        if offset.count == 5 { offset.insert(":", at: offset.index(offset.startIndex, offsetBy: 3)) }
        return "\(date)T\(hour):\(minute):\(m.6 ?? "00")\(offset)"
    }

    /// Patterns compiled once (a regular expression is never rebuilt per sentence).
    /// `Regex` is an immutable value that is not marked `Sendable` in this
    /// toolchain; these constants are only ever read, so sharing them is safe.
    enum Pattern {
        nonisolated(unsafe) static let monthDay = /\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+((?:19|20)\d\d))?/
        nonisolated(unsafe) static let dayMonth = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?,?(?:\s+((?:19|20)\d\d))?/
        nonisolated(unsafe) static let numericDay = /\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b/
        nonisolated(unsafe) static let ago = /\b(\d+|a|an|one|two|three|four|five|six|seven)\s+(day|days|week|weeks|month|months|year|years)\s+ago\b/
        // The word and at most six after it, to the next comma or semicolon: the attribution
        // sentence often reaches here without its commas ("came from the campaign after the
        // release of a 2008 video" keeps its video).
        nonisolated(unsafe) static let backReference = /\b(since|until|from|before|between)\b(?:\s*[^\s,;]+){0,6}/
        nonisolated(unsafe) static let today = /\b(today|this morning|this afternoon|tonight|earlier today)\b/
        nonisolated(unsafe) static let weekday = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/
        // A period coarser than a day, in four forms, each run only where its words stand
        // (see ``namesPeriod(_:)``).
        nonisolated(unsafe) static let lastPeriod = /\b(last|earlier this|this past|previous) (week|month|year|summer|spring|autumn|fall|winter|weekend)\b/
        nonisolated(unsafe) static let inMonth = /\bin (january|february|march|april|may|june|july|august|september|october|november|december)\b/
        nonisolated(unsafe) static let inYear = /\bin (19|20)\d\d\b/
        nonisolated(unsafe) static let monthYear = /\b(january|february|march|april|may|june|july|august|september|october|november|december) (19|20)\d\d\b/
    }

    /// Counts written as words before "days ago".
    private static let numbers = ["a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7]

    /// Full month names, for the cheap tests before the period patterns.
    static let fullMonths = (1 ... 12).map { month in
        months.filter { $0.value == month }.keys.max { $0.count < $1.count }!
    }
    /// What ``Pattern/inMonth`` needs: "in january" … "in december".
    private static let inMonthWords = fullMonths.map { "in " + $0 }
    /// What ``Pattern/monthYear`` needs: "january 19", "january 20" … "december 20".
    private static let monthYearWords = fullMonths.flatMap { [$0 + " 19", $0 + " 20"] }

    /// Whether lower-cased `lower` holds a month's name or abbreviation next to a
    /// number: the name, a period perhaps, white space and a digit ("nov. 24"),
    /// or a digit, perhaps "st"/"nd"/"rd"/"th", white space and the name ("24th
    /// november"). What ``Pattern/monthDay`` and ``Pattern/dayMonth`` need at the
    /// least, tested on the bytes before either runs: "may", "mar" and "dec"
    /// stand in so many words that the names alone say little.
    /// The three letters of each month's abbreviation, as bytes.
    private static let monthAbbreviationBytes: [(UInt8, UInt8, UInt8)] = monthWords.map {
        let b = Array($0.utf8)
        return (b[0], b[1], b[2])
    }

    static func monthNextToNumber(_ lower: String) -> Bool {
        var bytes = Array(lower.utf8)
        bytes.append(0)
        func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
        func isLetter(_ b: UInt8) -> Bool { b >= 97 && b <= 122 }
        func isSpace(_ i: Int) -> Int {
            // The length of the white space at `i` (ASCII, or a no-break space), else 0.
            if bytes[i] == 32 || (bytes[i] >= 9 && bytes[i] <= 13) { return 1 }
            if bytes[i] == 0xC2, bytes[i + 1] == 0xA0 { return 2 }
            // The other spaces of Unicode (U+2000–U+200A, U+202F, U+205F, U+3000), as the patterns' \s takes them.
            if i + 2 < bytes.count, bytes[i] == 0xE2, bytes[i + 1] == 0x80, (0x80...0x8A).contains(bytes[i + 2]) || bytes[i + 2] == 0xAF { return 3 }
            if i + 2 < bytes.count, bytes[i] == 0xE2, bytes[i + 1] == 0x81, bytes[i + 2] == 0x9F { return 3 }
            if i + 2 < bytes.count, bytes[i] == 0xE3, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 { return 3 }
            return 0
        }
        func monthAt(_ i: Int) -> Bool {
            guard i + 3 < bytes.count else { return false }
            let (a, b, c) = (bytes[i], bytes[i + 1], bytes[i + 2])
            return monthAbbreviationBytes.contains { $0.0 == a && $0.1 == b && $0.2 == c }
        }
        for i in 0..<(bytes.count - 1) {
            if isLetter(bytes[i]), monthAt(i) {
                // The name runs on in letters ("november"), then a period perhaps, white space, a digit.
                var j = i
                while isLetter(bytes[j]) { j += 1 }
                if bytes[j] == UInt8(ascii: ".") { j += 1 }
                var spaced = false
                while isSpace(j) > 0 { j += isSpace(j); spaced = true }
                if spaced, isDigit(bytes[j]) { return true }
            } else if isDigit(bytes[i]), !isDigit(bytes[i + 1]) {
                var j = i + 1
                while isLetter(bytes[j]), j - i <= 2 { j += 1 }
                var spaced = false
                while isSpace(j) > 0 { j += isSpace(j); spaced = true }
                if spaced, isLetter(bytes[j]), monthAt(j) { return true }
            }
        }
        return false
    }

    /// The words at least one of which every form ``day(in:publication:updated:)``
    /// reads needs: month names and their abbreviations, weekdays, the relative
    /// and period words, and the verbs of recalled speech (digits are tested apart).
    static let timeTriggers: [StaticString] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
        "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "recall", "rememb", "ago", "yesterday", "last ", "night", "today", "morning", "afternoon",
        "earlier this", "this past", "previous ", "this week", "this month", "this year", "in recent ", "as recently as",
        "weekend",
    ] + DateText.countedBackWords

    /// Whether `sentence` may name a day or a period: it holds a digit or one of
    /// ``timeTriggers`` (without regard to case). A cheap test before the patterns.
    static func mayNameTime(_ sentence: String) -> Bool {
        sentence.utf8.contains { $0 >= 48 && $0 <= 57 } || timeTriggerNeedles.found(in: sentence)
    }

    /// ``timeTriggers`` as a table made once (see ``ASCIIScan/Needles``).
    static let timeTriggerNeedles = ASCIIScan.Needles(timeTriggers)

    /// Whether lower-cased `text` names a period coarser than a day ("last week",
    /// "in March", "in 2019", "March 2019"). Each form's pattern runs only where
    /// the words it needs stand (the patterns are costly; most sentences have none).
    static func namesPeriod(_ text: String) -> Bool {
        if ASCIIScan.containsAny(lowercased: text, ["last ", "earlier this ", "this past ", "previous "]),
           PeriodScans.lastPeriod.contains(in: text) ?? text.contains(Pattern.lastPeriod) { return true }
        if ASCIIScan.containsAny(lowercased: text, inMonthWords),
           PeriodScans.inMonth.contains(in: text) ?? text.contains(Pattern.inMonth) { return true }
        if ASCIIScan.containsAny(lowercased: text, ["in 19", "in 20"]),
           PeriodScans.inYear.contains(in: text) ?? text.contains(Pattern.inYear) { return true }
        return ASCIIScan.containsAny(lowercased: text, monthYearWords)
            && PeriodScans.monthYear.contains(in: text) ?? text.contains(Pattern.monthYear)
    }

    /// The period patterns of ``namesPeriod(_:)`` as scans (see ``PhraseScan``); each
    /// pattern itself runs only where its scan is unsure.
    enum PeriodScans {
        static let lastPeriod = PhraseScan([[.words(["last", "earlier this", "this past", "previous"]),
                                             .words(["week", "month", "year", "summer", "spring", "autumn", "fall", "winter", "weekend"])]])
        static let inMonth = PhraseScan([[.words(["in"]), .words(fullMonths)]])
        static let inYear = PhraseScan([[.words(["in"]), .year]])
        static let monthYear = PhraseScan([[.words(fullMonths), .year]])
        /// ``Pattern/weekday``: the first weekday named.
        static let weekday = PhraseScan([[.words(weekdays)]])
        static let around = PhraseScan([[.words(["this"]), .words(["week", "month", "year", "weekend"])],
                                        [.words(["over the"]), .words(["weekend"])],
                                        [.words(["in recent"]), .words(["days", "weeks", "months", "years"])],
                                        [.words(["as recently as"])]])
    }

    /// A date written out for readers ("Monday, November 18th, 2019",
    /// "Nov. 19, 2019 9:02 AM", "19 November 2019"), as `YYYY-MM-DD`.
    static func writtenDate(in text: String) -> String? {
        let lower = text.lowercased()
        // "19.01.2020": day, month and year in figures, as European pages print them.
        if lower.utf8.contains(UInt8(ascii: ".")), let m = lower.firstMatch(of: Pattern.numericDay)?.output,
           let first = Int(m.1), let second = Int(m.2), let year = Int(m.3) {
            let (day, month) = second > 12 ? (second, first) : (first, second)
            if (1...12).contains(month), (1...31).contains(day) { return format(year, month, day) }
        }
        // Both patterns need a digit and a month name.
        guard lower.utf8.contains(where: { $0 >= 48 && $0 <= 57 }),
              monthWords.contains(where: { ASCIIScan.contains(lowercased: lower, $0) }) else { return nil }
        if let m = firstDay(.monthDay, in: lower), let yearWord = m.year, let year = Int(yearWord),
           let month = months[m.month], let day = Int(m.day), (1...31).contains(day) {
            return format(year, month, day)
        }
        if let m = firstDay(.dayMonth, in: lower), let yearWord = m.year, let year = Int(yearWord),
           let month = months[m.month], let day = Int(m.day), (1...31).contains(day) {
            return format(year, month, day)
        }
        return nil
    }

    /// The first match of ``Pattern/monthDay`` or ``Pattern/dayMonth`` in lower-cased
    /// `lower`: found by ``DayScan``, or by the pattern where the scan is unsure.
    static func firstDay(_ form: DayScan.Form, in lower: String) -> DayScan.Match? {
        switch DayScan.first(form, in: lower) {
        case .found(let match): return match
        case .none: return nil
        case .unsure: return regexMatches(form, in: lower, all: false).first
        }
    }

    /// Every match of ``Pattern/monthDay`` or ``Pattern/dayMonth`` in `lower`, left to right, as ``firstDay(_:in:)`` finds them.
    static func allDays(_ form: DayScan.Form, in lower: String) -> [DayScan.Match] {
        DayScan.all(form, in: lower) ?? regexMatches(form, in: lower, all: true)
    }

    /// The matches of the pattern itself (the first only unless `all`).
    static func regexMatches(_ form: DayScan.Form, in lower: String, all: Bool) -> [DayScan.Match] {
        func end(_ range: Range<String.Index>) -> Int { lower.utf8.distance(from: lower.startIndex, to: range.upperBound) }
        switch form {
        case .monthDay:
            let found = all ? lower.matches(of: Pattern.monthDay).map { $0.output } : lower.firstMatch(of: Pattern.monthDay).map { [$0.output] } ?? []
            return found.map { DayScan.Match(month: String($0.1), day: String($0.2), year: $0.3.map(String.init), end: end($0.0.startIndex..<$0.0.endIndex)) }
        case .dayMonth:
            let found = all ? lower.matches(of: Pattern.dayMonth).map { $0.output } : lower.firstMatch(of: Pattern.dayMonth).map { [$0.output] } ?? []
            return found.map { DayScan.Match(month: String($0.2), day: String($0.1), year: $0.3.map(String.init), end: end($0.0.startIndex..<$0.0.endIndex)) }
        }
    }

    /// Days between two `YYYY-MM-DD` days (b − a), if both parse.
    static func daysBetween(_ a: String, _ b: String) -> Int? {
        guard let da = parseDay(a), let db = parseDay(b),
              let x = utc.date(from: DateComponents(year: da.year, month: da.month, day: da.day)),
              let y = utc.date(from: DateComponents(year: db.year, month: db.month, day: db.day)) else { return nil }
        return utc.dateComponents([.day], from: x, to: y).day
    }

    /// A day named in a sentence, resolved against the publication day.
    struct Found: Equatable {
        var day: String?
        var basis: DateBasis
        /// The index of the scene that gave the day (see ``DayEvidence``), so that
        /// the next quote may be carried in the same scene.
        var scene: Int? = nil
    }

    /// Looks for the day a sentence places its words on.
    /// - Parameters:
    ///   - sentence: the text outside the quotation marks of the attribution sentence.
    ///   - publication: the publication day `YYYY-MM-DD`.
    ///   - updated: the day after publication, when the page was updated then: a
    ///     weekday that names it is read as that day, not as six days before.
    static func day(in sentence: String, publication: String?, updated: String? = nil) -> Found? {
        // Most sentences name no time at all: every pattern below needs one of these.
        guard mayNameTime(sentence) else { return nil }
        // Dates of events the words refer back to ("since coming to power in 2009") are not when they were said.
        // Cheap substring tests decide which patterns can match at all.
        // Times still to come ("who will testify Thursday") or spoken of ("recalling …
        // last year") are set aside first.
        let sentence = withoutOtherTimes(sentence)
        var lower = withoutOccasionPossessiveDays(withoutPossessivePeriods(sentence.lowercased()))
        // Read before the back references go: "the day before" is one of them.
        let beforeAnotherDay = placesBeforeAnotherDay(lower)
        // (Substring tests on the bytes: Foundation's `contains` bridges the sentence to NSString each time.)
        if ASCIIScan.containsAny(lowercased: lower, ["since", "until", "from", "before", "between"]) {
            lower = withoutBackReferences(lower)
        }
        let hasDigit = lower.utf8.contains { $0 >= 48 && $0 <= 57 }
        // A month and a day in figures side by side: what both day patterns need at the least.
        let hasMonth = hasDigit && monthNextToNumber(lower)
        let pub = publication.flatMap(parseDay)
        // Month and day: "November 24", "Nov. 24, 2025", "24 November".
        if hasDigit, hasMonth, let m = firstDay(.monthDay, in: lower), let month = months[m.month], let day = Int(m.day), (1...31).contains(day) {
            let year = m.year.flatMap { Int($0) } ?? inferredYear(month: month, day: day, publication: pub)
            if let year { return Found(day: format(year, month, day), basis: .explicit) }
        }
        if hasDigit, hasMonth, let m = firstDay(.dayMonth, in: lower), let month = months[m.month], let day = Int(m.day), (1...31).contains(day) {
            let year = m.year.flatMap { Int($0) } ?? inferredYear(month: month, day: day, publication: pub)
            if let year { return Found(day: format(year, month, day), basis: .explicit) }
        }
        // "she recalled telling him": said before the telling, on no day the article names.
        if recallsEarlierSpeech(lower) { return Found(day: nil, basis: .period) }
        if ASCIIScan.contains(lowercased: lower, "ago"), let m = lower.firstMatch(of: Pattern.ago)?.output {
            if m.2.hasPrefix("day"), let pub, let n = Int(m.1) ?? numbers[String(m.1)] {
                return Found(day: shift(pub, days: -n), basis: .relative)
            }
            return Found(day: nil, basis: .period)
        }
        if let pub {
            if ASCIIScan.containsAny(lowercased: lower, ["yesterday", "last night"]) { return Found(day: shift(pub, days: -1), basis: .relative) }
            if weekdays.contains(where: { ASCIIScan.contains(lowercased: lower, $0) }),
               let name = PeriodScans.weekday.firstWord(in: lower) ?? lower.firstMatch(of: Pattern.weekday).map({ String($0.output.1) }) {
                if let updated, let up = parseDay(updated), let day = weekdayBefore(name, in: lower, publication: up),
                   let published = publication, day > published {
                    return Found(day: day, basis: .relative)
                }
                return Found(day: weekdayBefore(name, in: lower, publication: pub), basis: .relative)
            }
            if ASCIIScan.containsAny(lowercased: lower, ["today", "this morning", "this afternoon", "tonight"]), lower.contains(Pattern.today) {
                return Found(day: format(pub.year, pub.month, pub.day), basis: .relative)
            }
        }
        if namesPeriod(lower) || namesLoosePeriod(sentence, lower: lower) || beforeAnotherDay {
            return Found(day: nil, basis: .period)
        }
        return nil
    }

    /// Bodies one appears before: "before" them is a place, not a time
    /// ("testified before the House Intelligence Committee Tuesday").
    static let audiences: Set<String> = Lexicon.audienceNouns

    /// `lower` without the phrases that refer back to an earlier time ("since
    /// coming to power in 2009", "before the election"); "before" a body of
    /// people stays ("before the House Intelligence Committee Tuesday").
    static func withoutBackReferences(_ lower: String) -> String {
        let scalars = Array(lower.unicodeScalars)
        var result = String.UnicodeScalarView()
        var kept = 0
        for clause in ClauseScans.backReference.clauses(in: scalars) {
            result.append(contentsOf: scalars[kept..<clause.lowerBound])
            // Only "before" may open a place; the phrase's words are read for it alone.
            let phrase = String(String.UnicodeScalarView(scalars[clause]))
            let place = phrase.hasPrefix("before") && phrase.split(separator: " ").dropFirst().prefix(4)
                .map { ASCIIScan.trimmingPunctuation($0) }
                .prefix { ["the", "a", "an", "federal", "state", "u.s.", "full"].contains($0) || audiences.contains($0) }
                .contains(where: audiences.contains)
            if place { result.append(contentsOf: scalars[clause]) }
            kept = clause.upperBound
        }
        result.append(contentsOf: scalars[kept...])
        return String(result)
    }

    /// Every day a text names (a month and day, "N days ago", yesterday, a
    /// weekday, today), resolved against the publication day `YYYY-MM-DD`,
    /// repeats kept. Unlike ``day(in:publication:)``, nothing is set aside as a
    /// back reference ("since Monday"): this answers which days a text speaks of.
    static func days(in text: String, publication: String) -> [String] {
        guard let pub = parseDay(publication) else { return [] }
        let lower = text.lowercased()
        var days: [String] = []
        if lower.utf8.contains(where: { $0 >= 48 && $0 <= 57 }), monthWords.contains(where: { ASCIIScan.contains(lowercased: lower, $0) }) {
            for form in [DayScan.Form.monthDay, .dayMonth] {
                for m in allDays(form, in: lower) {
                    guard let month = months[m.month], let day = Int(m.day), (1...31).contains(day),
                          let year = m.year.flatMap({ Int($0) }) ?? inferredYear(month: month, day: day, publication: pub) else { continue }
                    days.append(format(year, month, day))
                }
            }
        }
        if ASCIIScan.contains(lowercased: lower, "ago") {
            for m in lower.matches(of: Pattern.ago).map(\.output) where m.2.hasPrefix("day") {
                if let n = Int(m.1) ?? numbers[String(m.1)], let day = shift(pub, days: -n) { days.append(day) }
            }
        }
        if ASCIIScan.contains(lowercased: lower, "yesterday"), let day = shift(pub, days: -1) { days.append(day) }
        if weekdays.contains(where: { ASCIIScan.contains(lowercased: lower, $0) }) {
            days += lower.matches(of: Pattern.weekday).compactMap { weekdayBefore(String($0.1), in: lower, publication: pub) }
        }
        if ASCIIScan.containsAny(lowercased: lower, ["today", "this morning", "this afternoon", "tonight"]), lower.contains(Pattern.today) {
            days.append(format(pub.year, pub.month, pub.day))
        }
        return days
    }

    /// The last day named `name` ("tuesday") on or before publication; a week
    /// back for "last Tuesday" written on a Tuesday.
    private static func weekdayBefore(_ name: String, in lower: String, publication pub: Day) -> String? {
        guard let index = weekdays.firstIndex(of: name) else { return nil }
        var back = (weekday(pub) - index + 7) % 7
        if back == 0 && ASCIIScan.contains(lowercased: lower, "last \(name)") { back = 7 }
        return shift(pub, days: -back)
    }

    struct Day { var year: Int; var month: Int; var day: Int }

    static func parseDay(_ s: String) -> Day? {
        let parts = s.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return Day(year: parts[0], month: parts[1], day: parts[2])
    }

    static func format(_ y: Int, _ m: Int, _ d: Int) -> String {
        String(format: "%04d-%02d-%02d", y, m, d)
    }

    /// The year of a month and day given without one: the publication year,
    /// or the year before when that day would fall after publication.
    static func inferredYear(month: Int, day: Int, publication: Day?) -> Int? {
        guard let publication else { return nil }
        if month > publication.month || (month == publication.month && day > publication.day) {
            return publication.year - 1
        }
        return publication.year
    }

    /// The Gregorian calendar in UTC, made once.
    static let utc: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC") ?? c.timeZone
        return c
    }()

    static func weekday(_ d: Day) -> Int {
        guard let date = utc.date(from: DateComponents(year: d.year, month: d.month, day: d.day)) else { return 0 }
        return utc.component(.weekday, from: date) - 1
    }

    static func shift(_ d: Day, days: Int) -> String? {
        guard let date = utc.date(from: DateComponents(year: d.year, month: d.month, day: d.day)),
              let moved = utc.date(byAdding: .day, value: days, to: date) else { return nil }
        let c = utc.dateComponents([.year, .month, .day], from: moved)
        guard let y = c.year, let m = c.month, let dd = c.day else { return nil }
        return format(y, m, dd)
    }
}
