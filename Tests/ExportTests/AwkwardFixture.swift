import Extract
import Foundation
import Store

/// A store of awkward values for the exports' differential and golden tests:
/// quotes with `"`, commas, CR/LF, tabs, control characters, U+2028/2029,
/// emoji, formula starts and edge spaces; null fields; many evidence URLs;
/// claims in several sources; a transcript; a removed source (its only claim
/// left out); a claim joined into another by a speaker merge (trails together);
/// an undo; every status; speakers with aliases. Every time is fixed.
enum AwkwardFixture {
    /// 2025-12-01T08:00:00Z, and minutes after it.
    static func moment(_ minutes: Double = 0) -> Date {
        Date(timeIntervalSince1970: 1_764_576_000 + minutes * 60)
    }

    static let paragraphA = "Mayor Jane Smith said: \u{201C}We will win, again.\u{201D} The council wrote \u{201C}=SUM(A1:A9)\u{201D}, "
        + "then \u{201C}Line one\nline two,\t\"quoted\"\r\nend\u{201D} came from Bob Jones."
    static let paragraphB = "Zo\u{EB} \u{DC}nal: \u{201C}Control \u{01}\u{1F}\u{7F} and \u{2028} sep \u{2029} and emoji \u{1F9EA}\u{1F469}\u{200D}\u{1F52C} \u{E9}\u{201D}"
    static let paragraphC = "Someone wrote \u{201C}+1 for @them -now\u{201D} and \u{201C} leading and trailing space \u{201D} and \u{201C}\\backslash\\ path C:\\x\u{201D}."
    static let transcript = "SMITH: We will win, again! And: Transcript words, \u{201C}nested\u{201D}."
    static let gone = "Bob Jones: \u{201C}Gone quote\u{201D}. Smith: \u{201C}We will win, again\u{201D}."
    static let french = "\u{AB} Mais oui, naturellement \u{BB}, dit Zo\u{EB} \u{DC}nal. Jane S.: \u{201C}We will win, again\u{201D}."

    /// A quote found in `context` (offsets in Unicode scalars; 0 when the words are not there verbatim).
    static func quote(_ text: String, by speaker: String?, type: SpeakerType? = .person, role: String? = nil,
                      aliases: [String] = [], saidOn: String? = "2025-11-25", kind: QuoteKind = .direct,
                      rule: String? = "after-cue", confidence: Double? = 0.9, paragraph: Int = 0,
                      in context: String) -> Quote {
        let scalars = Array(context.unicodeScalars)
        let target = Array(text.unicodeScalars)
        var start = 0
        while start + target.count <= scalars.count, Array(scalars[start..<start + target.count]) != target { start += 1 }
        if start + target.count > scalars.count { start = 0 }
        return Quote(text: text, kind: kind, speaker: speaker, speakerRole: role, speakerType: type,
                     speakerAliases: aliases, cue: speaker == nil ? nil : "said", saidOn: saidOn,
                     saidOnBasis: saidOn == nil ? .unknown : .explicit,
                     paragraph: paragraph, start: start, end: start + target.count, context: context,
                     rule: rule, confidence: confidence)
    }

