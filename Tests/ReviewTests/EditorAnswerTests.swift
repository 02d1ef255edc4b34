import Store
import Testing
@testable import Review

/// What an editor's answer, or a piped line, means for each field.
@Suite struct EditorAnswerTests {
    @Test("Enter on the value shown keeps it: no command, for every field")
    func enterKeeps() {
        for field in ReviewField.allCases {
            #expect(ReviewCommand.commands(editing: field, from: "as shown", to: "as shown").isEmpty)
            #expect(ReviewCommand.commands(editing: field, from: "", to: "").isEmpty)
            #expect(ReviewCommand.commands(editing: field, from: "x", to: " x ").isEmpty)
        }
    }

    @Test("an erased rating, note or date clears it; the words and the speaker cannot be erased")
    func erasing() {
        #expect(ReviewCommand.commands(editing: .note, from: "old", to: "") == [.note("")])
        #expect(ReviewCommand.commands(editing: .saidOn, from: "2025-11-24", to: "") == [.saidOn("")])
        #expect(ReviewCommand.commands(editing: .text, from: "words", to: "")
            == [.unknown("the quote text cannot be empty")])
        #expect(ReviewCommand.commands(editing: .speaker, from: "Jane", to: "") == [.unknown("no speaker name given")])
        #expect(ReviewCommand.commands(editing: .rating, from: "false", to: "") == [.rating(nil)])
    }

    @Test("an edited value is passed on as the field's command")
    func editing() {
        #expect(ReviewCommand.commands(editing: .note, from: "on tape", to: "on tape, 1:02") == [.note("on tape, 1:02")])
        #expect(ReviewCommand.commands(editing: .rating, from: "", to: "half-true") == [.rating(.halfTrue)])
        #expect(ReviewCommand.commands(editing: .saidOn, from: "2025-11-24", to: "2025-11-25") == [.saidOn("2025-11-25")])
        #expect(ReviewCommand.commands(editing: .speaker, from: "Trump", to: "Donald Trump") == [.speaker("Donald Trump")])
        #expect(ReviewCommand.commands(editing: .text, from: "We win", to: "We will win") == [.text("We will win")])
    }

    @Test("evidence: each URL added is added; taking one out is refused, nothing changes")
    func evidence() {
        #expect(ReviewCommand.commands(editing: .evidence, from: "https://a", to: "https://a https://b https://c")
            == [.evidence("https://b"), .evidence("https://c")])
        #expect(ReviewCommand.commands(editing: .evidence, from: "https://a https://b", to: "https://b")
            == [.unknown("evidence cannot be taken out in the review (quotecheck mark ID --remove-evidence URL does); nothing changed")])
    }

    @Test("each editor opens with the quote's current value")
    func currentValues() {
        var quote = ReviewSessionTests.quote
        quote.note = "n"
        quote.rating = .mostlyFalse
        quote.saidOn = "2025-11-24"
        quote.evidence = ["https://a", "https://b"]
        #expect(ReviewField.note.value(of: quote) == "n")
        #expect(ReviewField.rating.value(of: quote) == "mostly-false")
        #expect(ReviewField.saidOn.value(of: quote) == "2025-11-24")
        #expect(ReviewField.evidence.value(of: quote) == "https://a https://b")
        #expect(ReviewField.text.value(of: quote) == "We will win")
        #expect(ReviewField.speaker.value(of: quote) == "Jane Smith")
    }

    @Test("piped: 'r -', 'n -' and 'd -' clear; '-' for another field is refused")
    func clearToken() {
        #expect(ReviewCommand.parse(line: "n -") == .note(""))
        #expect(ReviewCommand.parse(line: "d -") == .saidOn(""))
        #expect(ReviewCommand.parse(line: "r -") == .rating(nil))
        #expect(ReviewCommand.parse(line: "n -5% drop") == .note("-5% drop"))
        #expect(ReviewCommand.parse(line: "t -")
            == .unknown("'t -' clears nothing: only the rating (r), the note (n) and the date (d) can be cleared"))
        #expect(ReviewCommand.parse(line: "n") == .ask(.note))
    }
}
