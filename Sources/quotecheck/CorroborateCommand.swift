import ArgumentParser
import Corroborate
import Export
import Foundation
import Store

/// `quotecheck corroborate`
struct CorroborateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corroborate",
        abstract: "Check reported quotes against primary records: verbatim, misquoted, truncated, spliced, misattributed.",
        discussion: HelpText.prose("""
        Primary records are the sources imported as transcripts (detected XML) or with
        'import --primary'. Every other quote is compared with their statements: those of the
        quoted speaker and of anyone else (to catch misattribution), said within --window days
        of the quote's day (undated quotes and statements are always compared). Findings are
        stored (replacing those of the previous run against the same sources) and printed;
        'show' and 'review' display them, and no verdict changes until a reviewer accepts one.
        The diff goes from the record to the quote: [-in the record only-] {+in the quote only+}.

        Examples:
          quotecheck import --primary sources/hansard-2025-03-12.xml
          quotecheck corroborate
          quotecheck corroborate --against 4 --window 7 --format jsonl
        """)
    )

    @OptionGroup var global: GlobalOptions

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Compare only with these primary sources (ids, see 'quotecheck sources').", valueName: "SOURCE_ID"))
    var against: [Int64] = []

    @Option(help: ArgumentHelp("Compare with statements said at most DAYS days before or after the quote.", valueName: "DAYS"))
    var window: Int = 30

    /// `--format table|jsonl|csv` and `--limit N` (the findings printed; all are stored).
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if window < 0 { throw ValidationError("--window takes zero or more days, not \(window)") }
    }

    func run() async throws {
        try await global.withStore { store in try await corroborate(store) }
    }

    /// Compares the reported quotes of `store` (either backend) with its primary records and stores the findings.
    private func corroborate(_ store: any ClaimStore) async throws {
        let sources = against.isEmpty ? nil : against
        for id in against {
            guard let source = try await store.source(id: id) else { throw StoreError.noSource(id) }
            if source.kind != .transcript && !source.isPrimary {
                printError("note: source \(id) is not a primary record (import it with --primary); comparing anyway")
            }
        }
        let statements = try await store.primaryStatements(inSources: sources).map { s in
            PrimaryStatement(id: s.quoteID, sourceID: s.sourceID, sourceSHA256: s.sourceSHA256, speaker: s.speaker,
                             speakerID: s.speakerID, saidOn: s.saidOn, text: s.text)
        }
        let quotes = try await store.reportedQuotes().map { q in
            ReportedQuote(id: q.quoteID, text: q.text, speaker: q.speaker, speakerID: q.speakerID, saidOn: q.saidOn)
        }
        if statements.isEmpty {
            printError("note: nothing to compare against: there are no primary records (import a transcript, or a source with --primary)")
        }
        let corroborator = Corroborator(statements: statements, options: CorroborationOptions(windowDays: window))
        let findings = corroborator.findings(for: quotes)
        try await store.replaceFindings(findings.map(\.newFinding), againstSources: sources, at: Date())

        let shown = output.limited(findings)
        let summary = Self.summary(quotes: quotes.count, statements: statements.count,
                                   words: corroborator.wordCount, findings: findings)
        var out = StandardOutput()
        switch output.chosenFormat {
        case .jsonl:
            for finding in shown { out.write(finding.jsonLine + "\n") }
            printError(summary)
        case .csv:
            let writer = CSVWriter()
            out.write(writer.line(Finding.csvHeader))
            for finding in shown { out.write(writer.line(finding.csvFields)) }
            printError(summary)
        case .table:
            let rows = shown.map { f in
                [String(f.quoteID), f.kind.rawValue, String(format: "%.2f", f.score), f.speaker ?? "—",
                 String(f.sourceID), f.diff.isEmpty ? f.passage : f.diff]
            }
            out.write(renderTable(header: ["QUOTE", "FINDING", "SCORE", "SAID BY (RECORD)", "SRC", "DIFF (RECORD → QUOTE) OR PASSAGE"],
                                  rows: rows, widths: [5, 13, 5, 22, 4, 80]))
            out.write(summary + "\n")
        }
    }
}

extension CorroborateCommand {
    /// "checked 5 quotes against 3 statements (120 words): 4 findings (1 verbatim, …)".
    static func summary(quotes: Int, statements: Int, words: Int, findings: [Finding]) -> String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        var counts: [String] = []
        for kind in FindingKind.allCases {
            let n = findings.filter { $0.kind == kind }.count
            if n > 0 { counts.append("\(n) \(kind.rawValue)") }
        }
        let detail: String = counts.isEmpty ? "" : " (" + counts.joined(separator: ", ") + ")"
        return "checked " + plural(quotes, "quote") + " against " + plural(statements, "statement")
            + " (" + plural(words, "word") + "): " + plural(findings.count, "finding") + detail
    }
}

extension Finding {
    /// The finding as the store keeps it.
    var newFinding: NewFinding {
        NewFinding(quoteID: quoteID, kind: FindingRecord.Kind(rawValue: kind.rawValue) ?? .misquoted, score: score,
                   primarySourceID: sourceID, primaryQuoteID: statementID, primarySpeaker: speaker,
                   primaryText: passage, primaryStart: start, primaryEnd: end, diff: diff)
    }

    /// The CSV columns: the JSON Lines record's fields, in the same order.
    static let csvHeader = ["quote_id", "finding", "score", "primary_source_id", "primary_speaker", "primary_text",
                            "diff", "primary_sha256", "primary_start", "primary_end"]

    /// One CSV row under ``csvHeader``.
    var csvFields: [String?] {
        [String(quoteID), kind.rawValue, String(score), String(sourceID), speaker, passage, diff, sourceSHA256,
         String(start), String(end)]
    }

    /// One JSON Lines record: quote_id, finding, score, primary_source_id,
    /// primary_speaker, primary_text, diff, then primary_sha256, primary_start, primary_end.
    var jsonLine: String {
        let members: [(String, String)] = [
            ("quote_id", String(quoteID)), ("finding", jsonString(kind.rawValue)), ("score", String(score)),
            ("primary_source_id", String(sourceID)), ("primary_speaker", speaker.map(jsonString) ?? "null"),
            ("primary_text", jsonString(passage)), ("diff", jsonString(diff)),
            ("primary_sha256", jsonString(sourceSHA256)), ("primary_start", String(start)), ("primary_end", String(end)),
        ]
        return "{" + members.map { jsonString($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }
}

/// A JSON string literal (the project's one escaper, in Store).
func jsonString(_ value: String) -> String {
    jsonStringLiteral(value)
}
