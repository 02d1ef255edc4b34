import Testing
@testable import Extract

/// One sentence shape an attribution rule must recognise: the paragraphs, the
/// opening words of the quote to look at, and the speaker and rule id expected.
/// Every case is written for this test (no corpus text).
struct RuleCase: Sendable, CustomTestStringConvertible {
    var rule: String
    var paragraphs: [String]
    var quote: String
    var speaker: String

    var testDescription: String { "\(rule): \(paragraphs.joined(separator: " ").prefix(70))" }

    /// The cases, at least one for every rule id.
    static let all: [RuleCase] = [
        RuleCase(rule: "cue-after", paragraphs: ["“We will rebuild the bridge by spring,” Dana Reyes said on Tuesday."],
                 quote: "We will", speaker: "Dana Reyes"),
        RuleCase(rule: "cue-after", paragraphs: ["Dana Reyes runs the county's roads office.", "“The bridge reopens in spring,” she told reporters."],
                 quote: "The bridge", speaker: "Dana Reyes"),
        RuleCase(rule: "cue-after", paragraphs: ["“Nothing has been decided yet,” a party official in the state of New Mexico said."],
                 quote: "Nothing", speaker: "a party official in the state of New Mexico"),
        RuleCase(rule: "cue-after", paragraphs: ["The county announced the plan on Monday, the officials said, and work starts soon. “The contract is signed,” Omar Haddad said."],
                 quote: "The contract", speaker: "Omar Haddad"),
        RuleCase(rule: "inverted-after", paragraphs: ["“The contract is signed,” said Omar Haddad, the county's engineer."],
                 quote: "The contract", speaker: "Omar Haddad"),
        RuleCase(rule: "inverted-after", paragraphs: ["“We were never told,” said one resident of the valley."],
                 quote: "We were", speaker: "one resident of the valley"),
        RuleCase(rule: "dash-name", paragraphs: ["The motto on the wall reads “Roads first, parks later” — Dana Reyes, county executive."],
                 quote: "Roads first", speaker: "Dana Reyes"),
        RuleCase(rule: "cue-before", paragraphs: ["Dana Reyes said: “The bridge reopens in spring.”"],
                 quote: "The bridge", speaker: "Dana Reyes"),
        RuleCase(rule: "cue-before", paragraphs: ["Omar Haddad described the budget as “a patchwork of promises.”"],
                 quote: "a patchwork", speaker: "Omar Haddad"),
        RuleCase(rule: "cue-before", paragraphs: ["An Ohio Democrat called the vote “a betrayal of the district.”"],
                 quote: "a betrayal", speaker: "An Ohio Democrat"),
        // An unnamed source that opens its clause before the cue is described whole, qualifiers
        // included, as after a quote; a name inside a qualifier is not the speaker.
        RuleCase(rule: "cue-before", paragraphs: ["A party official in the early-voting state of New Mexico said the race was “far from over.”"],
                 quote: "far from", speaker: "A party official in the early-voting state of New Mexico"),
        RuleCase(rule: "cue-before", paragraphs: ["An aide to Governor Dana Reyes said the budget was “dead on arrival.”"],
                 quote: "dead on", speaker: "An aide to Governor Dana Reyes"),
        RuleCase(rule: "cue-before", paragraphs: ["Speaking on condition of anonymity, an official familiar with the talks called the offer “an insult.”"],
                 quote: "an insult", speaker: "an official familiar with the talks"),
        RuleCase(rule: "cue-before", paragraphs: ["The talks stalled on Friday, and one source close to the negotiations said both sides were “dug in.”"],
                 quote: "dug in", speaker: "one source close to the negotiations"),
        // An office described by its holder is kept whole, not the organisation named last.
        RuleCase(rule: "cue-before", paragraphs: ["The county’s harbour board met on Monday.", "The governor’s office said the plan was “under review.”"],
                 quote: "under review", speaker: "The governor’s office"),
        // "the board", "the committee": the body the article has named.
        RuleCase(rule: "cue-after", paragraphs: ["The Lakeside Library Board met on Monday.", "“We will appeal the ruling,” the board said."],
                 quote: "We will", speaker: "Lakeside Library Board"),
        RuleCase(rule: "inverted-before", paragraphs: ["Then said Omar Haddad: “We will not wait for the state.”"],
                 quote: "We will", speaker: "Omar Haddad"),
        RuleCase(rule: "who-clause", paragraphs: ["Kim Park met a retired harbour pilot who described the channel as “the narrowest on the coast.”"],
                 quote: "the narrowest", speaker: "a retired harbour pilot"),
        RuleCase(rule: "to-infinitive", paragraphs: ["The ruling allowed Haddad to call the levy “a fair price for safety.”", "Omar Haddad is the county's engineer."],
                 quote: "a fair price", speaker: "Omar Haddad"),
        RuleCase(rule: "named-apposition", paragraphs: ["The county's chief engineer, Omar Haddad, who signed the contract, told reporters it was “the best deal we could get.”"],
                 quote: "the best deal", speaker: "Omar Haddad"),
        RuleCase(rule: "subject-apposition", paragraphs: ["County executive Dana Reyes, who took office in May, told reporters the plan was “rushed and unfair.”"],
                 quote: "rushed", speaker: "Dana Reyes"),
        RuleCase(rule: "shared-subject", paragraphs: ["Dana Reyes did not give a date, but said the bridge would reopen “well before summer.”"],
                 quote: "well before", speaker: "Dana Reyes"),
        RuleCase(rule: "reported-report", paragraphs: ["At the hearing, a lawyer for the town, Kim Park, tweeted that Dana Reyes spoke “plainly about the debt and the years it will take to pay.”"],
                 quote: "plainly", speaker: "Kim Park"),
        RuleCase(rule: "reported-report", paragraphs: ["Senator Omar Haddad of Ohio quickly accused Reyes of arguing “the bridge matters more than the school.”", "Dana Reyes denied it."],
                 quote: "the bridge", speaker: "Omar Haddad"),
        RuleCase(rule: "possessive-speech", paragraphs: ["Despite Omar Haddad’s announcement that the deal was “final and binding,” talks went on."],
                 quote: "final and", speaker: "Omar Haddad"),
        RuleCase(rule: "colon-lead", paragraphs: ["Dana Reyes had a simpler view of the delay: “Nobody wanted to pay for it.”"],
                 quote: "Nobody", speaker: "Dana Reyes"),
        RuleCase(rule: "according-to", paragraphs: ["According to Dana Reyes, “the bridge was never safe.”"],
                 quote: "the bridge", speaker: "Dana Reyes"),
        RuleCase(rule: "according-to", paragraphs: ["“The bridge was never safe,” according to Dana Reyes."],
                 quote: "The bridge", speaker: "Dana Reyes"),
        RuleCase(rule: "put-it", paragraphs: ["As Dana Reyes put it, “roads do not build themselves.”"],
                 quote: "roads do", speaker: "Dana Reyes"),
        RuleCase(rule: "next-sentence", paragraphs: ["“The levy passed by four votes.” Dana Reyes said it on the courthouse steps."],
                 quote: "The levy", speaker: "Dana Reyes"),
        RuleCase(rule: "name-sentence", paragraphs: ["Dana Reyes chairs the roads committee.", "“We start in March.” Reyes. “And we finish in May.”"],
                 quote: "We start", speaker: "Dana Reyes"),
        RuleCase(rule: "paragraph-subject", paragraphs: ["“The first phase is done,” Dana Reyes said.", "Omar Haddad expects three more phases. “Each one will be harder than the last.”"],
                 quote: "Each one", speaker: "Omar Haddad"),
        RuleCase(rule: "previous-paragraph-subject", paragraphs: ["“The first phase is done,” Dana Reyes said.", "Omar Haddad was less sure of the schedule.", "“Each one will be harder than the last.”"],
                 quote: "Each one", speaker: "Omar Haddad"),
        RuleCase(rule: "reporting-sentence", paragraphs: ["A county spokesman told the council that the money had run out. “We cannot pay the contractors in March.”"],
                 quote: "We cannot", speaker: "A county spokesman"),
        RuleCase(rule: "previous-speaker", paragraphs: ["“The first phase is done,” Dana Reyes said. “The second starts in May.”"],
                 quote: "The second", speaker: "Dana Reyes"),
        RuleCase(rule: "first-person", paragraphs: ["“The first phase is done,” Dana Reyes said. The price of steel is “as low as I have ever seen it.”"],
                 quote: "as low", speaker: "Dana Reyes"),
        RuleCase(rule: "repeated-words", paragraphs: ["“I have answered every question, and I will keep answering them,” Dana Reyes said on Monday.", "The council was not satisfied. Reyes, by her own account, has “answered every question” put to her."],
                 quote: "answered every", speaker: "Dana Reyes"),
        RuleCase(rule: "passive-agent", paragraphs: ["The Scottish Department of Rivers runs the flood barriers.", "The new barrier has been described as “a wasted decade” by the rivers department."],
                 quote: "a wasted", speaker: "Scottish Department of Rivers"),
        RuleCase(rule: "nested-quote", paragraphs: ["“I then heard Dana Reyes ask, ‘Is the contract signed yet?’ and I said it was,” Omar Haddad told the committee."],
                 quote: "Is the contract", speaker: "Dana Reyes"),
    ]
}

