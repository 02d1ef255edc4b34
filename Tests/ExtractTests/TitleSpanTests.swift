import Testing
@testable import Extract

/// Quotation marks around the name of a show or a work are not speech.
@Suite("Titles in quotation marks")
struct TitleSpanTests {
    @Test("a title-case span after “on”, “of” or an owner's possessive names a show, not words said", arguments: [
        "Speaking on Sunday’s edition of “Meet the Press,” Dana Reyes said the plan was “dead.”",
        "Appearing on CBS’s “Face the Nation” on Sunday, Dana Reyes said the plan was “dead.”",
        "In an interview on “Fox News Sunday,” Dana Reyes said the plan was “dead.”",
        "Dana Reyes, speaking on ABC’s “This Week,” called the plan “dead.”",
    ])
    func showTitles(sentence: String) {
        let quotes = extract(["The county budget stalled.", sentence])
        #expect(quotes.map(\.text) == ["dead"])
        #expect(quotes.map(\.speaker) == ["Dana Reyes"])
    }

    @Test("speech in capitals after a cue, and a lower-case span after “of”, stay quotes", arguments: [
        ("Dana Reyes said: “We Will Win.”", "We Will Win."),
        ("Dana Reyes spoke of “a plan nobody wants” at the meeting.", "a plan nobody wants"),
    ])
    func notTitles(sentence: String, text: String) {
        let quotes = extract(["The county budget stalled.", sentence])
        #expect(quotes.map(\.text) == [text])
    }

    @Test("title case: two to six capitalised words, small words aside, no sentence's end", arguments: [
        ("Face the Nation", true), ("Fox News Sunday,", true), ("Meet the Press", true),
        ("Today", false), ("We Will Win.", false), ("a plan nobody wants", false), ("One Two Three Four Five Six Seven", false),
    ])
    func titleCase(text: String, isTitle: Bool) {
        #expect(Attributor.isTitleCase(text) == isTitle)
    }
}
