import Testing
@testable import Extract

/// The day a quote was said when the article places it in a period, in a scene
/// or on an occasion (every sentence written for the test; published 2025-11-26,
/// a Wednesday).
@Suite("The day of a quote from periods, scenes and occasions")
struct DayEvidenceTests {
    @Test("words placed in a period get no day", arguments: [
        "“It was a mistake,” Dana Reyes said in an interview last September.",
        "“We are behind,” Omar Haddad said during a September hearing.",
        "“Prices will rise,” Lou Baker told the panel this week.",
        "“No more delays,” Ann Lee said at last week’s hearing.",
        "“Walls work,” Tom Hale argued as recently as 2015.",
        "“I can’t be left alone,” Meg Rowe recalled telling her husband.",
        "“We can do this,” Sam Ortiz said in a 2008 video.",
        "“Not today,” Ivy Moss said on a grey March afternoon.",
    ])
    func period(sentence: String) {
        let quotes = extract([sentence])
        #expect(quotes.map(\.saidOn) == [nil])
        #expect(quotes.map(\.saidOnBasis) == [.period])
    }

    @Test("a time that is not when the words were said leaves the publication day", arguments: [
        "“We will win,” said Fiona Park, who will testify Thursday.",
        "“It hurt,” Harry Lane said, recalling the events surrounding his move last year.",
        "“The bill is a disaster,” Mark Dunn said of last year’s tax bill.",
        "“I heard it late,” said Wayne Cole, who resigned and filed to run on Nov. 20.",
        "“It is fine,” said Jo Minga, a friend who recently switched jobs.",
        "“The figures are weak,” Ray Ott said of the March jobs report.",
    ])
    func notTheTimeOfSpeech(sentence: String) {
        let quotes = extract([sentence])
        #expect(quotes.map(\.saidOn) == ["2025-11-26"])
        #expect(quotes.map(\.saidOnBasis) == [.publication])
    }

    @Test("“last night” is the day before publication")
    func lastNight() {
        let quotes = extract(["“We asked them,” Leo Marsh said on the radio last night."])
        #expect(quotes.map(\.saidOn) == ["2025-11-25"])
        #expect(quotes.map(\.saidOnBasis) == [.relative])
    }

    @Test("a scene dates the quotes of that scene in the paragraphs after it", arguments: [
        // An occasion as the place of the sentence: anyone's words in the next paragraph, and the answers after them.
        (["At last week’s hearing, the two witnesses, Tom Brandt and Ann Young, backed up that view.",
          "“The plan I ran cost half as much,” Brandt responded.",
          "“Oh my,” Frank Lucas replied."], [nil, nil] as [String?]),
        // The quotes of an occasion follow one another.
        (["At last week’s hearing, the witnesses backed the plan.",
          "“It is cheap,” said Tom Brandt.",
          "“It is not,” said Ann Young."], [nil, nil]),
        // The paragraph of the quote refers back to the occasion.
        (["At last week’s hearing, Tom Brandt backed the plan.",
          "The plan has critics.",
          "The county has other plans.",
          "Ann Young, earlier in the hearing, was doubtful. “It is not,” she said."], [nil]),
        // People asked for their words are an occasion.
        (["The panel was polled last week.",
          "“We need more time,” one panelist said."], [nil]),
        // A near period that leads the sentence of an event, and the person it names.
        (["On a grey March afternoon, Ivy Moss walked the empty fields.",
          "“It is all gone,” Moss said."], [nil]),
        // Past speech that names the speaker.
        (["In December 2015, the mayor released a letter from her physician, Dr. Hal Borg.",
          "“Her stamina is extraordinary,” Borg wrote."], [nil]),
        // A day that leads the sentence of an event in the week before publication.
        (["But on Monday, Gus Berg had a portrait of the minister inked on his arm.",
          "“I like tattoos that mean something,” Berg told reporters."], ["2025-11-24"]),
        // A quote that refers back to the occasion of a dated scene.
        (["Earlier Tuesday, the president apologised in a brief televised address.",
          "The party had no comment.",
          "“It was very disappointing,” opposition leader Kim Lee said after the president’s address."], ["2025-11-25"]),
    ])
    func sceneDates(paragraphs: [String], days: [String?]) {
        #expect(extract(paragraphs).map(\.saidOn) == days)
    }

    @Test("no scene day for a long-past event, a day deep in the sentence, or words in the present tense", arguments: [
        ["Her career began 10 years ago, when Mary Holt woke up after surgery with music in her head.",
         "“I felt strange,” Holt said."],
        ["In 2015, Ivy Moss opened her first shop.",
         "“We were tiny,” Moss said."],
        ["Dana Cruz and Lee Park had won the doubles final in London on Sunday.",
         "“We arrived late,” Cruz said."],
        ["At last week’s hearing, Tom Brandt backed the plan.",
         "The plan goes to a vote in spring.",
         "“It is cheap,” Brandt says."],
    ])
    func noSceneDay(paragraphs: [String]) {
        let quotes = extract(paragraphs)
        #expect(quotes.map(\.saidOn) == ["2025-11-26"])
        #expect(quotes.map(\.saidOnBasis) == [.publication])
    }

    @Test("words reported in a clause of time after the main clause get no day", arguments: [
        "Reyes faulted the board for doing nothing when residents said the bridge was “a danger to every driver.”",
        "The council lost the vote when its own members wrote that the plan was “a waste of money.”",
    ])
    func pastClause(sentence: String) {
        let quotes = extract([sentence])
        #expect(quotes.map(\.saidOn) == [nil])
        #expect(quotes.map(\.saidOnBasis) == [.period])
    }

    @Test("a clause of time that opens the sentence, or a cue outside it, keeps the publication day", arguments: [
        "When the mayor asked about the bridge, Omar Haddad said it was “unsafe at any speed.”",
        "Haddad said the bridge was “unsafe at any speed” when he spoke to reporters.",
    ])
    func notPastClause(sentence: String) {
        #expect(extract([sentence]).map(\.saidOn) == ["2025-11-26"])
    }

    @Test("a reaction is dated with what it reacts to", arguments: [
        (["“Banks should lend to fewer people,” Ray Ott said in a 2008 video.",
          "Sen. Ann Lee quickly accused Ott of arguing “the poor should pay for the crisis.”"], [nil, nil] as [String?]),
        (["“We raised the fares,” Tom Hale said on Monday.",
          "Criticism immediately poured in, and one rider wrote: “Shame on you.”"], ["2025-11-24", "2025-11-24"]),
    ])
    func reaction(paragraphs: [String], days: [String?]) {
        #expect(extract(paragraphs).map(\.saidOn) == days)
    }

    @Test("the sources of a day are tried in one documented order")
    func sourceOrder() {
        #expect(Attributor.DaySource.allCases == [
            .ownSentence, .statementSpeaker, .previousSentence, .previousParagraph, .statementReferred,
            .sameVoice, .answer, .scene, .eventDay, .occasion,
        ])
    }
}
