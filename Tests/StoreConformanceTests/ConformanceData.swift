import Extract
import Foundation
import Store

/// The articles and quotes every backend is given, and fixed moments so that records compare whole.
enum ConformanceData {
    /// A fixed moment: 2024-05-01T12:00:00Z.
    static let moment = Date(timeIntervalSince1970: 1_714_564_800)

    /// `moment` plus `minutes`.
    static func later(_ minutes: Double) -> Date { moment.addingTimeInterval(minutes * 60) }

    /// A quote by `speaker` with `text`, in paragraph `paragraph`.
    static func quote(_ text: String, by speaker: String?, aliases: [String] = [], role: String? = nil,
                      saidOn: String? = "2024-04-30", paragraph: Int = 0, confidence: Double? = 0.8) -> Quote {
        let context = "\u{201C}\(text)\u{201D} \(speaker ?? "someone") said."
        return Quote(text: text, kind: .direct, speaker: speaker, speakerRole: role, speakerType: .person,
                     speakerAliases: aliases, cue: "said", saidOn: saidOn, saidOnBasis: .explicit,
                     paragraph: paragraph, start: 1, end: 1 + text.unicodeScalars.count, context: context,
                     rule: "after-cue", confidence: confidence)
    }

    /// A new source named `name` (its hash derives from the name).
    static func source(_ name: String, url: String? = nil) -> NewSource {
        NewSource(sha256: "sha-\(name)", url: url, file: url == nil ? "sources/\(name).html" : nil,
                  byteCount: 100, archivePath: "sources/archive/sha-\(name)", importedAt: moment)
    }

    /// An article titled `title` from `site`.
    static func article(_ title: String, site: String = "Example News") -> Article {
        Article(canonicalURL: "https://example.com/\(title)", title: title, site: site,
                authors: ["A. Writer"], publishedAt: "2024-05-01T09:00:00+02:00", language: "en",
                paragraphs: ["First paragraph.", "Second paragraph."])
    }

    /// Imports two articles: `a` (Smith ×2, Jones) and `b` (Jones again, Émile, unattributed).
    @discardableResult
    static func importTwoArticles(into store: any ClaimStore) async throws -> [ImportOutcome] {
        let first = try await store.importSource(source("a"), article: article("a"), quotes: [
            quote("We will win.", by: "Jane Smith", aliases: ["Smith"], role: "Mayor"),
            quote("Taxes go down", by: "Jane Smith", confidence: 0.4),
            quote("Not today", by: "Bob Jones", saidOn: "2024-03-01", confidence: nil),
        ])
        let second = try await store.importSource(source("b", url: "https://b.example/story"),
                                                  article: article("b", site: "Süddeutsche Zeitung"), quotes: [
            quote("not today!", by: "Bob Jones", saidOn: "2024-03-01", paragraph: 1),
            quote("Il pleut", by: "Émile Zola", aliases: ["zola"], saidOn: "2024-02-02"),
            quote("Someone said this", by: nil, saidOn: nil, confidence: 0.1),
            quote("smith again", by: "jane smith"),
        ])
        return [first, second]
    }
}
