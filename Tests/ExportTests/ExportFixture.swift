import Extract
import Foundation
import Store

/// A small workbench shared by the export tests: two articles, four claims,
/// verdicts with ratings, evidence, an undo, values that need escaping, and
/// attribution rules and confidences (one claim without).
enum ExportFixture {
    /// 2024-05-01T12:00:00Z, and minutes after it.
    static func moment(_ minutes: Double = 0) -> Date {
        Date(timeIntervalSince1970: 1_714_564_800 + minutes * 60)
    }

    static let paragraphA = "\u{201C}We will win, again.\u{201D} Mayor Jane Smith said. The City Council wrote: \u{201C}=2+2\u{201D}."
    static let paragraphB = "Smith repeated: \u{201C}We will win, again!\u{201D} Bob Jones: \u{201C}Line one\nline two, \"quoted\"\u{201D}"

    static func quote(_ text: String, by speaker: String?, type: SpeakerType? = .person, role: String? = nil,
                      aliases: [String] = [], saidOn: String? = "2024-04-30", rule: String? = nil,
                      confidence: Double? = nil, in context: String) -> Quote {
        let scalars = Array(context.unicodeScalars)
        let target = Array(text.unicodeScalars)
        var start = 0
        while start + target.count <= scalars.count, Array(scalars[start..<start + target.count]) != target { start += 1 }
        return Quote(text: text, kind: .direct, speaker: speaker, speakerRole: role, speakerType: type,
                     speakerAliases: aliases, cue: "said", saidOn: saidOn, saidOnBasis: saidOn == nil ? .unknown : .explicit,
                     paragraph: 0, start: start, end: start + target.count, context: context,
                     rule: rule, confidence: confidence)
    }

    /// The fixture store.
    static func store() throws -> ClaimsStore {
        let store = try ClaimsStore.inMemory()
        _ = try store.importSource(
            NewSource(sha256: String(repeating: "a", count: 64), file: "sources/a.html", byteCount: 120,
                      archivePath: "/wb/sources/archive/aaaa.html", importedAt: moment()),
            article: Article(canonicalURL: "https://news.example/a", title: "Vote \"day\"", site: "News",
                             authors: ["A. Writer"], publishedAt: "2024-05-01T09:00:00+02:00", language: "en",
                             paragraphs: [paragraphA, "Second, plain."]),
            quotes: [
                quote("We will win, again.", by: "Jane Smith", role: "Mayor", aliases: ["Smith"],
                      rule: "after-cue", confidence: 0.95, in: paragraphA),
                quote("=2+2", by: "City Council", type: .organisation, saidOn: nil, rule: "colon-lead",
                      confidence: 0.6, in: paragraphA),
            ])
        _ = try store.importSource(
            NewSource(sha256: String(repeating: "b", count: 64), file: "sources/b.html", byteCount: 80,
                      archivePath: "/wb/sources/archive/bbbb.html", importedAt: moment(1)),
            article: Article(title: "Follow-up", site: "News", publishedAt: "2024-05-02",
                             paragraphs: [paragraphB]),
            quotes: [
                // A later appearance of claim 1, found by another rule: the claim keeps its first one.
                quote("We will win, again!", by: "Jane Smith", rule: "paragraph-subject", confidence: 0.3,
                      in: paragraphB),
                quote("Line one\nline two, \"quoted\"", by: "Bob Jones", rule: "colon-lead", confidence: 0.854,
                      in: paragraphB),
                quote("Line one\nline two, \"quoted\"", by: nil, type: nil, saidOn: nil, in: paragraphB),
            ])
        let ids = try store.quotes(matching: .all).map(\.id)
        try store.recordVerdict(quoteID: ids[0], change: VerdictChange(status: .verified, rating: .mostlyTrue,
                                note: "on tape, 1:02", evidence: "https://a.example/1"), reviewer: "ann", at: moment(2))
        try store.recordVerdict(quoteID: ids[0], change: VerdictChange(evidence: "https://a.example/2"),
                                reviewer: "ann", at: moment(3))
        try store.recordVerdict(quoteID: ids[1], change: VerdictChange(status: .misquoted, rating: .false),
                                reviewer: "bob", at: moment(4))
        try store.recordVerdict(quoteID: ids[2], change: VerdictChange(status: .verified), reviewer: "bob", at: moment(5))
        try store.undoLastChange(by: "bob", at: moment(6))
        try store.recordVerdict(quoteID: ids[3], change: VerdictChange(status: .unverifiable, rating: .unproven,
                                note: "-no tape"), reviewer: "cy", at: moment(7))
        return store
    }
}
