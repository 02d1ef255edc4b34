import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The review desk on a real pseudo-terminal: "n of N", the confirmation line, `b`, scrolling,
/// the key bar at 40 columns, the paragraph before, `w`, Ctrl-Z, and TERM=dumb.
@Suite("review desk on a pseudo-terminal")
struct ReviewDeskPTYTests {
    /// The rows of the first whole screen drawn after byte offset `from` (row number, text).
    static func rows(_ pty: PseudoTerminal, from offset: Int = 0) -> [(Int, String)] {
        let text = String(decoding: Array(pty.output.utf8).dropFirst(offset), as: UTF8.self)
        return text.matches(of: /\x1B\[(\d+);1H([^\x1B]*)\x1B\[K/).map { (Int($0.1) ?? 0, String($0.2)) }
    }

    @Test("the screen shows n of N, confirms a verdict on the next quote's screen, and b goes back")
    func positionConfirmationAndBack() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let pty = try PseudoTerminal(["--workbench", wb, "review", "--reviewer", "pat"], environment: ["NO_COLOR": "1"])
        var at = try pty.waitFor("#1  “common understanding”")
        at = try pty.waitFor("1 of 7", from: 0)
        pty.send("v")
        at = try pty.waitFor("#2  “just a concept”", from: at)
        at = try pty.waitFor("2 of 7   #1 verified", from: 0)
        pty.send(" ")
        at = try pty.waitFor("3 of 7", from: at)
        #expect(!Self.rows(pty, from: at).contains { $0.1.contains("#1 verified") }, "the confirmation lasts one screen")
        pty.send("b")
        at = try pty.waitFor("#2  “just a concept”", from: at)
        pty.send("b")
        at = try pty.waitFor("#1  “common understanding”", from: at)
        at = try pty.waitFor("1 of 7", from: at)
        pty.send("b")
        at = try pty.waitFor("no quote before this one", from: at)
        pty.send("u")  // the verdict on the quote brought back replaces the first
        at = try pty.waitFor("#1 unverifiable", from: at)
        pty.send("q")
        #expect(try pty.waitForExit() == 0)
        #expect(try CLI.quotesByID(wb)[1]?["status"] as? String == "unverifiable")
    }

    @Test("the paragraph before the quote's paragraph is on the screen, above it")
    func paragraphBefore() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let pty = try PseudoTerminal(["--workbench", wb, "review"], columns: 120, rows: 40, environment: ["NO_COLOR": "1"])
        try pty.waitFor("\u{1B}[?25l")
        let rows = Self.rows(pty).map(\.1)
        let before = try #require(rows.firstIndex { $0.hasPrefix("The announcement comes amid reports") }, "\(rows)")
        let quote = try #require(rows.firstIndex { $0.contains("⟦common understanding⟧") })
        #expect(before < quote)
        pty.send("q")
        #expect(try pty.waitForExit() == 0)
    }

