import Store
import Testing
@testable import Review

@Suite struct ReviewCommandTests {
    @Test(arguments: [
        (Character("v"), ReviewCommand.verdict(.verified)),
        ("m", .verdict(.misquoted)),
        ("a", .verdict(.misattributed)),
        ("o", .verdict(.outOfContext)),
        ("u", .verdict(.unverifiable)),
        ("r", .ask(.rating)),
        ("n", .ask(.note)),
        ("e", .ask(.evidence)),
        ("d", .ask(.saidOn)),
        ("t", .ask(.text)),
        ("s", .ask(.speaker)),
        ("y", .confirm),
        (" ", .skip),
        ("z", .undo),
        ("?", .help),
        ("q", .quit),
        ("\u{03}", .quit),
    ])
    func keys(key: Character, command: ReviewCommand) {
        #expect(ReviewCommand.parse(key: key) == command)
    }

    @Test func unknownKeysSaySo() {
        #expect(ReviewCommand.parse(key: "x") == .unknown("unknown key 'x': press ? for help"))
    }

    @Test func fAcceptsTheFinding() {
        #expect(ReviewCommand.parse(key: "f") == .acceptFinding)
        #expect(ReviewCommand.parse(line: "f") == .acceptFinding)
    }

    @Test(arguments: [
        ("v", ReviewCommand.verdict(.verified)),
        ("  m  ", .verdict(.misquoted)),
        ("", .skip),
        ("space", .skip),
        ("r false", .rating(.false)),
        ("r mostly-true", .rating(.mostlyTrue)),
        ("r", .ask(.rating)),
        ("n some note, with words", .note("some note, with words")),
        ("e https://example.com/a?b=c", .evidence("https://example.com/a?b=c")),
        ("d 2024-04-30", .saidOn("2024-04-30")),
        ("t We will win", .text("We will win")),
        ("s Jane Doe", .speaker("Jane Doe")),
        ("q", .quit),
        ("z", .undo),
    ])
    func lines(line: String, command: ReviewCommand) {
        #expect(ReviewCommand.parse(line: line) == command)
    }

    @Test func badLinesSaySo() {
        #expect(ReviewCommand.parse(line: "r maybe") == .unknown(
            "unknown rating 'maybe': use one of true, mostly-true, half-true, mostly-false, false, unproven"))
        #expect(ReviewCommand.parse(line: "v now") == .unknown("'v' takes no argument"))
        #expect(ReviewCommand.parse(line: "verify") == .unknown("unknown command 'verify': press ? for help"))
        #expect(ReviewCommand.parse(line: "e ") == .ask(.evidence))
    }

    @Test func answersToPrompts() {
        #expect(ReviewCommand.parse(answer: "half-true\n", for: .rating) == .rating(.halfTrue))
        #expect(ReviewCommand.parse(answer: "", for: .note) == .note(""))
        #expect(ReviewCommand.parse(answer: "", for: .rating) == .rating(nil))
        #expect(ReviewCommand.parse(answer: " ", for: .evidence) == .unknown("no evidence URL given"))
        #expect(ReviewCommand.parse(answer: "", for: .speaker) == .unknown("no speaker name given"))
    }
}
