import Foundation
import Testing

/// `quotecheck review` on a real pseudo-terminal: keys in, the screen and the store checked.
@Suite("review on a pseudo-terminal")
struct ReviewPTYTests {
    /// The audit trail of a quote.
    static func history(_ wb: String, _ id: Int) throws -> [[String: Any]] {
        try jsonLines(try CLI.run(["--workbench", wb, "history", String(id), "--format", "jsonl"]).stdout)
    }

    @Test("v verifies and moves on, z undoes and shows the quote again, ? shows the keys, q exits 0 and restores the terminal")
    func verifyUndoHelpQuit() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let pty = try PseudoTerminal(["--workbench", wb, "review", "--reviewer", "pat"])
        var at = try pty.waitFor("#1  “common understanding”")
        at = try pty.waitFor("also in:  0 other sources", from: 0)
        pty.send("v")
        at = try pty.waitFor("#2  “just a concept”", from: at)
        #expect(try CLI.quotesByID(wb)[1]?["status"] as? String == "verified")
        #expect(try CLI.quotesByID(wb)[1]?["reviewed_by"] as? String == "pat")

        pty.send("z")
        at = try pty.waitFor("#1  “common understanding”", from: at)
        #expect(try CLI.quotesByID(wb)[1]?["status"] as? String == "unreviewed")
        let trail = try Self.history(wb, 1)
        #expect(trail.map { $0["to"] as? String } == ["verified", "unreviewed"])
        #expect(trail.last?["note"] as? String == "undo")

