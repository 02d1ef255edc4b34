import Foundation
import Testing
@testable import Store

@Suite struct ClaimKeyTests {
    @Test(arguments: [
        ("\u{201C}We will win.\u{201D}", "we will win"),
        ("we   will\n WIN", "we will win"),
        ("\"We will win!\"", "we will win"),
        ("...we will win?!", "we will win"),
        ("It's \u{2018}fine\u{2019}", "its fine"),
        ("yes \u{2014} no \u{2013} maybe", "yes - no - maybe"),
        ("\u{FF21}\u{FF22}\u{FF23} done", "abc done"),
        ("\u{00AB} Bonjour \u{00BB}", "bonjour"),
        ("  \t  ", ""),
        ("!!!", ""),
    ])
    func normalises(text: String, key: String) {
        #expect(ClaimKey.make(text) == key)
    }

    @Test("the key made on bytes is the key made character by character: every ASCII pair, and random text")
    func simpleKeyAgrees() {
        let specials: [Unicode.Scalar] = ["\u{2010}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2018}", "\u{2019}",
                                          "\u{201A}", "\u{201B}", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}"]
        let alphabet = (0 ..< 0x80).compactMap(Unicode.Scalar.init(_:)) + specials
        var disagreements: [String] = []
        for a in alphabet {
            for b in alphabet {
                let text = String(String.UnicodeScalarView([a, "x", b, " ", b, a]))
                if ClaimKey.simpleKey(text) != ClaimKey.generalKey(text) { disagreements.append(text) }
            }
        }
        var generator = SystemRandomNumberGenerator()
        let common: [Unicode.Scalar] = Array("  Ab,.;!?-'\"()\t\r\n".unicodeScalars) + specials
        for _ in 0 ..< 20_000 {
            let text = String(String.UnicodeScalarView((0 ..< Int.random(in: 0 ... 12, using: &generator))
                .map { _ in Bool.random(using: &generator) ? common.randomElement(using: &generator)! : alphabet.randomElement(using: &generator)! }))
            if ClaimKey.simpleKey(text) != ClaimKey.generalKey(text) { disagreements.append(text) }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5).map { Array($0.unicodeScalars.map(\.value)) })")
        // Anything else is left to the general way.
        #expect(ClaimKey.simpleKey("d\u{E9}j\u{E0}") == nil)
        #expect(ClaimKey.simpleKey("non\u{2011}breaking") == nil)
    }

    @Test func keepsInnerPunctuation() {
        #expect(ClaimKey.make("One, two; three.") == "one, two; three")
    }

    @Test func differentWordsDiffer() {
        #expect(ClaimKey.make("We will win") != ClaimKey.make("We will lose"))
    }

    @Test("the scalars that skip NFKC are exactly ones NFKC leaves alone, and keys agree either way")
    func stableScalarsSkipNFKC() {
        let stable = (0 ... 0x10FFFF).compactMap(Unicode.Scalar.init(_:)).filter(ClaimKey.isStableUnderNFKC)
        #expect(stable.count == 128 + 64 + 1 + 5 + 12)
        let changed = stable.filter { String($0).precomposedStringWithCompatibilityMapping != String($0) }
        #expect(changed.isEmpty, "\(changed.map { String($0.value, radix: 16) })")
        // Beside each other too: no pair of them composes.
        let sample = String(String.UnicodeScalarView(stable))
        #expect(sample.precomposedStringWithCompatibilityMapping == sample)
        #expect(ClaimKey.make("\u{201C}Ça va\u{2026} très bien\u{00A0}!\u{201D}") == "ça va... très bien")
    }

    /// The marks and dashes as `Character`s, compared as Swift compares them (canonical equivalence).
    static let quoteMarks: Set<Character> = [
        "\"", "'", "`", "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}",
        "\u{00AB}", "\u{00BB}", "\u{2039}", "\u{203A}", "\u{2032}", "\u{2033}", "\u{300C}", "\u{300D}", "\u{300E}", "\u{300F}",
    ]
    static let dashes: Set<Character> = [
        "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}", "\u{FE58}", "\u{FE63}", "\u{FF0D}",
    ]

    @Test("the mark and dash tests agree with the Character sets for every scalar, alone and with a mark")
    func marksAndDashes() {
        var disagreements: [String] = []
        for scalar in (0 ... 0x10FFFF).compactMap(Unicode.Scalar.init(_:)) {
            let marked = String(scalar) + "\u{301}"
            for character in [Character(scalar)] + (marked.count == 1 ? [Character(marked)] : []) {
                if ClaimKey.isQuoteMark(character) != Self.quoteMarks.contains(character)
                    || ClaimKey.isDash(character) != Self.dashes.contains(character) {
                    disagreements.append(String(scalar.value, radix: 16))
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
    }
}