    /// The fixture store (in memory).
    static func store() throws -> ClaimsStore {
        let store = try ClaimsStore.inMemory()
        // Source 1: an article with awkward metadata.
        _ = try store.importSource(
            NewSource(sha256: String(repeating: "1", count: 64), url: "https://ledger.example/a?x=1,2",
                      byteCount: 2_000, archivePath: "/wb/sources/archive/1111.html", importedAt: moment()),
            article: Article(canonicalURL: "https://ledger.example/a", title: "Budget, \"the\" plan\n(update)",
                             site: "The Ledger", authors: ["Ann \"A\" Writer", "Bo\tB\u{2028}"], agency: "AP",
                             publishedAt: "2025-11-26T09:30:00+00:00", language: "en",
                             paragraphs: [paragraphA, paragraphB, paragraphC, "=plain paragraph, \u{1F600}"]),
            quotes: [
                quote("We will win, again.", by: "Jane Smith", role: "Mayor", aliases: ["Smith", "J. Smith"], in: paragraphA),
                quote("=SUM(A1:A9)", by: "City Council", type: .organisation, saidOn: nil, rule: "colon-lead",
                      confidence: 0.61, in: paragraphA),
                quote("Line one\nline two,\t\"quoted\"\r\nend", by: "Bob Jones", role: "the", in: paragraphA),
                quote("Control \u{01}\u{1F}\u{7F} and \u{2028} sep \u{2029} and emoji \u{1F9EA}\u{1F469}\u{200D}\u{1F52C} \u{E9}",
                      by: "Zo\u{EB} \u{DC}nal", role: "porte-parole", saidOn: "2024-02-29", paragraph: 1, in: paragraphB),
                quote("+1 for @them -now", by: nil, type: nil, saidOn: nil, kind: .partial, rule: nil, confidence: nil,
                      paragraph: 2, in: paragraphC),
                quote(" leading and trailing space ", by: "Jane Smith", paragraph: 2, in: paragraphC),
                quote("\\backslash\\ path C:\\x", by: "Bob Jones", saidOn: "2025-01-01", kind: .indirect,
                      rule: "according-to", confidence: 0.333, paragraph: 2, in: paragraphC),
            ])
        // Source 2: a primary transcript without URL, title or date.
        _ = try store.importSource(
            NewSource(sha256: String(repeating: "2", count: 64), file: "sources/hearing.xml", kind: .transcript,
                      isPrimary: true, byteCount: 500, importedAt: moment(1)),
            article: Article(site: "Senate", paragraphs: [transcript]),
            quotes: [
                quote("We will win, again!", by: "Jane Smith", kind: .transcript, rule: "transcript-turn", in: transcript),
                quote("Transcript words, \u{201C}nested\u{201D}", by: "Jane Smith", saidOn: nil, kind: .transcript,
                      rule: "transcript-turn", confidence: 1, in: transcript),
            ])
        // Source 3: removed later; its own claim leaves the exports, claim 1 loses an appearance.
        _ = try store.importSource(
            NewSource(sha256: String(repeating: "3", count: 64), url: "https://gone.example/x", byteCount: 300,
                      importedAt: moment(2)),
            article: Article(title: "Gone", site: "Gone Site", publishedAt: "2025-11-27", paragraphs: [gone]),
            quotes: [quote("Gone quote", by: "Bob Jones", in: gone),
                     quote("We will win, again", by: "Jane Smith", in: gone)])
        // Source 4: a site with non-ASCII letters, a claim later joined into claim 1.
        _ = try store.importSource(
            NewSource(sha256: String(repeating: "4", count: 64), file: "sources/monde.html", byteCount: 400,
                      archivePath: "/wb/sources/archive/4444.html", importedAt: moment(3)),
            article: Article(url: "https://monde.example/\u{E9}t\u{E9}", title: "\u{C9}t\u{E9} \u{1F31E}",
                             site: "Le Monde \u{C9}t\u{E9}", authors: [], publishedAt: "2025-11-28",
                             language: "fr", paragraphs: [french]),
            quotes: [quote("Mais oui, naturellement", by: "Zo\u{EB} \u{DC}nal", saidOn: "2025-11-28", in: french),
                     quote("We will win, again", by: "Jane S.", in: french)])

        let ids = try store.quotes(matching: .all).map(\.id)
        func id(_ text: String) throws -> Int64 {
            guard let quote = try store.quotes(matching: .all).first(where: { $0.text == text }) else {
                throw StoreError.noQuote(0)
            }
            return quote.id
        }
        var minute = 10.0
        func verdict(_ text: String, _ change: VerdictChange, by reviewer: String) throws {
            minute += 1
            try store.recordVerdict(quoteID: try id(text), change: change, reviewer: reviewer, at: moment(minute))
        }
        var many = VerdictChange(status: .verified, rating: .mostlyTrue, note: "on tape, 1:02 \"x\"\nsecond line")
        many.evidence = ["https://e.example/1", "https://e.example/a?b=1,2", "https://e.example/\"q\"",
                         "https://e.example/=x", "https://e.example/4", "https://e.example/5"]
        try verdict("We will win, again.", many, by: "ann")
        try verdict("=SUM(A1:A9)", VerdictChange(status: .misquoted, rating: .false, note: "=cmd|' /C calc'!A0"), by: "bob")
        try verdict("Line one\nline two,\t\"quoted\"\r\nend",
                    VerdictChange(status: .misattributed, text: "Line one\nline two, \"quoted\" \u{1F9EA}"), by: "bob")
        try verdict("Control \u{01}\u{1F}\u{7F} and \u{2028} sep \u{2029} and emoji \u{1F9EA}\u{1F469}\u{200D}\u{1F52C} \u{E9}",
                    VerdictChange(status: .outOfContext, rating: .halfTrue, note: "\t-tab first"), by: "cy")
        try verdict("+1 for @them -now", VerdictChange(status: .unverifiable, rating: .unproven, note: "-no tape"), by: "cy")
        try verdict(" leading and trailing space ", VerdictChange(status: .verified), by: "dan")
        minute += 1
        try store.undoLastChange(by: "dan", at: moment(minute))
        try verdict("Transcript words, \u{201C}nested\u{201D}",
                    VerdictChange(status: .verified, rating: .true, saidOn: "2024-12-31", role: "@role"), by: "ann")
        try verdict("Mais oui, naturellement", VerdictChange(status: .verified, rating: .mostlyFalse,
                                                             evidence: "https://e.example/fr"), by: "\u{C9}lodie")
        // The claim of source 4 by "Jane S." gets a verdict, then the speaker merge joins it into claim 1.
        let joined = try store.quotes(matching: QuoteFilter(speaker: "Jane S.")).map(\.id)
        for quoteID in joined {
            minute += 1
            try store.recordVerdict(quoteID: quoteID, change: VerdictChange(note: "joined later"), reviewer: "eve",
                                    at: moment(minute))
        }
        minute += 1
        try store.mergeSpeaker("Jane S.", into: "Jane Smith", by: "eve", at: moment(minute))
        minute += 1
        try store.removeSource(id: 3, by: "eve", at: moment(minute))
        _ = ids
        return store
    }

