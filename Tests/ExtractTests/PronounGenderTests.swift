import Testing
@testable import Extract

/// He and she resolve to a person of the gender the article shows.
@Suite("Pronouns and gender")
struct PronounGenderTests {
    @Test("“…,” she said after a man was named last: the woman named before him")
    func sheSkipsTheManNamedLast() {
        let quotes = extract([
            "Mary Steenburgen’s son, filmmaker Charlie McDowell, remembers it as a trying time. “It was hard on all of us,” he said.",
            "The actress wasn’t itching to do something else. “I had been somebody who really liked music,” she said.",
        ])
        #expect(quotes.map(\.speaker) == ["Charlie McDowell", "Mary Steenburgen"])
    }

    @Test("the article's own pronouns outweigh the given name: “Hill left. She said …” makes Robin Hill a woman")
    func pronounsGiveTheGender() {
        let index = NameIndex(paragraphs: [
            "Robin Hill left the council in May. She said the budget was a disgrace.",
            "Mr. Jordan Price stayed on.",
        ].map(AnalysedParagraph.init))
        #expect(index.genders["Robin Hill"] == .female)
        #expect(index.genders["Jordan Price"] == .male)
        #expect(index.fits("Robin Hill", .female))
        #expect(!index.fits("Robin Hill", .male))
    }

    @Test("a possessive pronoun after another person's name does not give that person a gender")
    func possessivesDoNotVote() {
        let index = NameIndex(paragraphs: [
            "Robin Hill, one of his editors at the press, remembers the manuscripts.",
        ].map(AnalysedParagraph.init))
        #expect(index.genders["Robin Hill"] == nil)
        #expect(index.fits("Robin Hill", .male) && index.fits("Robin Hill", .female))
    }

    @Test("one sentence opening with the other gender's pronoun does not overturn a given name: “Maria Reyes met Omar Haddad. He told her …”")
    func oneOpeningPronounDoesNotOverturn() {
        let quotes = extract(["Maria Reyes met Omar Haddad on Monday. He told her the plan was “dead on arrival.”"])
        #expect(quotes.map(\.speaker) == ["Omar Haddad"])
        let index = NameIndex(paragraphs: ["Maria Reyes met Omar Haddad on Monday. He told her the plan was dead."].map(AnalysedParagraph.init))
        #expect(index.genders["Maria Reyes"] == .female)
    }

    @Test("a given name is a default the text can overturn")
    func givenNameDefault() {
        let index = NameIndex(paragraphs: [
            "Teresa Nielsen Hayden edited the books, and Neil Gaiman read them.",
        ].map(AnalysedParagraph.init))
        #expect(index.genders["Teresa Nielsen Hayden"] == .female)
        #expect(index.genders["Neil Gaiman"] == .male)
    }

    @Test("a name in passing after the paragraph's last quote does not take she from the speaker just quoted")
    func nameInPassingAfterAQuote() {
        let quotes = extract([
            "I reached Valerie Smith by phone. The lawsuit left her “pretty overwhelmed,” she said. Her grief over Mike Ford’s death pushed her out. “When I started, I felt this was where I was meant to be,” she said.",
        ])
        #expect(quotes.map(\.speaker) == ["Valerie Smith", "Valerie Smith"])
    }
}
