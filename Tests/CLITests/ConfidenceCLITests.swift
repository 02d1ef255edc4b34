import Foundation
import Testing

/// Rule and confidence through the binary: merged from an export, listed,
/// shown, and ordering `review --order confidence` on piped input.
@Suite("Rule and confidence, run as real processes", .serialized)
struct ConfidenceCLITests {
    /// One line of `export --format jsonl` for a made-up quote of one made-up source.
    static func exportLine(id: Int, text: String, speaker: String, rule: String?, confidence: String) -> String {
        let context = "\u{201C}\(text)\u{201D} \(speaker) said."
        let end = 1 + text.unicodeScalars.count
        let ruleJSON = rule.map { "\"\($0)\"" } ?? "null"
        return """
            {"id":\(id),"text":"\(text)","kind":"direct","speaker":"\(speaker)","speaker_role":null,\
            "speaker_id":\(id),"cue":"said","rule":\(ruleJSON),"confidence":\(confidence),"said_on":null,\
            "said_on_basis":"unknown","source_id":1,"source_url":null,"source_file":"made-up.html",\
            "source_title":"Made up","source_site":null,"published_at":null,"paragraph":\(id - 1),"start":1,\
            "end":\(end),"context":"\(context)","status":"unreviewed","rating":null,"note":null,"evidence":[],\
            "reviewed_by":null,"reviewed_at":null,"appearances":1,"source_sha256":"\(String(repeating: "c", count: 64))",\
            "appearances_detail":[{"source_id":1,"sha256":"\(String(repeating: "c", count: 64))",\
            "imported_at":"2024-05-01T12:00:00.000Z","position":\(id - 1),"paragraph":\(id - 1),"start":1,\
            "end":\(end),"context":"\(context)"}],"history":[]}
            """
    }

    /// A workbench holding four quotes, ids 1…4, with confidences 0.70, 0.20, none and 0.45.
    static func workbench() throws -> String {
        let wb = try CLI.workbench()
        let lines = [
            exportLine(id: 1, text: "We will build the bridge.", speaker: "Jane Smith", rule: "after-cue", confidence: "0.70"),
            exportLine(id: 2, text: "The budget is balanced.", speaker: "Bob Jones", rule: "pronoun", confidence: "0.20"),
            exportLine(id: 3, text: "Nobody asked us.", speaker: "Ann Lee", rule: nil, confidence: "null"),
            exportLine(id: 4, text: "Taxes will fall.", speaker: "Jane Smith", rule: "paragraph-subject", confidence: "0.45"),
        ]
        let file = (wb as NSString).appendingPathComponent("made-up.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let imported = try CLI.run(["--workbench", wb, "import", file])
        #expect(imported.status == 0, "\(imported.stderr)")
        return wb
    }

    @Test("piped review --order confidence walks the least certain first, the quote without a confidence last")
    func pipedReviewInConfidenceOrder() throws {
        let wb = try Self.workbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let review = try CLI.run(["--workbench", wb, "review", "--order", "confidence", "--reviewer", "ana"],
                                 input: "v\n\nm\n")
        #expect(review.status == 0, "\(review.stderr)")
        let shown = review.stdout.split(separator: "\n").filter { $0.hasPrefix("> #") }.map { $0.prefix(4) }
        #expect(shown == ["> #2", "> #4", "> #1", "> #3"])
        // Quitting and coming back resumes at the least certain quote still unreviewed (#4 was skipped).
        let resumed = try CLI.run(["--workbench", wb, "review", "--order", "confidence", "--reviewer", "ana"],
                                  input: "q\n")
        #expect(resumed.stdout.hasPrefix("> #4 Jane Smith"))
        // The default order is untouched.
        let plain = try CLI.run(["--workbench", wb, "review", "--reviewer", "ana"], input: "q\n")
        #expect(plain.stdout.hasPrefix("> #3 Ann Lee"))
        #expect(try CLI.run(["--workbench", wb, "review", "--order", "surprise"], input: "q\n").status == 64)
    }

    @Test("on a terminal, review --order confidence shows the least certain first, with its rule and confidence")
    func terminalReviewInConfidenceOrder() throws {
        let wb = try Self.workbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let pty = try PseudoTerminal(["--workbench", wb, "review", "--order", "confidence", "--reviewer", "pat"])
        var at = try pty.waitFor("#2  “The budget is balanced.”")
        at = try pty.waitFor("rule:     pronoun   confidence: 0.20", from: at)
        pty.send("v")
        at = try pty.waitFor("#4  “Taxes will fall.”", from: at)
        at = try pty.waitFor("rule:     paragraph-subject   confidence: 0.45", from: at)
        pty.send("q")
        #expect(try pty.waitForExit() == 0)
        #expect(pty.settingsRestored())
    }

    @Test("list and export carry rule and confidence; show prints them")
    func recordsAndShow() throws {
        let wb = try Self.workbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let rows = try jsonLines(try CLI.run(["--workbench", wb, "list", "--format", "jsonl"]).stdout)
        #expect(rows.map { $0["rule"] as? String } == ["after-cue", "pronoun", nil, "paragraph-subject"])
        #expect(rows.map { $0["confidence"] as? Double } == [0.7, 0.2, nil, 0.45])
        #expect(rows[2]["confidence"] is NSNull)
        let listed = try CLI.run(["--workbench", wb, "list", "--format", "jsonl"]).stdout
        #expect(listed.contains(#""cue":"said","rule":"pronoun","confidence":0.20,"said_on":null"#))
        let exported = try CLI.run(["--workbench", wb, "export", "--status", "all", "--format", "jsonl"]).stdout
        #expect(exported.contains(#""rule":"after-cue","confidence":0.70,"#))
        let shown = try CLI.run(["--workbench", wb, "show", "4"])
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("  rule:     paragraph-subject   confidence: 0.45\n"))
        #expect(try CLI.run(["--workbench", wb, "show", "3"]).stdout.contains("  rule:     —   confidence: —\n"))
    }

    @Test("an export whose confidence lies outside 0…1 is refused, naming the line and the field")
    func outOfRangeRefused() throws {
        let wb = try CLI.workbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let file = (wb as NSString).appendingPathComponent("bad.jsonl")
        try (Self.exportLine(id: 1, text: "Too sure.", speaker: "Jane Smith", rule: "after-cue", confidence: "1.5")
            + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let imported = try CLI.run(["--workbench", wb, "import", file])
        #expect(imported.status == 1)
        #expect(imported.stderr.contains("line 1: field 'confidence' is 1.5, not a number from 0 to 1"), "\(imported.stderr)")
    }
}
