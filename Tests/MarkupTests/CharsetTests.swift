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

@Suite("UTF-8 check")
struct UTF8CheckTests {
    private func standard(_ bytes: [UInt8]) -> UTF8Check.Result {
        UTF8Check.Result(isValid: String(validating: bytes, as: UTF8.self) != nil, isASCII: bytes.allSatisfy { $0 < 0x80 })
    }

    @Test("agrees with the standard library on every one- and two-byte input and on edge sequences")
    func edges() {
        var disagreements: [[UInt8]] = []
        for a in 0 ... 255 {
            for input in [[UInt8(a)], [UInt8(a), 0x80], [UInt8(a), 0xBF, 0x80], [UInt8(a), 0x9F, 0xBF, 0xBF], [UInt8(a), 0x90, 0x80, 0x80]] {
                let padded = Array("abcdefgh".utf8) + input + Array("ijklmnop".utf8)
                for bytes in [input, padded] where UTF8Check.check(bytes) != standard(bytes) { disagreements.append(bytes) }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    }

    @Test("agrees with the standard library on random bytes and on real text with a byte changed")
    func random() {
        var generator = SystemRandomNumberGenerator()
        let text = Array("<p>“Déjà vu,” said 李 — 😀 again.</p> plain ascii run of markup ".utf8)
        var disagreements = 0
        for _ in 0 ..< 20_000 {
            var bytes = text
            bytes[Int.random(in: 0 ..< bytes.count, using: &generator)] = UInt8.random(in: 0 ... 255, using: &generator)
            let noise = (0 ..< Int.random(in: 0 ... 12, using: &generator)).map { _ in UInt8.random(in: 0x80 ... 0xFF, using: &generator) }
            for candidate in [bytes, noise, text + noise] where UTF8Check.check(candidate) != standard(candidate) {
                disagreements += 1
            }
        }
        #expect(disagreements == 0)
        #expect(UTF8Check.check(text) == UTF8Check.Result(isValid: true, isASCII: false))
        #expect(UTF8Check.check(Array("ascii only, longer than eight".utf8)) == UTF8Check.Result(isValid: true, isASCII: true))
        #expect(UTF8Check.check([]) == UTF8Check.Result(isValid: true, isASCII: true))
    }

    @Test("valid UTF-8 pages come back as the same bytes; others are decoded as before")
    func decodeToUTF8() throws {
        let page = Array("<html><meta charset=windows-1252><p>“Naïve”</p>".utf8)
        let fast = try Charset.decodeToUTF8(page)
        #expect(fast.utf8 == page && fast.charset == "UTF-8" && fast.evidence == .sniffed)
        let latin: [UInt8] = Array("<p>caf".utf8) + [0xE9] + Array("</p>".utf8)
        let slow = try Charset.decodeToUTF8(latin)
        #expect(slow.utf8 == Array("<p>café</p>".utf8) && slow.charset == "windows-1252")
        let labelled = try Charset.decodeToUTF8(latin, header: "iso-8859-1")
        #expect(labelled.utf8 == Array("<p>café</p>".utf8) && labelled.evidence == .header)
    }
}
