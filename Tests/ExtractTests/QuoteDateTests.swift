import Testing
@testable import Extract

@Suite("Quote dates from the article around the quote")
struct QuoteDateTests {
    @Test("every day a text names, back references included")
    func daysNamed() {
        let days = DateText.days(in: "Talks ran since Monday, with a vote on Nov. 3 and a recount two days ago", publication: "2025-11-26")
        #expect(Set(days) == ["2025-11-24", "2025-11-03"])
        #expect(DateText.days(in: "Prices rose last week", publication: "2025-11-26").isEmpty)
    }

    @Test("an article about one occasion dates the quotes after it: “at Monday night’s meeting”")
    func occasionDay() {
        let quotes = extract([
            "“The numbers work,” said Dana Whitfield, the county planning director.",
            "Residents who spoke at Monday night’s meeting were divided over the harbour plan.",
            "“This will change the waterfront for good,” said one resident during public comment.",
            "“We cannot afford it,” said another resident.",
        ])
        #expect(quotes.map(\.saidOn) == ["2025-11-26", "2025-11-24", "2025-11-24"])
        #expect(quotes.map(\.saidOnBasis) == [.publication, .relative, .relative])
    }

    @Test("no occasion day when the article names a second day, when the day names no occasion, when the occasion is still to come", arguments: [
        "Residents who spoke at Monday night’s meeting were divided. The board first took up the plan on Friday.",
        "The county began surveying the harbour on Monday.",
        "Residents will speak at Monday’s hearing, which is expected to run late.",
    ])
    func noOccasionDay(context: String) {
        let quotes = extract([
            "The county board approved the harbour plan.",
            context,
            "“We cannot afford it,” said Dana Whitfield, a resident.",
        ])
        #expect(quotes.map(\.saidOn) == ["2025-11-26"])
        #expect(quotes.map(\.saidOnBasis) == [.publication])
    }

    @Test("the day of an occasion the words were said at dates them (“at Tuesday’s briefing”); a possessive day anywhere else names a thing", arguments: [
        ("“We will not raise fares,” Dana Whitfield said at Tuesday’s briefing.", "2025-11-25", DateBasis.relative),
        ("“We will not raise fares,” Dana Whitfield said during Monday's hearing.", "2025-11-24", .relative),
        ("At Monday’s meeting, Dana Whitfield said the fares would stay “where they are.”", "2025-11-24", .relative),
        ("Dana Whitfield called Monday’s vote “a sham.”", "2025-11-26", .publication),
        ("Dana Whitfield said Monday’s hearing was “a circus.”", "2025-11-26", .publication),
        ("Speaking on Sunday’s edition of the program, Dana Whitfield called the fares “fair.”", "2025-11-23", .relative),
        ("Dana Whitfield commented on Tuesday’s vote, calling it “a sham.”", "2025-11-26", .publication),
    ])
    func occasionPossessiveDay(sentence: String, day: String, basis: DateBasis) {
        let quotes = extract(["The county board approved the harbour plan.", sentence])
        #expect(quotes.map(\.saidOn) == [day])
        #expect(quotes.map(\.saidOnBasis) == [basis])
    }

    @Test("the weekend is a period, not a day: “over the weekend”, “last weekend”, “this weekend”", arguments: [
        "“We will not raise fares,” Dana Whitfield said over the weekend.",
        "“We will not raise fares,” Dana Whitfield said last weekend.",
        "Dana Whitfield said this weekend that fares would stay “where they are.”",
    ])
    func weekendIsAPeriod(sentence: String) {
        let quotes = extract(["The county board approved the harbour plan.", sentence])
        #expect(quotes.map(\.saidOn) == [nil])
        #expect(quotes.map(\.saidOnBasis) == [.period])
    }

    @Test("a day counted back from another the article tells of is no day: “a day earlier”, “the day before”", arguments: [
        "“We will not raise fares,” Dana Whitfield said a day earlier.",
        "A day earlier, Dana Whitfield had said: “We will not raise fares.”",
        "Two days before, Dana Whitfield said fares would stay “where they are.”",
        "Dana Whitfield said the previous day that fares would stay “where they are.”",
        "“We will not raise fares,” Dana Whitfield said the night before the vote.",
    ])
    func countedBackFromAnotherDay(sentence: String) {
        let quotes = extract(["The county board approved the harbour plan on Wednesday.", sentence])
        #expect(quotes.map(\.saidOn) == [nil])
        #expect(quotes.map(\.saidOnBasis) == [.period])
    }

    @Test("a weekday in the sentence still dates it; “before” a body or an event alone counts nothing back", arguments: [
        ("“We will not raise fares,” Dana Whitfield said Tuesday, a day before the vote.", "2025-11-25"),
        ("“We will not raise fares,” Dana Whitfield said before the vote.", "2025-11-26"),
        ("“We will not raise fares,” Dana Whitfield told the board before the vote.", "2025-11-26"),
    ])
    func weekdayBeforeAnotherDay(sentence: String, day: String) {
        let quotes = extract(["The county board approved the harbour plan.", sentence])
        #expect(quotes.map(\.saidOn) == [day])
    }

