import Foundation
import Store

/// What the quote page shows, read from the store; every string is escaped by the template.
struct QuotePage {
    /// A URL and whether it may be a link.
    struct Link { var url: String; var isLink: Bool }
    /// The quote's own fields.
    struct QuoteView {
        var id: Int64, text: String, speaker: String, speakerRole: String?, saidOn: String, saidOnBasis: String
        var status: String, rating: String?, note: String?, reviewedBy: String?, reviewedAt: String?
        var evidence: [Link], source: SourceView, archived: Bool, rule: String, confidence: String
    }
    /// The quote's first source.
    struct SourceView { var title: String, site: String?, published: String?, url: String?, isLink: Bool }
    /// The paragraph cut around the quote.
    struct Paragraph { var head: String, marked: String, tail: String }
    /// An option of a select.
    struct Option { var value: String, label: String, selected: Bool }
    /// One other source carrying the claim.
    struct AppearanceView { var title: String, published: String?, url: String?, isLink: Bool }
    /// One corroboration finding, with what accepting it records: its suggested status and its passage as evidence.
    struct FindingView {
        var id: Int64, kind: String, score: String, speaker: String?, text: String, diff: String
        var suggestedStatus: String, evidence: String
        /// The first (best) finding: the one the `f` key accepts, as in the terminal.
        var isBest: Bool
    }
    /// One audit entry.
    struct HistoryView { var at: String, who: String, field: String, from: String, to: String, undo: Bool }
    /// The conflict box: the other reviewer's changes and the posted fields to give anyway.
    struct Conflict {
        struct Change { var who: String, field: String, from: String, to: String, at: String }
        struct Field { var name: String, value: String }
        var quoteID: Int64, version: Int64, csrf: String, changes: [Change], fields: [Field]
    }

    var quote: QuoteView
    var version: Int64
    var csrf: String
    var position: Int
    var total: Int
    var before: String?
    var paragraph: Paragraph?
    var ratings: [Option]
    var appearances: [AppearanceView]
    var appearanceCount: Int
    var findings: [FindingView]
    var history: [HistoryView]
    var conflict: Conflict?
    var message: String?
    var messageClass = "notice"
    var showKeys = false

    /// The page of quote `id` as the store has it now; `nil` when there is no such quote.
    static func load(id: Int64, store: any ClaimStore, csrf: String,
                     archived: (QuoteRecord, String?) async throws -> Bool) async throws -> QuotePage? {
        guard let snapshot = try await store.snapshot(ofQuote: id) else { return nil }
        let quote = snapshot.quote
        let surroundings = try await store.surroundings(of: quote)
        let ids = try await store.quoteIDs(matching: QuoteFilter())
        let archivedFlag = try await archived(quote, surroundings.archivePath)
        let source = SourceView(title: quote.sourceTitle ?? "(untitled)", site: quote.sourceSite, published: quote.publishedAt,
                                url: quote.sourceURL, isLink: LinkRule.isLink(quote.sourceURL))
        let view = QuoteView(
            id: quote.id, text: quote.text, speaker: quote.speaker ?? "(unknown speaker)", speakerRole: quote.speakerRole,
            saidOn: quote.saidOn ?? "unknown", saidOnBasis: quote.saidOnBasis.rawValue, status: quote.status.rawValue,
            rating: quote.rating?.rawValue, note: quote.note, reviewedBy: quote.reviewedBy, reviewedAt: quote.reviewedAt,
            evidence: quote.evidence.map { Link(url: $0, isLink: LinkRule.isLink($0)) }, source: source,
            archived: archivedFlag, rule: quote.rule ?? "none",
            confidence: quote.confidence.map { String(format: "%.2f", $0) } ?? "n/a")
        // The list shows the rating as it is; choosing "(no rating)" on a rated quote takes the rating away.
        var ratings = [Option(value: "", label: "(no rating)", selected: quote.rating == nil)]
        ratings += Rating.allCases.map { Option(value: $0.rawValue, label: $0.rawValue, selected: $0 == quote.rating) }
        let appearances = try await store.appearances(ofQuote: id).map {
            AppearanceView(title: $0.sourceTitle ?? $0.sourceFile ?? "(untitled)", published: $0.publishedAt,
                           url: $0.sourceURL, isLink: LinkRule.isLink($0.sourceURL))
        }
        let findings = try await store.findings(ofQuote: id).enumerated().map { index, finding in
            FindingView(id: finding.id, kind: finding.kind.rawValue, score: String(format: "%.2f", finding.score),
                        speaker: finding.primarySpeaker, text: finding.primaryText, diff: finding.diff,
                        suggestedStatus: finding.kind.suggestedStatus.rawValue, evidence: finding.evidenceURL, isBest: index == 0)
        }
        let history = try await store.history(quoteID: id).map {
            HistoryView(at: $0.at, who: $0.who, field: $0.field, from: $0.oldValue ?? "∅", to: $0.newValue ?? "∅", undo: $0.isUndo)
        }
        return QuotePage(quote: view, version: snapshot.version, csrf: csrf, position: (ids.firstIndex(of: id) ?? 0) + 1,
                         total: ids.count, before: surroundings.before,
                         paragraph: surroundings.paragraph.map { cut($0, start: quote.start, end: quote.end) },
                         ratings: ratings, appearances: appearances, appearanceCount: appearances.count,
                         findings: findings, history: history)
    }

    /// The paragraph split at the quote's offsets (Unicode scalars); the whole of it unmarked when they do not fit.
    static func cut(_ paragraph: String, start: Int?, end: Int?) -> Paragraph {
        let scalars = Array(paragraph.unicodeScalars)
        guard let start, let end, start >= 0, start <= end, end <= scalars.count else {
            return Paragraph(head: paragraph, marked: "", tail: "")
        }
        func text(_ range: Range<Int>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            return String(view)
        }
        return Paragraph(head: text(0..<start), marked: text(start..<end), tail: text(end..<scalars.count))
    }
}
