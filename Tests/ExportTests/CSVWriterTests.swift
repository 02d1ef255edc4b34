import Foundation
import Testing
@testable import Export

@Suite struct CSVWriterTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("cr\rhere", "\"cr\rhere\""),
        (" lead", "\" lead\""),
        ("trail ", "\"trail \""),
        ("inner space", "inner space"),
        ("caf\u{E9}", "caf\u{E9}"),
        ("\"", "\"\"\"\""),
        ("\u{201C}Oui,\u{201D} a dit \"Zo\u{EB}\" \u{1F600}", "\"\u{201C}Oui,\u{201D} a dit \"\"Zo\u{EB}\"\" \u{1F600}\""),
    ])
    func quotesWhenNeeded(value: String, cell: String) {
        #expect(CSVWriter(formulaGuard: false).field(value) == cell)
    }

    @Test func nilAndEmptyAreEmptyCells() {
        let writer = CSVWriter()
        #expect(writer.field(nil) == "")
        #expect(writer.field("") == "")
        #expect(writer.line([nil, "", "x"]) == ",,x\r\n")
    }

    @Test(arguments: [
        ("=1+2", "'=1+2"),
        ("+33 1 23", "'+33 1 23"),
        ("-5", "'-5"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "\"'\rx\""),
        ("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
        ("a=b", "a=b"),
        ("'quoted'", "'quoted'"),
    ])
    func guardsFormulas(value: String, cell: String) {
        #expect(CSVWriter().field(value) == cell)
    }

    @Test func guardCanBeTurnedOff() {
        #expect(CSVWriter(formulaGuard: false).field("=1+2") == "=1+2")
        #expect(CSVWriter(formulaGuard: false).field("-5") == "-5")
    }

    @Test func writesRecordsWithCRLF() {
        var output = ""
        let writer = CSVWriter()
        writer.write(["a", "b,c"], to: &output)
        writer.write(["1", nil], to: &output)
        #expect(output == "a,\"b,c\"\r\n1,\r\n")
    }

    /// The cell rule written out on `String`s, as the writer first had it: the
    /// oracle for the byte-level writer.
    private func referenceField(_ value: String?, formulaGuard: Bool) -> String {
        guard var text = value, !text.isEmpty else { return "" }
        let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]
        if formulaGuard, let first = text.unicodeScalars.first, formulaStarts.contains(Character(first)) { text = "'" + text }
        let needsQuotes = text.hasPrefix(" ") || text.hasSuffix(" ") || text.contains(where: { $0 == "\"" || $0 == "," })
            || text.unicodeScalars.contains { $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    @Test("cells written on bytes are the cells of the rule on strings, for random text, guard on and off")
    func bytesAgreeWithTheRule() {
        let pieces = ["a", "é", " ", ",", "\"", "\r", "\n", "\r\n", "=", "+", "-", "@", "\t", "'", "\u{1F600}", "\u{201C}", "x y"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0 ..< 20_000 {
            let text = (0 ..< Int.random(in: 0 ... 6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            for guardOn in [true, false] {
                #expect(CSVWriter(formulaGuard: guardOn).field(text) == referenceField(text, formulaGuard: guardOn), "\(Array(text.unicodeScalars))")
            }
        }
    }
}