/// Each attribution rule, on the shapes it is written for.
@Suite("Attribution rules")
struct AttributionRuleTests {
    @Test("each rule attributes its shape, and says so", arguments: RuleCase.all)
    func ruleAttributes(_ c: RuleCase) throws {
        let quote = try #require(extract(c.paragraphs).first { $0.text.hasPrefix(c.quote) })
        #expect(quote.speaker == c.speaker)
        #expect(quote.rule == c.rule)
        let confidence = try #require(quote.confidence)
        #expect(confidence > 0 && confidence <= 1)
    }

    @Test("a verb with its particle is a cue: points out, pointed out", arguments: [
        ("Omar Haddad points out that most of the county's bridges are “well past their design life.”", "Omar Haddad"),
        ("Dana Reyes pointed out that the ferry would carry “barely a tenth of the traffic.”", "Dana Reyes"),
    ])
    func phrasalCue(sentence: String, speaker: String) {
        #expect(extract([sentence]).map(\.speaker) == [speaker])
    }

    @Test("said a report from a named source: the source is the speaker", arguments: [
        ("“Demand will slow before the spring,” said a report from Northgate Research Group.", "Northgate Research Group"),
        ("“The line will open in May,” said a memo from the Harbour Transit Authority.", "Harbour Transit Authority"),
    ])
    func documentFromSource(sentence: String, speaker: String) {
        #expect(extract([sentence]).map(\.speaker) == [speaker])
    }

