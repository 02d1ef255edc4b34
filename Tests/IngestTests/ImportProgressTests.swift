import Testing
@testable import Ingest

@Suite("The import's progress line: bar, rate, time left")
struct ImportProgressTests {
    @Test("the line for a run under way, at its start and at its end", arguments: [
        (ImportProgress(done: 90, total: 300, elapsed: .seconds(2), current: "pages/p90.html"),
         "[######--------------] 90/300  45.0 pages/s  5s left  pages/p90.html"),
        (ImportProgress(done: 0, total: 300, elapsed: .zero, current: "pages/p00.html"),
         "[--------------------] 0/300  pages/p00.html"),
        (ImportProgress(done: 1000, total: 100_000, elapsed: .seconds(3), current: nil),
         "[--------------------] 1000/100000  333 pages/s  4m57s left"),
        (ImportProgress(done: 10, total: 100_000, elapsed: .seconds(1), current: nil),
         "[--------------------] 10/100000  10.0 pages/s  2h46m left"),
        (ImportProgress(done: 300, total: 300, elapsed: .milliseconds(1500), current: nil),
         "[####################] 300/300  200 pages/s  0s left"),
    ])
    func line(_ progress: ImportProgress, _ expected: String) {
        #expect(progress.line(columns: 120) == expected)
    }

    @Test("a narrow terminal gets the line cut with … one column short of its width")
    func narrow() {
        let progress = ImportProgress(done: 90, total: 300, elapsed: .seconds(2), current: "pages/a-very-long-name.html")
        let line = progress.line(columns: 40)
        #expect(line.count == 39)
        #expect(line.hasSuffix("…"))
        #expect(line == "[######--------------] 90/300  45.0 pa…")
    }

    @Test("no rate and no time left before anything is done or before any time has passed")
    func unknownRate() {
        #expect(ImportProgress(done: 0, total: 5, elapsed: .seconds(4)).pagesPerSecond == nil)
        #expect(ImportProgress(done: 2, total: 5, elapsed: .zero).secondsLeft == nil)
        #expect(ImportProgress(done: 2, total: 5, elapsed: .seconds(1)).secondsLeft == 1.5)
    }

    @Test("times left read as seconds, minutes and hours, rounded up", arguments: [
        (0.2, "1s"), (59.0, "59s"), (60.0, "1m00s"), (125.5, "2m06s"), (3600.0, "1h00m"), (7384.0, "2h03m"),
    ])
    func duration(_ seconds: Double, _ text: String) {
        #expect(ImportProgress.duration(seconds) == text)
    }
}