        pty.send("?")
        at = try pty.waitFor("z undo last change", from: at)
        pty.send("x")  // any key leaves the help
        at = try pty.waitFor("#1  “common understanding”", from: at)
        pty.send("q")
        #expect(try pty.waitForExit() == 0)
        #expect(pty.output.hasSuffix("\u{1B}[?1049l"), "the alternate screen is left last")
        #expect(pty.settingsRestored())
    }

    @Test("Ctrl-C ends the review with exit 0 and the terminal as it was")
    func controlC() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let pty = try PseudoTerminal(["--workbench", wb, "review", "--reviewer", "pat"])
        try pty.waitFor("#1  “common understanding”")
        pty.send("\u{03}")
        #expect(try pty.waitForExit() == 0)
        #expect(pty.settingsRestored())
        #expect(try CLI.quotesByID(wb).values.allSatisfy { $0["status"] as? String == "unreviewed" })
    }

    @Test("quitting and coming back resumes at the next unreviewed quote of the same filter")
    func resumes() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let first = try PseudoTerminal(["--workbench", wb, "review", "--speaker", "Volodymyr Zelenskyy"])
        let at = try first.waitFor("#4  “right approach”")
        first.send("m")
        try first.waitFor("#5  “sensitive points”", from: at)
        first.send("q")
        #expect(try first.waitForExit() == 0)
        let second = try PseudoTerminal(["--workbench", wb, "review", "--speaker", "Volodymyr Zelenskyy"])
        try second.waitFor("#5  “sensitive points”")
        second.send("q")
        #expect(try second.waitForExit() == 0)
    }

    @Test("a 10×3 window and resizes down to 1×1 draw without crashing; keys still work")
    func tinyWindow() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let pty = try PseudoTerminal(["--workbench", wb, "review", "--reviewer", "pat"], columns: 10, rows: 3)
        var at = try pty.waitFor("\u{1B}[3;1Hv m a o u\u{1B}[K")  // the third and last row: the keys, cut
        let drawn = pty.output.matches(of: /\x1B\[(\d+);1H([^\x1B]*)\x1B\[K/).map { (Int($0.1) ?? 0, String($0.2)) }
        #expect(drawn.map(\.0) == [1, 2, 3])
        #expect(drawn.allSatisfy { $0.1.count <= 10 }, "\(drawn)")
        #expect(drawn.first?.1 == "#1 ")
        for (columns, rows) in [(1, 1), (3, 2), (200, 60), (10, 3)] as [(UInt16, UInt16)] {
            pty.resize(columns: columns, rows: rows)
            at = try pty.waitFor("\u{1B}[H", from: at)  // redrawn
        }
        pty.send("v")
        try pty.waitFor("#2  “just", from: at)
        pty.send("q")
        #expect(try pty.waitForExit() == 0)
        #expect(try CLI.quotesByID(wb)[1]?["status"] as? String == "verified")
    }

    @Test("a resize redraws the screen at the new size")
    func resizeRedraws() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let pty = try PseudoTerminal(["--workbench", wb, "review"], columns: 80, rows: 24)
        let at = try pty.waitFor("#1  “common understanding”")
        #expect(!pty.output.contains("\u{1B}[40;1H"))
        pty.resize(columns: 120, rows: 40)
        try pty.waitFor("\u{1B}[40;1H", from: at)  // the 40th row is drawn now
        pty.send("q")
        #expect(try pty.waitForExit() == 0)
    }

    @Test("NO_COLOR: no colour or video attributes, the quote marked with ⟦…⟧; without it the quote is in reverse video")
    func noColour() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let plain = try PseudoTerminal(["--workbench", wb, "review"], environment: ["NO_COLOR": "1"])
        try plain.waitFor("⟦common understanding⟧")
        plain.send("q")
        #expect(try plain.waitForExit() == 0)
        #expect(plain.output.firstMatch(of: /\x1B\[[0-9;]*m/) == nil, "no SGR sequence with NO_COLOR")

        let coloured = try PseudoTerminal(["--workbench", wb, "review"])
        try coloured.waitFor("\u{1B}[7mcommon understanding\u{1B}[27m")
        coloured.send("q")
        #expect(try coloured.waitForExit() == 0)
    }

    @Test("n and s open a one-line editor: the note is stored, the speaker is reassigned and audited")
    func lineEditors() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let pty = try PseudoTerminal(["--workbench", wb, "review", "--reviewer", "pat"])
        var at = try pty.waitFor("#1  “common understanding”")
        pty.send("n")
        at = try pty.waitFor("note: ", from: at)
        pty.send("on tapx\u{7F}e, 1:02\r")
        at = try pty.waitFor("note:     on tape, 1:02", from: at)
        pty.send("s")
        at = try pty.waitFor("speaker (name): U.S. and Ukrainian officials", from: at)
        pty.send("\u{15}Jane Doe\r")  // the editor opens on the current name: Ctrl-U erases it
        at = try pty.waitFor("speaker:  Jane Doe", from: at)
        pty.send("q")
        #expect(try pty.waitForExit() == 0)
        let quote = try #require(try CLI.quotesByID(wb)[1])
        #expect(quote["note"] as? String == "on tape, 1:02")
        #expect(quote["speaker"] as? String == "Jane Doe")
        let speakerEntry = try #require(try Self.history(wb, 1).first { $0["field"] as? String == "speaker" })
        #expect(speakerEntry["from"] as? String == "U.S. and Ukrainian officials")
        #expect(speakerEntry["to"] as? String == "Jane Doe")
        #expect(speakerEntry["who"] as? String == "pat")
    }

    @Test("a verdict on a quote someone else changed meanwhile is refused, shows their change, and is given on the second press")
    func conflictIsShownThenConfirmed() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let pty = try PseudoTerminal(["--workbench", wb, "review", "--reviewer", "pat"])
        var at = try pty.waitFor("#1  “common understanding”")
        let other = try CLI.run(["--workbench", wb, "mark", "1", "--status", "misquoted", "--reviewer", "bob"])
        #expect(other.status == 0)
        pty.send("v")
        at = try pty.waitFor("bob set status unreviewed → misquoted", from: at)
        #expect(try CLI.quotesByID(wb)[1]?["status"] as? String == "misquoted", "refused, not recorded")
        pty.send("v")
        try pty.waitFor("#2  “just a concept”", from: at)
        pty.send("q")
        #expect(try pty.waitForExit() == 0)
        #expect(try CLI.quotesByID(wb)[1]?["status"] as? String == "verified")
        #expect(try Self.history(wb, 1).map { $0["who"] as? String } == ["bob", "pat"])
    }

    @Test("every editor opens with the current value: Enter keeps it, keys edit it, Escape cancels, erasing clears")
    func editorsOpenWithTheCurrentValue() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let pty = try PseudoTerminal(["--workbench", wb, "review", "--reviewer", "pat"], environment: ["NO_COLOR": "1"])
        var at = try pty.waitFor("#1  “common understanding”")
        pty.send("n")
        at = try pty.waitFor("note: ", from: at)
        pty.send("on tape\r")
        at = try pty.waitFor("note:     on tape", from: at)

        // n then Enter keeps the note; d then Enter keeps the date; r, s, t, e open on their values too.
        pty.send("n")
        at = try pty.waitFor("note: on tape", from: at)
        pty.send("\r")
        at = try pty.waitFor("note kept", from: at)
        pty.send("d")
        at = try pty.waitFor("said on (YYYY-MM-DD): 2025-11-24", from: at)
        pty.send("\r")
        at = try pty.waitFor("date kept", from: at)
        pty.send("s")
        at = try pty.waitFor("speaker (name): U.S. and Ukrainian officials", from: at)
        pty.send("\r")
        at = try pty.waitFor("speaker kept", from: at)
        pty.send("t")
        at = try pty.waitFor("quote text: common understanding", from: at)
        pty.send("\u{1B}")
        at = try pty.waitFor("cancelled: nothing changed", from: at)
        var quote = try #require(try CLI.quotesByID(wb)[1])
        #expect(quote["note"] as? String == "on tape")
        #expect(quote["said_on"] as? String == "2025-11-24")
        #expect(quote["text"] as? String == "common understanding")
        #expect(quote["speaker"] as? String == "U.S. and Ukrainian officials")

        // Home, End, arrows, Delete, Ctrl-W and Alt-Backspace edit the value in place.
        pty.send("n")
        at = try pty.waitFor("note: on tape", from: at)
        pty.send("\u{1B}[HChecked \u{1B}[F, 1:02\u{1B}[D\u{1B}[3~\u{1B}[C9\r")
        at = try pty.waitFor("note:     Checked on tape, 1:09", from: at)
        pty.send("n")
        at = try pty.waitFor("note: Checked on tape, 1:09", from: at)
        pty.send("\u{17}\u{1B}\u{7F}video 核实了\r")
        at = try pty.waitFor("note:     Checked on video 核实了", from: at)

        // Escape after erasing changes nothing; erasing and Enter clears.
        pty.send("n")
        at = try pty.waitFor("note: Checked on video 核实了", from: at)
        pty.send("\u{15}")
        at = try pty.waitFor("note: \u{1B}[K", from: at)
        pty.send("\u{1B}")
        at = try pty.waitFor("cancelled: nothing changed", from: at)
        #expect(try CLI.quotesByID(wb)[1]?["note"] as? String == "Checked on video 核实了")
        pty.send("n")
        at = try pty.waitFor("note: Checked on video", from: at)
        pty.send("\u{15}\r")
        at = try pty.waitFor("verdict:  unreviewed", from: at)
        pty.send("q")
        #expect(try pty.waitForExit() == 0)
        quote = try #require(try CLI.quotesByID(wb)[1])
        #expect(quote["note"] is NSNull)
        let notes = try Self.history(wb, 1).filter { $0["field"] as? String == "note" }.map { $0["to"] as? String }
        #expect(notes == ["on tape", "Checked on tape, 1:09", "Checked on video 核实了", nil])
    }

    /// The columns a screen row takes: CJK ideographs and fullwidth forms two, the rest one.
    static func columns(_ row: String) -> Int {
        row.unicodeScalars.reduce(0) { width, scalar in
            width + ((0x3000...0x9FFF).contains(scalar.value) || (0xFF00...0xFF60).contains(scalar.value) ? 2 : 1)
        }
    }

    @Test("a quote in Chinese wraps by display width: no row wider than the screen, no character lost, no word split",
          arguments: [40, 80])
    func wideCharactersWrap(columns: Int) throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let text = "我们已经就和平计划的框架达成了共识，基辅争取到了对早前泄露草案的修改 said the negotiating teams in Geneva on Sunday"
        let set = try CLI.run(["--workbench", wb, "review", "--reviewer", "pat"], input: "t \(text)\nq\n")
        #expect(set.status == 0, "\(set.stderr)")
        let pty = try PseudoTerminal(["--workbench", wb, "review", "--reviewer", "pat"], columns: UInt16(columns),
                                     rows: 24, environment: ["NO_COLOR": "1"])
        try pty.waitFor("\u{1B}[?25l")  // one whole screen drawn
        let rows = pty.output.matches(of: /\x1B\[(\d+);1H([^\x1B]*)\x1B\[K/).prefix(24).map { String($0.2) }
        #expect(rows.count == 24)
        for row in rows { #expect(Self.columns(row) <= columns, "\(row.debugDescription) is wider than \(columns)") }
        let card = rows.prefix { !$0.hasPrefix("speaker:") }
        #expect(card.count > 1, "the quote takes more than one row: \(rows)")
        #expect(card.joined().filter { $0 != " " } == "#1“\(text)”".filter { $0 != " " }, "every character is drawn")
        let cardWords = Set(card.flatMap { $0.split(separator: " ").map(String.init) })
        for word in ["said", "the", "negotiating", "teams", "Geneva", "Sunday”"] {
            #expect(cardWords.contains(word), "\(word) is split: \(Array(card))")
        }
        pty.send("q")
        #expect(try pty.waitForExit() == 0)
    }
}
