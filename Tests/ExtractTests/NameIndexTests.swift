import Testing
@testable import Extract

/// The person index: full names from shortened forms, titles kept out of
/// names, and subjects behind a title.
@Suite("Name index")
struct NameIndexTests {
    private func index(_ paragraphs: [String]) -> NameIndex {
        NameIndex(paragraphs: paragraphs.map(AnalysedParagraph.init))
    }

    private func parse(_ run: String) -> (name: String, role: String?)? {
        NameIndex.parse(AnalysedParagraph(run).tokens.filter(\.isWord)).map { ($0.name, $0.role) }
    }

    @Test("particles inside a name, a generational suffix after it and a given name that is also a thing's word keep the full name", arguments: [
        ("European Commission President Ursula von der Leyen met the leaders.", "“Europe is united,” von der Leyen said.", "Ursula von der Leyen"),
        ("Maria de la Cruz leads the tenants’ union.", "“Rents doubled,” de la Cruz said.", "Maria de la Cruz"),
        ("Crown Prince Mohammed bin Salman hosted the talks.", "“We want peace,” bin Salman said.", "Mohammed bin Salman"),
        ("Ludwig van Beethoven chairs the board.", "“Rents doubled,” Beethoven said.", "Ludwig van Beethoven"),
        ("Robert F. Kennedy Jr. spoke at the hearing.", "“Vaccines are a choice,” Kennedy said.", "Robert F. Kennedy Jr."),
        ("Martin Luther King III spoke at the rally.", "“We march on,” King said.", "Martin Luther King III"),
        ("Microsoft co-founder Bill Gates spoke in Seattle.", "“Vaccines save lives,” Gates said.", "Bill Gates"),
        ("New York Mayor Bill de Blasio spoke on Monday.", "“The city is safe,” de Blasio said.", "Bill de Blasio"),
    ])
    func particlesSuffixesAndGivenNames(introduction: String, quote: String, speaker: String) {
        let quotes = extract([introduction, quote])
        #expect(quotes.map(\.speaker) == [speaker])
    }

    @Test("a full name's particles stay lower case inside it, never at its ends; a name of place words is no person")
    func particlesOnlyInside() {
        #expect(parse("Ursula von der Leyen")?.name == "Ursula von der Leyen")
        #expect(NameIndex.namesAPlace(["gaza", "strip"]))
        #expect(NameIndex.namesAPlace(["new", "mexico"]))
        #expect(!NameIndex.namesAPlace(["bill", "gates"]))
        #expect(NameIndex.namesAPlace(["build", "back", "better", "bill"]))
        #expect(NameIndex.surname(["Robert", "F.", "Kennedy", "Jr."]) == "Kennedy")
        #expect(NameIndex.surname(["Jr.", "Smith"]) == "Smith")
    }

    @Test("a later run that repeats the last words of a full name is that person, not a full name of its own")
    func trailingWordsAreTheLongerName() {
        let names = index([
            "The board put Margaret Hale Whitby in charge of the port last year.",
            "Hale Whitby visited the docks on Friday.",
        ])
        #expect(names.fullName(for: "Hale Whitby") == "Margaret Hale Whitby")
        #expect(!names.fullNames.contains("Hale Whitby"))
        #expect(names.mentions.map(\.name) == ["Margaret Hale Whitby", "Margaret Hale Whitby"])
    }

    @Test("two people whose names end alike leave the short form as written")
    func twoLongerNamesAreAmbiguous() {
        let names = index([
            "Anna Kerr Lowe and Peter Kerr Lowe own the mill.",
            "Kerr Lowe spoke to the council on Friday.",
        ])
        #expect(names.longerName(endingWith: ["Kerr", "Lowe"]) == nil)
        #expect(names.fullName(for: "Kerr Lowe") != "Anna Kerr Lowe")
    }

    @Test("“…,” Hale Whitby said: the speaker gets the full name")
    func quoteGetsTheLongerName() {
        let quotes = extract([
            "The board put Margaret Hale Whitby in charge of the port last year.",
            "“We are short of staff at every gate,” Hale Whitby said.",
        ])
        #expect(quotes.map(\.speaker) == ["Margaret Hale Whitby"])
    }

