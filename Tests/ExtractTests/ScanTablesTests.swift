import Testing
@testable import Extract

/// The tables made once for the cheap tests give the answers of the tests they
/// stand for: ``ASCIIScan/Needles`` those of `ASCIIScan.containsAnyFolded`,
/// ``WordGate`` those of its set.
@Suite("Scan tables against the tests they stand for")
struct ScanTablesTests {
    /// Texts made of pieces that start, end or nearly spell the needles, the same every run.
    static func texts(_ count: Int) -> [String] {
        let pieces = ["date", "DATE", "dat", "time", "Tim", "publish", "pub", "posted", "meta", "byline", "by", "x", " ", "-",
                      "é", "’", "Δ", "a", "d", "update", "nov", "Monday", "mon", "last ", "last", "recall", "ago", "\u{301}"]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        return (0..<count).map { _ in (0..<(1 + next(6))).map { _ in pieces[next(pieces.count)] }.joined() }
    }

    static let needleLists: [[StaticString]] = [
        ["date", "time", "publish", "posted", "meta", "byline"], DateText.timeTriggers, ["a", "last "], ["d"], [],
    ]

    @Test("needles are found where the byte scan finds them", arguments: 0 ..< 5)
    func needlesMatch(list: Int) {
        let needles = Self.needleLists[list]
        let table = ASCIIScan.Needles(needles)
        for text in Self.texts(2000) {
            #expect(table.found(in: text) == ASCIIScan.containsAnyFolded(text, needles), "\(text.debugDescription)")
            #expect(table.found(in: text[...]) == ASCIIScan.containsAnyFolded(text, needles), "\(text.debugDescription)")
        }
    }

    @Test("the gate lets every word of its set through, and answers as the set does")
    func gateMatchesSet() {
        let gate = WordGate(Attributor.dayWords)
        for word in Attributor.dayWords { #expect(gate.contains(word), "\(word)") }
        for text in Self.texts(2000) + ["", "m", "monday’s", "mondays", "nov.", "ago"] {
            let word = text.lowercased()
            #expect(gate.contains(word) == Attributor.dayWords.contains(word), "\(word.debugDescription)")
        }
    }
}