    @Test("every rule id has a case")
    func everyRuleHasACase() {
        let covered = Set(RuleCase.all.map(\.rule))
        #expect(RuleID.allCases.filter { !covered.contains($0.rawValue) }.isEmpty)
    }

    @Test("an explicit cue next to a full name is surer than a carried voice, a carried voice surer than a relative clause")
    func confidenceOrdersTheEvidence() throws {
        let quotes = extract([
            "“The first phase is done,” Dana Reyes said. “The second starts in May.”",
            "Kim Park met a retired harbour pilot who described the channel as “the narrowest on the coast.”",
        ])
        let confidences = try quotes.map { try #require($0.confidence) }
        try #require(confidences.count == 3)
        #expect(confidences[0] > confidences[1])
        #expect(confidences[1] > confidences[2])
    }

    @Test("a quote inside a quote stays part of it unless its own cue names someone else")
    func nestedQuotes() {
        let quotes = extract([
            "“I told them, ‘We are not selling the land,’ and they left,” Omar Haddad said.",
            "“Then Dana Reyes asked, ‘Who signed this order?’ and nobody answered,” Haddad said.",
            "“She listed me as ‘friend,’ nothing more,” Haddad said.",
        ])
        #expect(quotes.map(\.speaker) == ["Omar Haddad", "Omar Haddad", "Dana Reyes", "Omar Haddad"])
        #expect(quotes.map(\.rule) == ["cue-after", "cue-after", "nested-quote", "cue-after"])
    }

    @Test("a tag right after the quote governs it over an earlier cue in the sentence")
    func tightTagWins() {
        let quotes = extract(["The county announced the plan on Monday, the officials said, and work starts soon. “The contract is signed,” Omar Haddad said."])
        #expect(quotes.map(\.speaker) == ["Omar Haddad"])
    }

    @Test("a pronoun takes no referent from the words after it")
    func pronounLooksBeforeItself() {
        let quotes = extract([
            "Omar Haddad, the defence lawyer, spoke after the hearing.",
            "He said Reyes is a single father of two, and a prison sentence would “ruin his family.”",
        ])
        #expect(quotes.map(\.speaker) == ["Omar Haddad"])
    }

    @Test("“…,” it said: the organisation just named")
    func itSaidIsTheOrganisation() {
        let quotes = extract([
            "The Food Safety Authority warned shoppers on Monday about the powder.",
            "“Do not eat it,” it said in a statement.",
        ])
        #expect(quotes.map(\.speaker) == ["Food Safety Authority"])
    }
}
