import Extract
import Store
import Testing
@testable import Review

/// What the review's `e` and `d` keys accept: only web addresses and real days.
@Suite struct ReviewKeyInputTests {
    @Test(arguments: ["2025-02-30", "2023-02-29", "2024-04-31", "2024-13-01", "yesterday", "30/04/2024"])
    func impossibleDaysAreRefusedNamingTheKey(day: String) {
        #expect(ReviewCommand.parse(line: "d \(day)")
                == .unknown("'d': '\(day)' is not a day of the calendar (write it YYYY-MM-DD)"))
        #expect(ReviewCommand.parse(answer: day, for: .saidOn) == .unknown(
            "'d': '\(day)' is not a day of the calendar (write it YYYY-MM-DD)"))
    }

    @Test func realDaysAndTheEmptyAnswerAreTaken() {
        #expect(ReviewCommand.parse(line: "d 2024-02-29") == .saidOn("2024-02-29"))
        #expect(ReviewCommand.parse(answer: "", for: .saidOn) == .saidOn(""))
    }

    @Test(arguments: ["not a url", "javascript:alert(1)", "ftp://files.example/a", "example.org/page"])
    func evidenceThatIsNotAWebAddressIsRefused(url: String) {
        #expect(ReviewCommand.parse(answer: url, for: .evidence)
                == .unknown("'e': '\(url)' is not an absolute http or https URL"))
    }

    @Test func aMinusTakesEvidenceOut() {
        #expect(ReviewCommand.parse(line: "e -https://a.example/1") == .removeEvidence("https://a.example/1"))
        #expect(ReviewCommand.parse(answer: "- https://a.example/1", for: .evidence) == .removeEvidence("https://a.example/1"))
        #expect(ReviewCommand.parse(answer: "-", for: .evidence) == .unknown("no evidence URL given"))
        var session = ReviewSession(filter: .all, reviewer: "ann",
                                    current: QuoteRecord(id: 7, text: "x", kind: .direct, sourceID: 1), version: 3)
        #expect(session.handle(.removeEvidence("https://a.example/1"))
                == .record(7, VerdictChange(removedEvidence: ["https://a.example/1"]), expecting: 3))
    }
}
