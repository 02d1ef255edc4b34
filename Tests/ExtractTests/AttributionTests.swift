import Testing
@testable import Extract

@Suite("Quote attribution")
struct AttributionTests {
    @Test("“…,” she said: the pronoun resolves to the person last named")
    func pronounAfterQuote() {
        let quotes = extract([
            "Prosecutor Eva-Marie Persson spoke in Stockholm.",
            "“The evidence has weakened considerably,” she said.",
        ])
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker == "Eva-Marie Persson")
        #expect(quotes.first?.kind == .direct)
        #expect(quotes.first?.cue == "said")
    }

    @Test("said Smith, inverted after the quote, with the surname resolved")
    func invertedAttribution() {
        let quotes = extract([
            "Senator Jane Smith of Ohio opposed the bill.",
            "“We will not rush this,” said Smith.",
        ])
        #expect(quotes.map(\.speaker) == ["Jane Smith"])
        #expect(quotes.first?.speakerRole == "Senator")
    }

    @Test("Name said: “…” before the quote")
    func colonBeforeQuote() {
        let quotes = extract(["Mayor Karen Bass said: “The city is ready for the storm.”"])
        #expect(quotes.map(\.speaker) == ["Karen Bass"])
        #expect(quotes.first?.text == "The city is ready for the storm.")
    }

    @Test("According to X, “…”")
    func accordingTo() {
        let quotes = extract(["According to Maria Lopez, “the numbers do not add up.”"])
        #expect(quotes.map(\.speaker) == ["Maria Lopez"])
    }

    @Test("a second span after “…,” she said, “…” has the same speaker")
    func splitQuote() {
        let quotes = extract(["“We are done,” Anna Berg said, “and we are going home.”"])
        #expect(quotes.map(\.speaker) == ["Anna Berg", "Anna Berg"])
        #expect(quotes.map(\.text) == ["We are done,", "and we are going home."])
    }

    @Test("a quote running over paragraphs is one record, joined by a space")
    func multiParagraph() {
        let quotes = extract([
            "Coach Tom Riley said: “We lost the game in the first half.",
            "“We have to be better, and we will be.”",
            "The team flies home on Friday.",
        ])
        #expect(quotes.count == 1)
        #expect(quotes.first?.text == "We lost the game in the first half. We have to be better, and we will be.")
        #expect(quotes.first?.speaker == "Tom Riley")
    }

    @Test("scare quotes and titles with no speaker are not quotes")
    func scareQuotes() {
        let quotes = extract([
            "The so-called “peace dividend” never came.",
            "The film “Oppenheimer” won seven awards.",
            "Critics called the plan “woke” nonsense, but the “reform” passed.",
        ])
        #expect(!quotes.contains { $0.text == "peace dividend" })
        #expect(!quotes.contains { $0.text == "Oppenheimer" })
        #expect(!quotes.contains { $0.text == "reform" })
    }

    @Test("dates: explicit, a weekday, yesterday and a coarse period")
    func dates() {
        let quotes = extract([
            "On November 24, Mayor Karen Bass said the city was “ready.”",
            "Governor Gavin Newsom said on Monday that the state was “prepared.”",
            "Karen Bass said yesterday that it was “over.”",
            "Gavin Newsom said last week that it was “fine.”",
        ])
        #expect(quotes.map(\.saidOn) == ["2025-11-24", "2025-11-24", "2025-11-25", nil])
        #expect(quotes.map(\.saidOnBasis) == [.explicit, .relative, .relative, .period])
    }

    @Test("straight quotes as inches are not quotation marks")
    func inches() {
        let quotes = extract(["The screen measures 6\" across, said Ana Ruiz, who sells them."])
        #expect(quotes.isEmpty)
    }
}

@Suite("Quote attribution on harder patterns")
struct HarderAttributionTests {
    @Test("an apposition between the quote and the cue: “…,” Name, the role …, said")
    func appositionAfterQuote() {
        let quotes = extract(["“The defendants had a duty to ensure safety,” Geoffrey Berman, the U.S. attorney for the Southern District of New York, said in a news release."])
        #expect(quotes.map(\.speaker) == ["Geoffrey Berman"])
    }

    @Test("a curly opening mark closed by a straight one still makes a quote")
    func mixedMarks() {
        let quotes = extract(["Attorney Jack Scarola spoke after the hearing. “Forty-five years of practicing law,\" he said, \"has convinced me that there are no coincidences.”"])
        #expect(quotes.map(\.text) == ["Forty-five years of practicing law,", "has convinced me that there are no coincidences."])
        #expect(quotes.map(\.speaker) == ["Jack Scarola", "Jack Scarola"])
    }