    @Test("an honorific and a surname stand for the full name of the gender the honorific gives", arguments: [
        (["Dr Aidan Corr outlined the plan on Tuesday."], "Dr Corr", "Aidan Corr"),
        (["John Gale and Ellen Gale run the farm outside town."], "Mrs Gale", "Ellen Gale"),
        (["Ellen Gale and John Gale run the farm outside town."], "Mr Gale", "John Gale"),
    ])
    func honorificForm(paragraphs: [String], form: String, expected: String) {
        #expect(index(paragraphs).fullName(for: form) == expected)
    }

    @Test("Dr Corr wrote: “…”: the speaker is the doctor named in full before")
    func doctorSurnameQuote() {
        let quotes = extract([
            "Dr Aidan Corr outlined the plan on Tuesday.",
            "Dr Corr wrote: “The team will meet again next week.”",
        ])
        #expect(quotes.map(\.speaker) == ["Aidan Corr"])
    }

    @Test("title words before a name go to the role", arguments: [
        ("Deputy Director of Public Works Anna-Maria Lund", "Anna-Maria Lund", "Deputy Director of Public Works"),
        ("Mayor of Westford Nina Sorensen", "Nina Sorensen", "Mayor of Westford"),
        ("Chancellor of the Exchequer Peter Ashdown", "Peter Ashdown", "Chancellor of the Exchequer"),
        ("Hornets GM Dave Ortiz", "Dave Ortiz", "Hornets GM"),
        ("Taoiseach Peter Quinlan", "Peter Quinlan", "Taoiseach"),
        ("Harbour Board Nina Sorensen", "Nina Sorensen", "Harbour Board"),
    ])
    func titlesOutOfNames(run: String, name: String, role: String) {
        let parsed = parse(run)
        #expect(parsed?.name == name)
        #expect(parsed?.role == role)
    }

    @Test("a verb opening the sentence is no name word; a middle given name after an unknown one stays", arguments: [
        ("Replied Dana Reyes", "Dana Reyes"),
        ("Ask Omar Haddad", "Omar Haddad"),
        ("Kwame Peter Mensah", "Kwame Peter Mensah"),
        ("Mary Jane Collins", "Mary Jane Collins"),
    ])
    func nameWordsOnly(run: String, name: String) {
        #expect(parse(run)?.name == name)
    }

    @Test("an organisation whose name starts with a verb keeps it", arguments: [
        "Report Card Foundation", "Signal Hill Capital Group",
    ])
    func organisationKeepsLeadingVerb(run: String) {
        #expect(parse(run)?.name == run)
    }

    @Test("“TITLE of COMPLEMENT Given Surname” in the text is indexed under the name, with the title as role")
    func titleComplementIndexed() {
        let names = index([
            "Deputy Director of Public Works Anna-Maria Lund closed the road on Tuesday.",
            "Ms Lund said the repairs would take a month.",
        ])
        #expect(names.fullNames == ["Anna-Maria Lund"])
        #expect(names.roles["Anna-Maria Lund"] == "Deputy Director of Public Works")
    }

    @Test("a name after a title that opens the sentence, followed by an apposition, is a subject")
    func titledNameBeforeAppositionIsSubject() {
        let names = index([
            "Hawks defenseman Tom Varga, who joked about his friend’s skates, could see the frustration on Eli Brandt’s face.",
        ])
        #expect(names.mentions.first { $0.name == "Tom Varga" }?.isSubject == true)
        let quotes = extract([
            "Hawks defenseman Tom Varga, who joked about his friend’s skates, could see the frustration on Eli Brandt’s face.",
            "“He’s used to scoring goals,” he said.",
        ])
        #expect(quotes.map(\.speaker) == ["Tom Varga"])
    }

    @Test("a titled name after a verb is not a subject because of the apposition after it")
    func objectWithTitleIsNoSubject() {
        let names = index([
            "The coach praised defenseman Tom Varga, who joked about his skates.",
        ])
        #expect(names.mentions.first { $0.name == "Tom Varga" }?.isSubject == false)
    }
}