    /// The filters the tests run every format through: each status, each filter, and combinations.
    static let filters: [(String, QuoteFilter)] = [
        ("all", QuoteFilter(status: "all")),
        ("default", QuoteFilter()),
        ("verified", QuoteFilter(status: "verified")),
        ("misquoted", QuoteFilter(status: "misquoted")),
        ("misattributed", QuoteFilter(status: "misattributed")),
        ("out-of-context", QuoteFilter(status: "out-of-context")),
        ("unverifiable", QuoteFilter(status: "unverifiable")),
        ("unreviewed", QuoteFilter(status: "unreviewed")),
        ("speaker-alias", QuoteFilter(status: "all", speaker: "smith")),
        ("speaker-joined-alias", QuoteFilter(status: "all", speaker: "JANE S.")),
        ("speaker-non-ascii", QuoteFilter(status: "all", speaker: "Zo\u{EB} \u{DC}nal")),
        ("source-2", QuoteFilter(status: "all", sourceID: 2)),
        ("source-3-removed", QuoteFilter(status: "all", sourceID: 3)),
        ("site", QuoteFilter(status: "all", site: "the ledger")),
        ("site-non-ascii", QuoteFilter(status: "all", site: "le monde \u{E9}t\u{E9}")),
        ("since", QuoteFilter(status: "all", since: "2025-01-01")),
        ("until", QuoteFilter(status: "all", until: "2024-12-31")),
        ("since-until", QuoteFilter(status: "all", since: "2024-12-31", until: "2025-11-25")),
        ("undated", QuoteFilter(status: "all", undated: true)),
        ("limit-2", QuoteFilter(status: "all", limit: 2)),
        ("limit-0", QuoteFilter(status: "all", limit: 0)),
        ("verified-since-limit", QuoteFilter(status: "verified", since: "2024-01-01", limit: 1)),
    ]
}
