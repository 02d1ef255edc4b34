import Testing
@testable import Extract

/// Spans that are not speech, pull-quotes, mark slips and roles: the checks
/// around the attribution rules.
@Suite("Terms, pull-quotes and roles")
struct QuoteFilterTests {
    @Test("a word held up or a nickname is not a quote; short speech with its own mark is", arguments: [
        ("“Hydrate” was the toddler's favourite word, his mother said.", [String]()),
        ("He keeps mocking the senator he calls “Little Dana.”", []),
        ("In her book “A Field Guide to the Harbour,” Dana Reyes wrote about the tides.", []),
        ("“Yes,” Dana Reyes said when asked about the vote.", ["Yes,"]),
        ("Dana Reyes called the plan “historic” on Monday.", ["historic"]),
        ("Dana Reyes said new students live in halls, or “dorms” as they are known in the US.", []),
        ("Dana Reyes said the halls were “full to the brim” as they were last year.", ["full to the brim"]),
        // A poll's wording is put to those it asks, not said by them.
        ("A majority of county voters agree with the statement “the roads come before the parks.”", []),
        ("Dana Reyes said she agreed with the statement, calling it “long overdue.”", ["long overdue"]),
        // One word glossed by a plain name after "or" is a term beside its gloss.
        ("Dana Reyes said students are sorted into “pods” or household groups for the term.", []),
        ("Dana Reyes called the delay “avoidable” or at least foreseeable.", ["avoidable"]),
    ])
    func termsAndSpeech(sentence: String, expected: [String]) {
        #expect(extract([sentence]).map(\.text) == expected)
    }

    @Test("not speech: a framing verb that ends its sentence is a noun; a fragment opening with an ellipsis is shown, not said", arguments: [
        (["At the market a sign advertised “First Catch of the Spring” and carried the blue Coastal Fresh Fish label."], [String]()),
        (["“We never stopped anyone from leaving the camp,” Dana Reyes said.",
          "“… block the departure of the families from the northern camp by the river and the road”"], ["We never stopped anyone from leaving the camp,"]),
    ])
    func notSpeech(paragraphs: [String], expected: [String]) {
        #expect(extract(paragraphs).map(\.text) == expected)
    }

    @Test("a right mark after a space opens a span when another closes it (a typesetting slip)")
    func rightMarkSlip() {
        let quotes = extract(["Dana Reyes said the reserves were ”dwindling fast.”"])
        #expect(quotes.map(\.text) == ["dwindling fast"])
        #expect(quotes.map(\.speaker) == ["Dana Reyes"])
    }

    @Test("a pull-quote paragraph that repeats part of a longer quote of the body is dropped")
    func pullQuoteRepeatingPartOfAQuote() {
        let quotes = extract([
            "Nesma Haddad waited outside the ward on Tuesday.",
            "“I hope that my son recovers quickly before the fuel runs out.”",
            "“We were told to leave,” Haddad said. “I cannot sleep. I hope that my son recovers quickly before the fuel runs out. Nobody can tell us more.”",
        ])
        #expect(quotes.count == 2)
        #expect(!quotes.contains { $0.text.hasPrefix("I hope") })
    }

    @Test("a role given once carries to the speaker's later quotes")
    func roleCarries() {
        let quotes = extract(["“We will appeal,” said Dana Reyes, a lawyer for the family.", "“The ruling is wrong,” Reyes said."])
        #expect(quotes.map(\.speakerRole) == ["lawyer for the family", "lawyer for the family"])
    }

    @Test("a role holds a word for a role or title; a place, an article or a lone capitalised word does not", arguments: [
        ("lawyer for the family", true), ("French President", true), ("Verizon CIO", true), ("spokesperson", true),
        ("Massachusetts", false), ("the", false), ("of the", false), ("State", false),
    ])
    func isRole(text: String, expected: Bool) {
        #expect(Attributor.isRole(text) == expected)
    }
}
