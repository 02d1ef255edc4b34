import Testing
@testable import Extract

/// The clause scanners of the day rules find what the regular expressions
/// they replaced find (`DateText.PeriodPattern`, `DateText.Pattern`), checked
/// on sentences made from the words that matter to them.
@Suite("Clause scanners against their regular expressions")
struct ClauseScanTests {
    /// Words the patterns react to, and the ones around them.
    static let vocabulary = [
        "will", "would", "won’t", "won't", "next", "upcoming", "scheduled", "ahead", "who", "whom", "whose", "whole",
        "recalling", "Recalling", "remembering", "referring", "describing", "since", "until", "from", "before", "between",
        "said", "says", "told", "testified", "wrote", "appeared", "Will", "Who", "the", "hearing", "Tuesday", "Dec.", "20,",
        "in", "2009", "U.S.", "Reyes’s", "week’s", "it's", "a", "vote", ",", ";", ".", "—", "(", ")", "café", "naïve",
        "re-elected", "x", "1,000", "'", "’", "willing", "nextdoor", "fromage", "bewho", "ahead.", "who,", "said,",
    ]

    /// `count` sentences of words from ``vocabulary``, the same every run.
    static func sentences(_ count: Int) -> [String] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        return (0..<count).map { _ in
            var sentence = ""
            for _ in 0..<(3 + next(18)) {
                let word = vocabulary[next(vocabulary.count)]
                let separator = [" ", " ", " ", "", "  ", "\u{A0}"][next(6)]
                sentence += sentence.isEmpty ? word : separator + word
            }
            return sentence
        }
    }

    @Test("future, content and relative clauses are removed as the regular expressions remove them")
    func removalsMatch() {
        for sentence in Self.sentences(3000) {
            #expect(DateText.ClauseScans.future.removing(from: sentence) == sentence.replacing(DateText.PeriodPattern.futureClause, with: ""), "\(sentence)")
            #expect(DateText.ClauseScans.content.removing(from: sentence) == sentence.replacing(DateText.PeriodPattern.contentClause, with: ""), "\(sentence)")
            #expect(DateText.ClauseScans.relative.removing(from: sentence) == sentence.replacing(DateText.PeriodPattern.relativeClause, with: ""), "\(sentence)")
        }
    }

    @Test("back references are found where the regular expression finds them")
    func backReferencesMatch() {
        for sentence in Self.sentences(3000).map({ $0.lowercased() }) {
            let scalars = Array(sentence.unicodeScalars)
            let scanned = DateText.ClauseScans.backReference.clauses(in: scalars).map { String(String.UnicodeScalarView(scalars[$0])) }
            var expected: [String] = []
            var rest = Substring(sentence)
            while let m = rest.firstMatch(of: DateText.Pattern.backReference) {
                expected.append(String(rest[m.range]))
                rest = rest[m.range.upperBound...]
            }
            #expect(scanned == expected, "\(sentence)")
        }
    }
}