    @Test("a card longer than the window says so and PageDown and PageUp scroll it")
    func pageDownScrolls() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let long = (1...40).map { "word\($0)" }.joined(separator: " ")
        let set = try CLI.run(["--workbench", wb, "review", "--reviewer", "pat"], input: "n \(long) lastword\nq\n")
        #expect(set.status == 0, "\(set.stderr)")
        let pty = try PseudoTerminal(["--workbench", wb, "review"], columns: 40, rows: 14, environment: ["NO_COLOR": "1"])
        var at = try pty.waitFor("↓ more (PgDn)")
        at = try pty.waitFor("\u{1B}[?25l", from: at)
        #expect(!pty.output.contains("Kushner"), "the end of the paragraph is out of view")
        #expect(!pty.output.contains("↑ more"))
        pty.send("\u{1B}[6~")
        at = try pty.waitFor("↑ more (PgUp)", from: at)
        for _ in 0..<6 { pty.send("\u{1B}[6~") }
        at = try pty.waitFor("Kushner.", from: at)
        pty.send("\u{1B}[5~")
        pty.send("\u{1B}[A")
        for _ in 0..<10 { pty.send("\u{1B}[5~") }
        at = try pty.waitFor("#1  “common understanding”", from: at)
        pty.send("q")
        #expect(try pty.waitForExit() == 0)
    }

    @Test("at 40 columns the key bar wraps: every key is on the screen and no row is wider")
    func keyBarAt40Columns() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let pty = try PseudoTerminal(["--workbench", wb, "review"], columns: 40, rows: 24, environment: ["NO_COLOR": "1"])
        try pty.waitFor("\u{1B}[?25l")
        let rows = Self.rows(pty).prefix(24)
        #expect(rows.map(\.0) == Array(1...24))
        #expect(rows.allSatisfy { ReviewPTYTests.columns($0.1) <= 40 }, "\(rows)")
        let bottom = rows.suffix(4).map(\.1).joined(separator: "\n")
        for key in ["v m a o u verdict", "r n e s d t edit", "f finding", "space skip", "b back", "z undo",
                    "w page", "? help", "q quit"] {
            #expect(bottom.contains(key), "\(key) is missing from the key bar: \(bottom)")
        }
        pty.send("q")
        #expect(try pty.waitForExit() == 0)
    }

    @Test("TERM=dumb gets the line mode: one command per line, no full-screen drawing")
    func dumbTerminal() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let pty = try PseudoTerminal(["--workbench", wb, "review", "--reviewer", "pat"], environment: ["TERM": "dumb"])
        var at = try pty.waitFor("> #1 U.S. and Ukrainian officials: “common understanding”")
        pty.send("v\n")
        at = try pty.waitFor("#1 verified", from: at)
        at = try pty.waitFor("> #2 ", from: at)
        pty.send("q\n")
        #expect(try pty.waitForExit() == 0)
        #expect(!pty.output.contains("\u{1B}[?1049h"), "no alternate screen")
        #expect(try CLI.quotesByID(wb)[1]?["status"] as? String == "verified")
    }

    @Test("w opens the archived page with $BROWSER (given its path); without $BROWSER it shows the path")
    func openArchivedPage() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let script = URL(fileURLWithPath: wb).appendingPathComponent("browser.sh")
        let opened = URL(fileURLWithPath: wb).appendingPathComponent("opened.txt")
        try "#!/bin/sh\nprintf '%s' \"$1\" > '\(opened.path).tmp' && mv '\(opened.path).tmp' '\(opened.path)'\n"
            .write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)

        let pty = try PseudoTerminal(["--workbench", wb, "review"], columns: 200, rows: 30,
                                     environment: ["NO_COLOR": "1", "BROWSER": script.path])
        var at = try pty.waitFor("archive:  ")
        pty.send("w")
        at = try pty.waitFor("opened with \(script.path)", from: at)
        // The browser is not waited for: its file appears when it has run.
        let deadline = Date().addingTimeInterval(30)
        while !FileManager.default.fileExists(atPath: opened.path), Date() < deadline { usleep(20_000) }
        let path = try String(contentsOf: opened, encoding: .utf8)
        #expect(path.contains("/sources/archive/") && path.hasSuffix(".html"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path))
            == Data(contentsOf: CLI.repository.appendingPathComponent(sample)))
        pty.send("q")
        #expect(try pty.waitForExit() == 0)

        let plain = try PseudoTerminal(["--workbench", wb, "review"], columns: 200, rows: 30,
                                       environment: ["NO_COLOR": "1", "BROWSER": ""])
        at = try plain.waitFor("#1  “common understanding”")
        plain.send("w")
        try plain.waitFor("archived copy: \(path)", from: at)
        plain.send("q")
        #expect(try plain.waitForExit() == 0)
    }

    @Test("Ctrl-Z restores the terminal and stops; continued, the review takes the terminal back and redraws")
    func suspendAndResume() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let pty = try PseudoTerminal(["--workbench", wb, "review", "--reviewer", "pat"], ownProcessGroup: true)
        var at = try pty.waitFor("#1  “common understanding”")
        pty.send("\u{1A}")
        #expect(pty.waitForStop(), "the review stopped itself")
        at = try pty.waitFor("\u{1B}[?1049l", from: at)
        #expect(pty.settingsRestored(), "the shell gets its terminal back while stopped: \(pty.settingsReport())")
        kill(pty.pid, SIGCONT)
        at = try pty.waitFor("\u{1B}[?1049h", from: at)
        at = try pty.waitFor("#1  “common understanding”", from: at)
        pty.send("v")
        try pty.waitFor("#2  “just a concept”", from: at)
        pty.send("q")
        #expect(try pty.waitForExit() == 0)
        #expect(pty.settingsRestored())
        #expect(try CLI.quotesByID(wb)[1]?["status"] as? String == "verified")
    }
}
