import Foundation
import Testing
@testable import Markup

@Suite("Character sets")
struct CharsetTests {
    @Test("UTF-8 with a BOM wins over a wrong meta label")
    func bomBeatsMeta() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<meta charset=\"iso-8859-1\"><p>“Zelenskyy”</p>".utf8)
        let decoded = try Charset.decode(bytes)
        #expect(decoded.charset == "UTF-8")
        #expect(decoded.evidence == .byteOrderMark)
        #expect(decoded.text.contains("“Zelenskyy”"))
    }

    @Test("windows-1252 smart quotes labelled iso-8859-1 become real quotation marks")
    func latin1MeansWindows1252() throws {
        let bytes: [UInt8] = Array("<meta charset=\"iso-8859-1\"><p>".utf8) + [0x93, 0x48, 0x69, 0x94, 0x20, 0xE9] + Array("</p>".utf8)
        let decoded = try Charset.decode(bytes)
        #expect(decoded.charset == "windows-1252")
        #expect(decoded.text.contains("“Hi” é"))
    }

    @Test("undeclared bytes that are not UTF-8 fall back to windows-1252")
    func sniffedFallback() throws {
        let decoded = try Charset.decode(Array("<p>caf".utf8) + [0xE9] + Array("</p>".utf8))
        #expect(decoded.charset == "windows-1252")
        #expect(decoded.text == "<p>café</p>")
    }

    @Test("a UTF-8 page with a few stray bytes stays UTF-8")
    func mostlyUTF8() throws {
        let bytes: [UInt8] = Array("<p>“Doors open,” said Zoë".utf8) + [0xFF, 0x00, 0xC3, 0x28] + Array(" — more.</p>".utf8)
        let decoded = try Charset.decode(bytes)
        #expect(decoded.charset == "UTF-8")
        #expect(decoded.text.contains("“Doors open,” said Zoë"))
    }

    @Test("a header charset beats the page's own label")
    func headerWins() throws {
        let bytes: [UInt8] = Array("<meta charset=\"utf-8\"><p>".utf8) + [0xE9] + Array("</p>".utf8)
        let decoded = try Charset.decode(bytes, header: "ISO-8859-15")
        #expect(decoded.charset == "ISO-8859-15")
        #expect(decoded.text.contains("é"))
    }

    @Test("valid UTF-8 mislabelled as gb2312 stays UTF-8")
    func utf8BeatsWrongMultibyteLabel() throws {
        let bytes = Array("<meta charset=\"gb2312\"><p>“Ceasefire” — Kyiv</p>".utf8)
        let decoded = try Charset.decode(bytes)
        #expect(decoded.charset == "UTF-8")
        #expect(decoded.text.contains("“Ceasefire” — Kyiv"))
    }

    @Test("Shift_JIS, GB18030 and UTF-16 decode from real encoded bytes")
    func multibyteCharsets() throws {
        // 日本 in Shift_JIS, 中文 in GB18030, "hé" in UTF-16LE with BOM.
        let sjis: [UInt8] = Array("<meta charset=\"shift_jis\"><p>".utf8) + [0x93, 0xFA, 0x96, 0x7B] + Array("</p>".utf8)
        #expect(try Charset.decode(sjis).text.contains("日本"))
        let gb: [UInt8] = Array("<meta charset=\"gb2312\"><p>".utf8) + [0xD6, 0xD0, 0xCE, 0xC4] + Array("</p>".utf8)
        #expect(try Charset.decode(gb).text.contains("中文"))
        let utf16: [UInt8] = [0xFF, 0xFE, 0x68, 0x00, 0xE9, 0x00]
        let decoded = try Charset.decode(utf16)
        #expect(decoded.text == "hé")
        #expect(decoded.charset == "UTF-16LE")
    }

    @Test("labels map as the WHATWG Encoding Standard says", arguments: [
        ("latin1", "windows-1252"), ("US-ASCII", "windows-1252"), ("utf8", "UTF-8"), ("GBK", "GB18030"),
        ("x-sjis", "Shift_JIS"), ("iso-8859-2", "ISO-8859-2"), ("windows-1251", "windows-1251"),
    ])
    func labels(label: String, name: String) {
        #expect(Charset.canonicalName(forLabel: label) == name)
    }

    @Test("an unknown label is not a charset")
    func unknownLabel() {
        #expect(Charset.canonicalName(forLabel: "klingon-8") == nil)
    }
}