    @Test("an adverb between the speaker and the cue: Thomas allegedly told")
    func adverbBeforeCue() {
        let quotes = extract(["Guard Michael Thomas was on duty that night.", "\"We messed up; I messed up,\" Thomas allegedly told a supervisor."])
        #expect(quotes.map(\.speaker) == ["Michael Thomas"])
    }

    @Test("words after the quote before the cue: “…” working in prisons, she said")
    func cueLaterInClause() {
        let quotes = extract(["Director Kathleen Hawk Sawyer testified.", "\"We don't want those people\" working in federal prisons, she said."])
        #expect(quotes.map(\.speaker) == ["Kathleen Hawk Sawyer"])
    }

    @Test("“…,” as Espinosa put it")
    func asPutIt() {
        let quotes = extract(["Chemist Iván Fornís Espinosa runs the lab.", "The volunteers are a mixture of “squatters,” as Espinosa put it, and students."])
        #expect(quotes.map(\.speaker) == ["Iván Fornís Espinosa"])
    }

    @Test("quoted names of things are not speech: the “Bad Blood” songstress, “harm reduction” programs")
    func namesOfThings() {
        let quotes = extract([
            "Scooter Braun said the “Bad Blood” songstress ignored him.",
            "The group, which runs “harm reduction” programs, said it would expand.",
        ])
        #expect(quotes.isEmpty)
    }

    @Test("user names stand for people: wrote user jayk1984")
    func userNames() {
        let quotes = extract(["“I’m trying the cola based on these results,” wrote user jayk1984."])
        #expect(quotes.map(\.speaker) == ["jayk1984"])
    }

    @Test("a family name first: Yoon → Yoon Suk Yeol, with a title found further in")
    func familyNameFirst() {
        let quotes = extract([
            "A plan to impeach South Korean President Yoon Suk Yeol failed on Saturday.",
            "“I deeply regret this,” Yoon said.",
        ])
        #expect(quotes.first?.speaker == "Yoon Suk Yeol")
        #expect(quotes.first?.speakerRole == "South Korean President")
    }

    @Test("“the insider” after “an insider” is the same unnamed source")
    func unnamedCoreference() {
        let quotes = extract([
            "“He is frustrated,” an insider told the outlet.",
            "“He wants this over,” the insider said.",
        ])
        #expect(quotes.map(\.speaker) == ["an insider", "an insider"])
        #expect(quotes.first?.speakerType == .anonymous)
    }

    @Test("she resolves to an unnamed person described after any name")
    func unnamedPronoun() {
        let quotes = extract(["Reporters in San Francisco spoke to one mother, who asked not to be named. “I am so ahead of other parents,” she said."])
        #expect(quotes.map(\.speaker) == ["one mother"])
    }

    @Test("leading words the article writes in lower case are not part of a name")
    func commonWordsInNames() {
        let quotes = extract([
            "The public prosecution office met. Deputy Director of Public Prosecution Eva-Marie Persson spoke.",
            "“The evidence has weakened,” Persson said.",
        ])
        #expect(quotes.map(\.speaker) == ["Eva-Marie Persson"])
    }
}

@Suite("Quote attribution: marks, dashes, roles and repeats")
struct MarksAndRolesTests {
    @Test("“…” — Smith: a dash and a name attribute the quote")
    func dashAttribution() {
        let quotes = extract(["“We will rebuild this town, brick by brick.” — Mayor Ana Ortiz"])
        #expect(quotes.map(\.speaker) == ["Ana Ortiz"])
        #expect(quotes.first?.cue == "—")
    }

    @Test("an apposition gives the role: Ryan Hass, a former China director …, said")
    func appositionRole() {
        let quotes = extract(["“Beijing is testing the waters,” Ryan Hass, a former China director at the National Security Council, said."])
        #expect(quotes.first?.speaker == "Ryan Hass")
        #expect(quotes.first?.speakerRole == "former China director at the National Security Council")
    }

    @Test("guillemets and low-high quotes are quotation marks", arguments: [
        "«We will not give in», said Marie Dubois.",
        "Marie Dubois said: „Wir werden nicht nachgeben.“",
    ])
    func europeanMarks(paragraph: String) {
        let quotes = extract([paragraph])
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker == "Marie Dubois")
    }

    @Test("a pull-quote that repeats the body is counted once")
    func pullQuote() {
        let quotes = extract([
            "“We have never seen demand like this before,” chief executive Kevin Mayer said.",
            "“We have never seen demand like this before,” Mayer said.",
        ])
        #expect(quotes.count == 1)
    }

    @Test("present tense cues attribute too: “…,” says Smith")
    func presentTense() {
        let quotes = extract(["“The numbers speak for themselves,” says economist Laura Chen."])
        #expect(quotes.map(\.speaker) == ["Laura Chen"])
        #expect(quotes.first?.speakerRole == "economist")
    }
}
