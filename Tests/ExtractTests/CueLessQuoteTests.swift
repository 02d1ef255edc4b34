import Testing
@testable import Extract

/// Quotes whose speaker the sentence gives without a plain "said": the
/// paragraph's subject, a colon lead, manner verbs, and slips in the marks.
@Suite("Quotes without a plain cue")
struct CueLessQuoteTests {
    @Test("a bare quote after a sentence whose subject is a person belongs to that person, not the last speaker")
    func bareQuoteAfterAParagraphSubject() {
        let quotes = extract([
            "“I do not see a role for the Gateway,” said Tom Young, a former NASA official.",
            "Jim Bridenstine expects to produce three rockets through 2024. “Adding another one into the mix — I’m not confident that could happen.”",
        ])
        #expect(quotes.map(\.speaker) == ["Tom Young", "Jim Bridenstine"])
    }

    @Test("a subject with a parenthesis after the name (R-AL) is still the subject a pronoun refers to")
    func subjectWithParenthesis() {
        let quotes = extract([
            "“I do not see a role for the Gateway,” said Tom Young, a former NASA official.",
            "At a hearing last month, Rep. Robert Aderholt (R-AL), ranking member of the subcommittee, pushed for more launches.",
            "“I understand there is a growing confidence among the contractors,” he said.",
        ])
        #expect(quotes.map(\.speaker) == ["Tom Young", "Robert Aderholt"])
    }

    @Test("a quote opening its sentence in the paragraph of the last quote, with no cue or name after it, continues that voice")
    func continuesTheParagraphsSpeaker() {
        let quotes = extract([
            "“Anything we wrote had to have a hint of Scotland,” Mary Steenburgen said. “So I called one of my best friends, a Scottish woman,” a detail that dovetails with the film.",
        ])
        #expect(quotes.map(\.speaker) == ["Mary Steenburgen", "Mary Steenburgen"])
    }

    @Test("an opening mark met by another opening mark was a slip: the quotes after it still count")
    func openerSlipDoesNotSwallowTheParagraph() {
        let quotes = extract([
            "Director Tom Harper waited for the song.",
            "At the last minute, a sample came in called “Glasgow (“No Place Like Home”). “It grabbed me by the heart,” he said. “It just connected.”",
        ])
        #expect(quotes.map(\.text) == ["It grabbed me by the heart,", "It just connected."])
        #expect(quotes.map(\.speaker) == ["Tom Harper", "Tom Harper"])
    }

    @Test("manner verbs attribute speech (“…,” McDowell laughed), and so does “As Neil Gaiman put it, …”")
    func mannerVerbsAndPutIt() {
        let quotes = extract([
            "“I’m not gonna lie, the accordion playing drives me nuts,” Charlie McDowell laughed.",
            "As Neil Gaiman put it, “Had he written five books in that world, he would’ve been famous.”",
        ])
        #expect(quotes.map(\.speaker) == ["Charlie McDowell", "Neil Gaiman"])
    }

    @Test("a sentence with no cue that leads into the quote with a colon: its named subject speaks")
    func colonLead() {
        let quotes = extract([
            "Jessie Buckley, who phoned in from the set of “Fargo,” had a similar experience: “It was just that immediate feeling.”",
            "Here are the highlights: “a soaring anthem for the last scene.”",
        ])
        #expect(quotes.map(\.speaker) == ["Jessie Buckley"])
        #expect(quotes.first?.cue == ":")
    }
}

/// Shapes of attribution around a question and its answer, and around a clause opener.
@Suite("Questions, answers and clause openers")
struct QuestionAnswerTests {
    @Test("a reporter asked X, “…?” then “…,” she replied: the reporter, then the woman asked")
    func questionAndAnswer() {
        let quotes = extract([
            "The state has sworn in its first Native American justice, Raquel Montoya-Lewis.",
            "“Many will focus on the historic nature of this appointment,” Gov. Jay Inslee said.",
            "At a press conference, a reporter asked Montoya-Lewis, “What is the biggest problem in the courts?”",
            "“The biggest hurdle is getting people to understand that we all bring biases,” she replied.",
        ])
        #expect(quotes.map(\.speaker) == ["Jay Inslee", "a reporter", "Raquel Montoya-Lewis"])
    }

    @Test("as X herself said, “…”; “…,” Levy said, but “…”; and “…” Name. as a sentence of its own")
    func reflexiveClauseOpenerAndBareName() {
        let quotes = extract([
            "While it is newsworthy, as Raquel Montoya-Lewis herself said, “The most important thing is that I not be the last.”",
            "None of the buyers were charged, prosecutor Joshua Levy said, but “this investigation is just getting going.”",
            "Verizon’s Shaygan Kheradpir showed the app. \"We have to start the engineering somewhere.\" Kheradpir. \"The iPad is ideal for this.\"",
        ])
        #expect(quotes.map(\.speaker) == ["Raquel Montoya-Lewis", "Joshua Levy", "Shaygan Kheradpir", "Shaygan Kheradpir"])
    }
}

/// Nicknames, words held at a distance and subheadings are not quotes.
@Suite("Not quotes: nicknames, scare words, subheadings")
struct NotQuoteTests {
    @Test("a quoted subheading, a nickname after 'dubbed' or 'known as the', and one word between an article and a noun")
    func nicknamesAndHeadings() {
        let quotes = extract([
            "“My role was not some irregular channel, but the official channel,” Kurt Volker told lawmakers.",
            "6. \"The Gordon problem\"",
            "He said his predecessor, Fiona Hill, had dubbed Sondland's role as \"the Gordon problem.\"",
            "He denied that they formed an \"irregular\" channel, for which they were known as the \"Three Amigos.\"",
        ])
        #expect(quotes.map(\.text) == ["My role was not some irregular channel, but the official channel,"])
    }

    @Test("one word between an article and a noun is still a quote right after a cue: warn against a “one-size-fits-all” approach")
    func wordAfterACue() {
        let quotes = extract(["Chris Grayling used his speech to warn against a “one-size-fits-all” approach to lockdowns."])
        #expect(quotes.map(\.text) == ["one-size-fits-all"])
        #expect(quotes.map(\.speaker) == ["Chris Grayling"])
    }
}

/// First-person words carried, adjectives that look like names, and signs.
@Suite("First person, compound adjectives and signs")
struct FirstPersonTests {
    @Test("words in the first person after the paragraph's quote stay with its speaker, past a 'Kroger-owned' adjective")
    func firstPersonContinues() {
        let quotes = extract([
            "“I was shocked to see that level,” said Tyler Besecker, president of Seattle-based Besecker Company. The price, matched at Kroger-owned QFC stores last week, is “as low as I’ve ever seen.”",
        ])
        #expect(quotes.map(\.speaker) == ["Tyler Besecker", "Tyler Besecker"])
        #expect(quotes.last?.text == "as low as I’ve ever seen")
    }

    @Test("a sign is not a speaker: “…,” reads one; New signs appeared …: “…”")
    func signsAreNotSpeakers() {
        let quotes = extract([
            "New signs in stores appeared this month, spelling out the offer: “New lower prices. Same high standards,” reads one, against a picture of carrots.",
        ])
        #expect(quotes.isEmpty)
    }

    @Test("a cue word used as a noun does not stop a colon lead: from a boat to the counter: “…”")
    func nounCueInAColonLead() {
        let quotes = extract([
            "Bob Alverson has fished the Bering Sea for decades.",
            "Alverson summed up the journey from a wooden boat to the counter of a store: “It’s Seattle old school meets Seattle new school.”",
        ])
        #expect(quotes.map(\.speaker) == ["Bob Alverson"])
    }
}
