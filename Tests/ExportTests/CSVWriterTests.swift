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
}
