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
}
