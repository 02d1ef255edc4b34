import ArgumentParser
import Foundation
import Ingest
import Store

/// `quotecheck show ID`
struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one quote: speaker, rule and confidence, date, source and archived copy, its paragraph with the quote marked and the one before, appearances, history.",
        discussion: HelpText.prose("""
        A quote taken out with a removed source says so on its second line ('removed:',
        with the source, who removed it and when); it is shown, but takes no verdict until
        'quotecheck sources remove --undo ID' brings it back. 'assigned:' names the
        reviewer it was given to ('quotecheck assign'), 'held by:' the reviewer who has it
        on screen in 'review' and until when (local time).

        Example:
          quotecheck show 3
        """)
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The quote's id (see 'quotecheck list').")
    var id: Int64

    func run() async throws {
        try await global.withStore { store in try await show(store) }
    }

    /// Prints the card of quote ``id`` from `store`.
    private func show(_ store: any ClaimStore) async throws {
        guard let quote = try await store.quote(id: id) else { throw CLIError.noQuote(id) }
        let history = try await store.history(quoteID: id)
        var out = StandardOutput()
        let findings = FindingText.lines(for: try await store.findings(ofQuote: id))
        defer { if !findings.isEmpty { out.write("\n" + findings.joined(separator: "\n") + "\n") } }
        let surroundings = try await store.surroundings(of: quote)
        let standing = QueueStanding(removal: try await store.removal(ofQuote: id),
                                     assignee: try await store.assignee(ofQuote: id),
                                     lease: try await store.lease(onQuote: quote.id, at: Date()))
        // On PostgreSQL the archived bytes are in the store: the card names the command that prints them.
        let archivedCopy = store is ClaimsStore
            ? ArchivedCopy.path(recorded: surroundings.archivePath, archive: global.archive)
            : surroundings.archivePath.map { "in the store: quotecheck archive \(URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent)" }
        out.write(QuoteCard.render(quote, surroundings: surroundings, standing: standing,
                                   archivedCopy: archivedCopy,
                                   appearances: try await store.appearances(ofQuote: id),
                                   history: history, colour: useColour))
    }
}

/// The text block that `show` and `review` print for a quote.
enum QuoteCard {
    /// The card of `q`: its fields, the paragraph before its own (`surroundings`), its own
    /// paragraph with the quote marked, where its source is archived, its appearances and history.
    static func render(_ q: QuoteRecord, surroundings: QuoteSurroundings, standing: QueueStanding = QueueStanding(),
                       archivedCopy: String?, appearances: [AppearanceRecord], history: [AuditEntry],
                       colour: Bool) -> String {
        var s = ""
        s += "#\(q.id)  “\(q.text)”\n"
        if let removal = standing.removal { s += "  removed:  \(QueueStanding.text(of: removal))\n" }
        s += "  speaker:  \(q.speaker ?? "(unattributed)")\(q.speakerRole.map { ", \($0)" } ?? "")\n"
        s += "  cue:      \(q.cue ?? "—")   kind: \(q.kind.rawValue)\n"
        s += "  rule:     \(q.rule ?? "—")   confidence: \(q.confidence.flatMap(ConfidenceText.string) ?? "—")\n"
        s += "  said on:  \(q.saidOn ?? "unknown") (\(q.saidOnBasis.rawValue))\n"
        s += "  source:   \(q.sourceTitle ?? "(untitled)")\(q.sourceSite.map { " — \($0)" } ?? "")\(q.publishedAt.map { ", \($0)" } ?? "")\n"
        s += "            \(q.sourceURL ?? q.sourceFile ?? "")\n"
        s += "  archive:  \(archivedCopy ?? "(no archived copy in this workbench)")\n"
        s += "  status:   \(q.status.rawValue)\(q.rating.map { ", rated \($0.rawValue)" } ?? "")"
        s += q.reviewedBy.map { " (by \($0), \(q.reviewedAt ?? ""))" } ?? ""
        s += "\n"
        s += "  version:  \(q.version)\n"
        if let assignee = standing.assignee { s += "  assigned: \(assignee)\n" }
        if let lease = standing.lease { s += "  held by:  \(QueueStanding.text(of: lease))\n" }
        if let note = q.note { s += "  note:     \(note)\n" }
        if !q.evidence.isEmpty { s += "  evidence: \(q.evidence.joined(separator: " "))\n" }
        if let context = q.context {
            if let before = surroundings.before { s += "\n" + before + "\n" }
            s += "\n" + highlight(context, start: q.start, end: q.end, colour: colour) + "\n"
        }
        let others = appearances.count - 1
        s += "\n  appearances: \(appearances.count)\(others > 0 ? " (\(counted(others, "other source")) \(others == 1 ? "carries" : "carry") it)" : "")\n"
        for a in appearances {
            s += "    source \(a.sourceID): \(a.sourceTitle ?? "(untitled)") \(a.publishedAt ?? "") \(a.sourceURL ?? a.sourceFile ?? "")\n"
        }
        if !history.isEmpty {
            s += "\n  history:\n"
            for h in history {
                s += "    \(h.at)  \(h.who)  \(h.field): \(h.oldValue ?? "∅") → \(h.newValue ?? "∅")\(h.note.map { "  (\($0))" } ?? "")\n"
            }
        }
        return s
    }

    /// The paragraph with the quoted scalars marked: reverse video in colour, ⟦…⟧ otherwise.
    static func highlight(_ text: String, start: Int?, end: Int?, colour: Bool) -> String {
        let scalars = Array(text.unicodeScalars)
        guard let start, let end, start >= 0, start <= end else { return text }
        let stop = min(end, scalars.count)
        guard start < stop else { return text }
        func str(_ r: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[r])) }
        let (open, close) = colour ? ("\u{1B}[7m", "\u{1B}[0m") : ("⟦", "⟧")
        return str(0..<start) + open + str(start..<stop) + close + str(stop..<scalars.count)
    }
}