/// Mentions by honorific and surname when two people share the surname.
@Suite("Name index: shared surnames")
struct SharedSurnameTests {
    @Test("“Mrs Gale” is a mention of Ellen Gale, “Mr Gale” of John Gale, whoever was named first", arguments: [
        ("John Gale and Ellen Gale", "Mrs", "Ellen Gale"), ("Ellen Gale and John Gale", "Mr", "John Gale"),
    ])
    func honorificPicksThePerson(couple: String, honorific: String, expected: String) {
        let names = NameIndex(paragraphs: [
            "\(couple) run the farm outside town.",
            "\(honorific) Gale said the rain had ruined the hay.",
        ].map(AnalysedParagraph.init))
        #expect(names.mentions.last?.name == expected)
        #expect(names.mentions.last?.paragraph == 1)
    }
}

/// Runs after "the": a titled person, or no person at all.
@Suite("Name index: runs after the")
struct RunsAfterTheTests {
    @Test("“the Labour MP Jane Doe” is indexed as Jane Doe; “the Carter administration” names no one", arguments: [
        ("The Labour MP Jenna Marsh raised the question.", ["Jenna Marsh"]),
        ("Critics of the Labour MP Jenna Marsh wrote in.", ["Jenna Marsh"]),
        ("Aides in the Peter Carter administration left early.", []),
    ])
    func titledNameAfterThe(sentence: String, expected: [String]) {
        let names = NameIndex(paragraphs: [AnalysedParagraph(sentence)])
        #expect(names.fullNames == expected)
    }

    @Test("“Marsh said” after “the Labour MP Jenna Marsh” is the full name")
    func surnameQuoteAfterTitledName() {
        let quotes = extract([
            "The question came from the Labour MP Jenna Marsh on Tuesday.",
            "“The budget is a disgrace,” Marsh said.",
        ])
        #expect(quotes.map(\.speaker) == ["Jenna Marsh"])
    }
}

/// The role a title run gives the name after it.
@Suite("Name index: roles")
struct NameIndexRoleTests {
    @Test("the whole title before “of …” is the role", arguments: [
        ("Acting U.S. Attorney for the District of Westmark Nina Sorensen spoke on Tuesday.", "Nina Sorensen",
         "Acting U.S. Attorney for the District of Westmark"),
        ("On Tuesday Secretary of State Peter Ashdown flew to Oslo.", "Peter Ashdown", "Secretary of State"),
    ])
    func roleBeforeOf(sentence: String, name: String, role: String) {
        let names = NameIndex(paragraphs: [AnalysedParagraph(sentence)])
        #expect(names.fullNames == [name])
        #expect(names.roles[name] == role)
    }
}

/// A bare surname shared by several people, told apart by the pronoun after it.
@Suite("Name index: bare shared surnames")
struct BareSharedSurnameTests {
    private let paragraphs = [
        "Rosa Brandt married Tom Varga in 1970. Their daughter, Clara Varga, studied physics.",
        "Years later Rosa Varga went back to programming.",
    ]

    @Test("“Varga recalls … she said” is the woman named last, not the man named first")
    func pronounPicksTheLastWomanNamed() {
        let names = NameIndex(paragraphs: (paragraphs + ["Varga recalls that she said no to the offer."]).map(AnalysedParagraph.init))
        #expect(names.mentions.last?.name == "Rosa Varga")
        #expect(names.mentions.last?.paragraph == 2)
    }

    @Test("without a pronoun, or with one that fits, the first person named keeps the surname", arguments: [
        "Varga recalls the winter of 1971.", "Varga recalls that he said no to the offer.",
    ])
    func defaultStays(sentence: String) {
        let names = NameIndex(paragraphs: (paragraphs + [sentence]).map(AnalysedParagraph.init))
        #expect(names.mentions.last?.name == "Tom Varga")
    }

    @Test("the surname inside another full name is no mention of the first person")
    func surnameInsideAnotherFullName() {
        let names = NameIndex(paragraphs: paragraphs.map(AnalysedParagraph.init))
        #expect(!names.mentions.contains { $0.name == "Tom Varga" && $0.paragraph == 1 })
    }
}
