import Foundation
import Testing
import Markup
@testable import Extract

/// The byte-level text helpers agree with the Unicode rules they stand in for.
@Suite("Text scanning on bytes")
struct TextScanTests {
    /// Every scalar of Unicode, each between two letters.
    private static let everyScalar: [Unicode.Scalar] = (0 ... 0x10FFFF).compactMap(Unicode.Scalar.init(_:))

    @Test("fold treats exactly Unicode's white space and the zero-width spaces as space, for every scalar")
    func foldMatchesWhiteSpaceProperty() {
        var disagreements: [String] = []
        for scalar in Self.everyScalar where scalar.value != 0 {
            let isSpace = scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}"
            let text = "a" + String(scalar) + "b"
            let expected = isSpace ? "a b" : text
            if TextFolding.fold(text) != expected { disagreements.append(String(scalar.value, radix: 16)) }
        }
        #expect(disagreements.isEmpty, "fold disagrees on U+\(disagreements.prefix(10))")
    }

    @Test("fold folds runs, trims both ends and keeps other text byte for byte")
    func foldRunsAndEnds() {
        #expect(TextFolding.fold("\u{A0} \t Le\u{2009}\u{2009}“déjà vu”\n\u{3000}日本 😀\u{FEFF}") == "Le “déjà vu” 日本 😀")
        #expect(TextFolding.fold(" \n\t ") == "")
        #expect(TextFolding.fold("") == "")
    }

    @Test("visible-character tests agree with Character.isWhitespace on ASCII and beyond")
    func visibleCharacters() {
        let samples = ["", " \t\r\n", "  a ", "\u{A0}\u{2003}", "\u{A0}x", "a, b, c", "日本、東京，大阪", " \r\n,"]
        for text in samples {
            let characters = Array(text).filter { !$0.isWhitespace }
            #expect(TextFolding.hasVisibleCharacter(text) == !characters.isEmpty, "\(text.debugDescription)")
            let count = TextFolding.visibleCount(text)
            #expect(count.characters == characters.count, "\(text.debugDescription)")
            #expect(count.commas == characters.filter { ",，、".contains($0) }.count, "\(text.debugDescription)")
        }
    }

    @Test("visible counts on bytes agree with Character for every scalar the byte path reads, alone and beside marks")
    func visibleCountsOnBytes() {
        let read = (0x01 ... 0x2FF).compactMap(Unicode.Scalar.init(_:)) + (0x2000 ... 0x207F).compactMap(Unicode.Scalar.init(_:))
        let neighbours: [String] = ["", "a", " ", "\r", "\n", "\u{301}", "\u{200D}", "\u{1F600}", "，"]
        var disagreements: [String] = []
        for scalar in read {
            for next in neighbours {
                let text = "x" + String(scalar) + next
                // Counted one by one: a filtered String would merge a mark into the character before it.
                let characters = Array(text).filter { !$0.isWhitespace }
                let count = TextFolding.visibleCount(text)
                if count.characters != characters.count || count.commas != characters.filter({ ",，、".contains($0) }).count {
                    disagreements.append(text.debugDescription)
                }
            }
        }
        #expect(disagreements.isEmpty, "visibleCount disagrees on \(disagreements.prefix(10))")
    }

    @Test("trimming white space agrees with Foundation's whitespacesAndNewlines for every scalar")
    func trimmingMatchesFoundation() {
        var disagreements: [String] = []
        for scalar in Self.everyScalar where scalar.value != 0 {
            let text = String(scalar) + "x" + String(scalar)
            if TextFolding.trimmingWhiteSpace(text) != text.trimmingCharacters(in: .whitespacesAndNewlines) {
                disagreements.append(String(scalar.value, radix: 16))
            }
        }
        #expect(disagreements.isEmpty, "trim disagrees on U+\(disagreements.prefix(10))")
        #expect(TextFolding.trimmingWhiteSpace(" \u{A0}\n ") == "")
        #expect(TextFolding.trimmingWhiteSpace("\u{3000}{\"a\": 1}\r\n") == "{\"a\": 1}")
    }

    @Test("class names split into lower-case segments at separators and camel humps, ASCII or not")
    func classSegments() {
        #expect(BodyLabels.splitSegments("articleBody") == ["article", "body"])
        #expect(BodyLabels.splitSegments("story-text__Main") == ["story", "text", "main"])
        #expect(BodyLabels.splitSegments("HTMLBody") == ["htmlbody"])
        #expect(BodyLabels.splitSegments("ad2Slot.x:y/z") == ["ad2", "slot", "x", "y", "z"])
        #expect(BodyLabels.splitSegments("--") == [])
        #expect(BodyLabels.splitSegments("éditionCorps-Texte") == ["édition", "corps", "texte"])
    }

    @Test("what class names say, found in one pass over the bytes, is what token by token says, on random names")
    func nameVerdicts() {
        let pieces = ["article", "Body", "body", "story", "share", "Share", "ad", "ads", "sidebar", "related", "text", "main",
                      "x", "HTML", "2", "-", "_", ".", ":", "/", " ", "  ", "\t", "\n", "\r", "comment", "Comments", "nav", "é"]
        var generator = SystemRandomNumberGenerator()
        var disagreements: [String] = []
        for _ in 0 ..< 20_000 {
            let value = (0 ..< Int.random(in: 0 ... 8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            if BodyLabels.verdict(ofNames: value) != BodyLabels.generalVerdict(ofNames: value) { disagreements.append(value) }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
        #expect(BodyLabels.verdict(ofNames: "article-body share-tools") == .init(furniture: true, body: true))
    }

    @Test("the letter key on bytes agrees with Character for every scalar it reads, alone and beside marks")
    func letterKeys() {
        let read = (0x01 ..< 0x80).compactMap(Unicode.Scalar.init(_:)) + (0x2000 ... 0x206F).compactMap(Unicode.Scalar.init(_:))
        var disagreements: [String] = []
        for scalar in read {
            for next in ["", "a", "Z", "\u{301}", "\u{200D}", "é", "\u{1F600}", "’s"] {
                let text = "Q" + String(scalar) + next + " 2x"
                let expected = String(Array(text.lowercased()).filter { $0.isLetter || $0.isNumber })
                if QuoteExtractor.letterKey(text) != expected { disagreements.append(text.debugDescription) }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
        #expect(QuoteExtractor.letterKey("“It’s 10 o’clock — now,” he said.") == "its10oclocknowhesaid")
    }

    @Test("invisible elements are told by name; word lower-casing agrees with lowercased()")
    func invisibleAndLowered() {
        for name in ["script", "style", "noscript", "template", "svg", "iframe", "object", "head"] {
            #expect(TextFolding.isInvisible(name), "\(name)")
        }
        for name in ["p", "div", "scripts", "Script", "", "svg2", "header", "title", "body"] {
            #expect(!TextFolding.isInvisible(name), "\(name)")
        }
        for word in ["said", "Said", "NATO", "déjà", "Zoë", "x", "", "über", "ΑΘΗΝΑ", "o’clock", "U.S."] {
            #expect(Token.lowered(word) == word.lowercased(), "\(word)")
        }
    }

    @Test("the first visible scalar is the first of the leading text")
    func firstVisible() throws {
        for html in ["<p> \u{A0}<script>x</script><b>\u{200B}Posted</b> 1</p>", "<p><br>published</p>", "<p></p>", "<span>  </span>",
                     "<p><svg><text>q</text></svg>\n Plain</p>", "<p>\u{301}x</p>"] {
            let doc = try HTMLDocument(html: "<html><body>\(html)</body></html>")
            let element = try #require(doc.root.firstDescendant { $0.name == "p" || $0.name == "span" })
            #expect(TextFolding.firstVisibleScalar(of: element) == TextFolding.leadingText(of: element, count: 12).unicodeScalars.first, "\(html)")
        }
    }

    @Test("ASCII substring tests ignore case and find needles anywhere, also in non-ASCII text and substrings")
    func asciiScan() {
        #expect(ASCIIScan.containsFolded("article-PublishDate", "publish"))
        #expect(ASCIIScan.containsFolded("Le 12 décembre, DATE", "date"))
        #expect(!ASCIIScan.containsFolded("dat", "date"))
        #expect(!ASCIIScan.containsFolded("d-a-t-e", "date"))
        #expect(ASCIIScan.containsFolded("xx date"[...].dropFirst(3), "date"))
        #expect(ASCIIScan.containsAnyFolded("story-meta", ["time", "meta"]))
        #expect(!ASCIIScan.containsAnyFolded("story-body", ["time", "meta"]))
        for (text, needle) in [("he said on monday, déjà", "monday"), ("x", "xy"), ("", "a"), ("tuesday’s vote", "day’s"), ("aab", "ab")] {
            #expect(ASCIIScan.contains(lowercased: text, needle) == text.contains(needle), "\(text) / \(needle)")
        }
        #expect(ASCIIScan.containsAny(lowercased: "in 2019 they met", ["last ", "in 20"]))
    }

    @Test("any of several needles in one pass is what each needle alone says, on random text")
    func anyFolded() {
        let needles: [StaticString] = ["date", "time", "publish", "posted", "meta", "byline", "t", "dd"]
        let alphabet = Array("aAdDtTeEiImMpPuUbBlLsShHoOnNyY-_ é9")
        var generator = SystemRandomNumberGenerator()
        for _ in 0 ..< 3000 {
            let text = String((0 ..< Int.random(in: 0 ... 14, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            let chosen = needles.filter { _ in Bool.random(using: &generator) }
            let expected = chosen.contains { ASCIIScan.containsFolded(text, $0) }
            #expect(ASCIIScan.containsAnyFolded(text, chosen) == expected, "\(text) / \(chosen)")
            #expect(ASCIIScan.containsAnyFolded(text.dropFirst(), chosen) == chosen.contains { ASCIIScan.containsFolded(text.dropFirst(), $0) })
        }
    }

    @Test("the last occurrence on bytes is where Foundation's backward search finds it")
    func lastRange() {
        let titles = ["Talks stall | World | Reuters", "A – B – Déjà vu – Le Monde", "No separator", "", " | ", "é | ",
                      "Trade war - Analysis - The New York Times", "Qui · Quoi · 中文 · Site", "a :: b :: c", "—"]
        for title in titles {
            for separator in [" | ", " - ", " – ", " — ", " :: ", " · ", ""] {
                let foundation = title.range(of: separator, options: .backwards)
                #expect(ASCIIScan.lastRange(of: separator, in: title) == foundation, "\(title) / \(separator)")
            }
        }
    }

    @Test("a web address ending goes as the pattern took it off: the longest, without case, once")
    func domainSuffix() throws {
        let pattern = try NSRegularExpression(pattern: #"\.(com|net|org|info|ca|co\.uk|com\.au|in|news)$"#, options: [.caseInsensitive])
        for name in ["Breitbart.com", "ABC.COM.AU", "bbc.co.uk", "Le Monde.fr", "Site.News", "x.in", ".com", "com", "Déjà.org",
                     "a.com.com", "CNN", "foo.co.uk.com", "Times.info ", "e.ca", "ca"] {
            let range = NSRange(name.startIndex..., in: name)
            let expected = pattern.firstMatch(in: name, range: range).flatMap { Range($0.range, in: name) }
                .map { String(name[..<$0.lowerBound]) } ?? name
            #expect(ArticleExtractor.droppingDomainSuffix(name) == expected, "\(name)")
        }
    }
}