    @Test("a quote given in an interview is not dated by the occasion")
    func interviewAwayFromOccasion() {
        let quotes = extract([
            "The county board approved the harbour plan.",
            "Residents who spoke at Monday night’s meeting were divided over it.",
            "“It was a circus,” Dana Whitfield said in an interview.",
        ])
        #expect(quotes.map(\.saidOn) == ["2025-11-26"])
    }

    @Test("the speaker's dated speech in the paragraph before dates the quote that opens the next")
    func previousParagraphDay() {
        let quotes = extract([
            "Inspectors found the leak on Nov. 3, and Maria Lopez, the plant manager, admitted to them that the valve had failed.",
            "“We missed it,” Lopez told the inspectors. “It will not happen again.”",
        ])
        #expect(quotes.map(\.saidOn) == ["2025-11-03", "2025-11-03"])
        #expect(quotes.first?.saidOnBasis == .explicit)
    }

    @Test("no day from the paragraph before when that day names a thing: “the Nov. 3 inspection”")
    func attributiveDay() {
        let quotes = extract([
            "Maria Lopez runs the plant.",
            "Lopez also said she was surprised by questions about the Nov. 3 inspection.",
            "“Nobody told me,” Lopez said.",
        ])
        #expect(quotes.map(\.saidOn) == ["2025-11-26"])
    }

    @Test("no day from the paragraph before when it reports someone else's words")
    func someoneElsesDay() {
        let quotes = extract([
            "Inspectors found the leak on Nov. 3, and the plant manager admitted that the valve had failed.",
            "“Nobody told us,” said Tom Reyes, an engineer at the plant.",
        ])
        #expect(quotes.map(\.saidOn) == ["2025-11-26"])
    }

    @Test("a period is found by its four gated patterns exactly where the one whole pattern finds it")
    func periodsAsOnePattern() {
        let whole = /\b(last|earlier this|this past|previous) (week|month|year|summer|spring|autumn|fall|winter)\b|\bin (january|february|march|april|may|june|july|august|september|october|november|december)\b|\bin (19|20)\d\d\b|\b(january|february|march|april|may|june|july|august|september|october|november|december) (19|20)\d\d\b/
        let pieces = ["last", "earlier this", "this past", "previous", "blast", "week", "weeks", "fall", "in", "within", "main",
                      "march", "marches", "may", "2019", "1999", "20199", "2019s", "20", "said", "’s", ",", "  ", "é"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0 ..< 4000 {
            let text = (0 ..< Int.random(in: 1 ... 6, using: &generator))
                .map { _ in pieces.randomElement(using: &generator)! }.joined(separator: Bool.random(using: &generator) ? " " : "")
            #expect(DateText.namesPeriod(text) == text.contains(whole), "\(text)")
        }
        for text in ["he said last week", "in march", "in 2019", "march 2019", "in marching", "blast week", "in 20199"] {
            #expect(DateText.namesPeriod(text) == text.contains(whole), "\(text)")
        }
    }
}

/// Dates from statements and persons referred back to.
@Suite("Quote dates from statements and the paragraph before")
struct StatementDateTests {
    @Test("“…,” Chilton said in that statement: the day the statement was released")
    func saidInThatStatement() {
        let quotes = extract([
            "Boeing is bidding. In a statement released November 5, the company said it had submitted a proposal.",
            "“We have developed the fewest steps to the Moon,” Jim Chilton, a Boeing vice president, said in that statement.",
        ])
        #expect(quotes.map(\.saidOn) == ["2025-11-05"])
        #expect(quotes.map(\.saidOnBasis) == [.explicit])
    }

    @Test("a period of things to come in the sentence before does not date the quote; a past one does")
    func periodBefore() {
        let quotes = extract([
            "Gwynne Shotwell said lunar missions could begin in 2022. Such missions would carry cargo, but she said they could serve as a “nice stepping stone” to crewed flights.",
            "Mike Caudevilla first ventured into the forums in April 2013. “I was curious,” he wrote.",
        ])
        #expect(quotes.map(\.saidOn) == ["2025-11-26", nil])
        #expect(quotes.map(\.saidOnBasis) == [.publication, .period])
    }

    @Test("“the Conservative MP said” refers back to the person last named as a subject")
    func personReference() {
        let quotes = extract([
            "Chris Grayling warned on Monday that the sector faces “mass job cuts” around the country.",
            "Speaking in the Commons, the Conservative MP said: “It does not need to be like this.”",
        ])
        #expect(quotes.map(\.speaker) == ["Chris Grayling", "Chris Grayling"])
    }
}

/// "The president said" after another person became the subject.
@Suite("People referred back to by their title")
struct TitleReferenceTests {
    @Test("“…,” the president said: the person whose role holds the noun, not the last subject")
    func thePresident() {
        let quotes = extract([
            "President Barack Obama met the committee on Monday. Senator Jane Smith criticised the plan.",
            "“We will not wait for Congress,” the president said.",
        ])
        #expect(quotes.map(\.speaker) == ["Barack Obama"])
    }
}
