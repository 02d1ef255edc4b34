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

    @Test("the quick mark and dash tests agree with the sets for every scalar, alone and with a mark")
    func marksAndDashes() {
        var disagreements: [String] = []
        for scalar in (0 ... 0x10FFFF).compactMap(Unicode.Scalar.init(_:)) {
            let marked = String(scalar) + "\u{301}"
            for character in [Character(scalar)] + (marked.count == 1 ? [Character(marked)] : []) {
                if ClaimKey.isQuoteMark(character) != ClaimKey.quoteMarks.contains(character)
                    || ClaimKey.isDash(character) != ClaimKey.dashes.contains(character) {
                    disagreements.append(String(scalar.value, radix: 16))
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
    }
}
