import Testing
@testable import Extract

/// Issue 14's second pass: a passive cue whose agent follows the quote ("was
/// described as “…” by the rivers department"), and the organisation a
/// "the X department" phrase stands for (made-up sentences).
@Suite("Passive agents")
struct PassiveAgentTests {
    @Test("the agent after a passive cue said the quoted words; “the rivers department” is the department whose name holds both words")
    func passiveAgent() throws {
        let quotes = extract([
            "Floods play a part, according to the Scottish Department of Rivers.",
            "The new barrier has been described as “a wasted decade” by the rivers department.",
        ])
        let quote = try #require(quotes.first { $0.text == "a wasted decade" })
        #expect(quote.speaker == "Scottish Department of Rivers")
        #expect(quote.speakerType == .organisation)
        #expect(quote.rule == "passive-agent")
    }

    @Test("an organisation noun's “of” phrase belongs to its name")
    func organisationOfPhrase() {
        let names = NameIndex(paragraphs: ["Grants come from the Ministry of the Interior and the Department of Rivers."].map(AnalysedParagraph.init))
        #expect(names.organisations.contains("Ministry of the Interior"))
        #expect(names.organisations.contains("Department of Rivers"))
    }

    @Test("a quote-only paragraph does not continue a passive's agent")
    func agentIsNotCarried() {
        let quotes = extract([
            "“The river took the lower field,” said Sam Okafor, a farmer on the estuary.",
            "The barrier has been described as “a wasted decade” by the Scottish Department of Rivers.",
            "But for Okafor and his family the loss is personal.",
            "“It is very hard. We lost everything.”",
        ])
        #expect(!quotes.contains { $0.text.hasPrefix("It is very hard") && $0.speaker == "Scottish Department of Rivers" })
    }

    @Test("a passive cue with no “by” after the quote names no one")
    func noAgent() {
        let quotes = extract(["The barrier has been described as “a wasted decade” in the county's report."])
        #expect(!quotes.contains { $0.rule == "passive-agent" })
    }
}
