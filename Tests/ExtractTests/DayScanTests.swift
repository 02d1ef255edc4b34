import Testing
@testable import Extract

/// The scan of the day patterns finds what the regular expressions it stands
/// for find (`DateText.Pattern.monthDay`, `DateText.Pattern.dayMonth`), or
/// says it is unsure, checked on text made from the words that matter to them.
@Suite("Day scan against the day patterns")
struct DayScanTests {
    /// Words the patterns react to, and the ones around them: ASCII first, then
    /// the characters that make the scan unsure (accents, Unicode spaces and
    /// digits, combining marks, controls).
    static let ascii = [
        "nov", "nov.", "november", "sept", "sep.", "september", "may", "mar", "march", "jun", "june", "dec", "decades",
        "5", "24", "24th", "1st", "2nd", "3rd", "123", "05", "5,", "5.", "5,000", "5.3", "5'3", "5:30", "2025", "1999",
        "2025,", "20", "19", "th", "st", "nd", "x", "a", "the", "on", ",", ".", ";", ":", "'", "-", "(", ")", "_",
        "a.m.", "u.s.", "nov5", "5nov", "jan.", "dec.5", "5.dec", "'nov", "a.nov", "1.5", "mayor", "summary", "2019.",
        "2019,", "s", "x:nov", "5;5", "Nov", "NOV", "\u{1C}",
    ]
    static let other = ["’", "—", "é", "café", "٣", "5\u{301}", "\u{301}", "nov\u{A0}5", "\u{A0}", "\r\n", "december’s",
                        "nov’s", "ǅ", "\u{200B}", "\u{AD}"]

    /// `count` texts of words from `vocabulary`, the same every run.
    static func texts(_ count: Int, from vocabulary: [String], separators: [String]) -> [String] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        return (0..<count).map { _ in
            var text = ""
            for _ in 0..<(2 + next(12)) {
                let word = vocabulary[next(vocabulary.count)]
                text += text.isEmpty ? word : separators[next(separators.count)] + word
            }
            return text.lowercased()
        }
    }

    static let cases = texts(3000, from: ascii, separators: [" ", " ", "", "  ", ",", ", ", ".", "\n", "\t"])
        + texts(2000, from: ascii + other, separators: [" ", " ", "", "\u{A0}", ",", ".", "\n"])

    /// The pattern's own matches, as the scan gives them.
    static func expected(_ form: DayScan.Form, in text: String) -> [DayScan.Match] {
        DateText.regexMatches(form, in: text, all: true)
    }

    @Test("the first match is the pattern's, or the scan is unsure", arguments: [DayScan.Form.monthDay, .dayMonth])
    func firstMatches(form: DayScan.Form) {
        var decided = 0
        for text in Self.cases {
            let expected = Self.expected(form, in: text).first
            switch DayScan.first(form, in: text) {
            case .found(let match): #expect(match == expected, "\(text.debugDescription)"); decided += 1
            case .none: #expect(expected == nil, "\(text.debugDescription)"); decided += 1
            case .unsure: break
            }
        }
        // On ASCII text the scan decides nearly always (only the control character leaves it unsure).
        #expect(decided > Self.cases.count / 2)
    }

    @Test("every match is the pattern's, or the scan is unsure", arguments: [DayScan.Form.monthDay, .dayMonth])
    func allMatches(form: DayScan.Form) {
        for text in Self.cases {
            guard let scanned = DayScan.all(form, in: text) else { continue }
            #expect(scanned == Self.expected(form, in: text), "\(text.debugDescription)")
        }
    }

    @Test("dates in running text", arguments: [
        ("on nov. 24, 2025 the", DayScan.Form.monthDay, "nov", "24", "2025"),
        ("sept 5 was", .monthDay, "sept", "5", nil),
        ("the 24th november 2019 vote", .dayMonth, "november", "24", "2019"),
        ("by 5 may, 2020", .dayMonth, "may", "5", "2020"),
    ] as [(String, DayScan.Form, String, String, String?)])
    func datesInText(text: String, form: DayScan.Form, month: String, day: String, year: String?) throws {
        guard case .found(let match) = DayScan.first(form, in: text) else { Issue.record("no match in \(text)"); return }
        #expect(match.month == month && match.day == day && match.year == year)
    }

    @Test("no date where the boundaries part the words", arguments: [
        ("nov 5,300", DayScan.Form.monthDay), ("x.nov 5", .monthDay), ("nov 123", .monthDay), ("summary 5", .monthDay),
        ("3,5 nov", .dayMonth), ("5 novel", .dayMonth), ("15th mayor", .dayMonth),
    ] as [(String, DayScan.Form)])
    func noDate(text: String, form: DayScan.Form) {
        #expect(DayScan.first(form, in: text) == .none)
        #expect(Self.expected(form, in: text).isEmpty)
    }

    /// Words the period patterns react to, and the ones around them.
    static let periodWords = [
        "last", "earlier", "this", "past", "previous", "week", "weeks", "month", "year", "years", "summer", "fall", "in",
        "recent", "as", "recently", "march", "may", "june", "december", "2019", "1999", "2025.", "20", "19", "201", "20199",
        "2019,5", "x", "a", "the", ",", ".", "'", ":", "_", "in.", "a.in", "mid-", "lastweek", "1,2019", "Last", "In",
    ]
    static let periodCases = texts(2000, from: periodWords, separators: [" ", " ", "", "  ", ",", "."])
        + texts(2000, from: periodWords + ["’", "é", "٣", "\u{301}", "20\u{301}", "\u{A0}", "week\u{301}", "\r\n", "20١٩"],
                separators: [" ", " ", "", ",", "."])

    @Test("the period scans find a period where the period patterns do, or are unsure", arguments: 0 ..< 5)
    func periodScansMatch(index: Int) {
        let (scan, pattern): (PhraseScan, Regex<AnyRegexOutput>) = [
            (DateText.PeriodScans.lastPeriod, Regex(DateText.Pattern.lastPeriod)),
            (DateText.PeriodScans.inMonth, Regex(DateText.Pattern.inMonth)),
            (DateText.PeriodScans.inYear, Regex(DateText.Pattern.inYear)),
            (DateText.PeriodScans.monthYear, Regex(DateText.Pattern.monthYear)),
            (DateText.PeriodScans.around, Regex(DateText.PeriodPattern.around)),
        ][index]
        var found = 0
        for text in Self.periodCases {
            guard let contains = scan.contains(in: text) else { continue }
            #expect(contains == text.contains(pattern), "\(text.debugDescription)")
            if contains { found += 1 }
        }
        #expect(found > 0)
    }

    @Test("the weekday scan finds the first weekday the weekday pattern finds, or is unsure")
    func weekdayScanMatches() {
        let words = ["monday", "sunday", "saturday", "mondays", "monday’s", "friday.", "x", "on", "_", "a.monday", "monday.x",
                     "tuesday:", "é", "\u{301}", "5", "thursday5", "Wednesday"]
        var found = 0
        for text in Self.texts(3000, from: words, separators: [" ", "", ",", ".", "\u{A0}"]) {
            guard let name = DateText.PeriodScans.weekday.firstWord(in: text) else { continue }
            #expect(name == text.firstMatch(of: DateText.Pattern.weekday).map { String($0.output.1) }, "\(text.debugDescription)")
            if name != nil { found += 1 }
        }
        #expect(found > 0)
    }
}
