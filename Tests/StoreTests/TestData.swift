import Extract
import Foundation
@testable import Store

/// Small articles and quotes shared by the store tests.
enum TestData {
    /// A fixed moment, so timestamps are predictable.
    static let moment = Date(timeIntervalSince1970: 1_714_564_800)  // 2024-05-01T12:00:00Z

    /// A quote by `speaker` with `text`, in paragraph 0 of a one-paragraph article.
    static func quote(_ text: String, by speaker: String?, aliases: [String] = [], role: String? = nil,
                      saidOn: String? = "2024-04-30") -> Quote {
        let context = "\u{201C}\(text)\u{201D} \(speaker ?? "someone") said."
        return Quote(text: text, kind: .direct, speaker: speaker, speakerRole: role, speakerType: .person,
                     speakerAliases: aliases, cue: "said", saidOn: saidOn, saidOnBasis: .explicit,
                     paragraph: 0, start: 1, end: 1 + text.unicodeScalars.count, context: context)
    }

    /// A new source named `name` (its hash derives from the name).
    static func source(_ name: String, url: String? = nil) -> NewSource {
        NewSource(sha256: "sha-\(name)", url: url, file: url == nil ? "sources/\(name).html" : nil,
                  byteCount: 100, archivePath: "sources/archive/sha-\(name)", importedAt: moment)
    }

    /// An article titled `title`.
    static func article(_ title: String) -> Article {
        Article(canonicalURL: "https://example.com/\(title)", title: title, site: "Example News",
                authors: ["A. Writer"], publishedAt: "2024-05-01T09:00:00+02:00", language: "en",
                paragraphs: ["First paragraph.", "Second paragraph."])
    }

    /// A store holding two articles: `a` (Smith ×2, Jones) and `b` (Jones again, unattributed).
    static func twoArticles() throws -> ClaimsStore {
        let store = try ClaimsStore.inMemory()
        _ = try store.importSource(source("a"), article: article("a"), quotes: [
            quote("We will win.", by: "Jane Smith", aliases: ["Smith"], role: "Mayor"),
            quote("Taxes go down", by: "Jane Smith"),
            quote("Not today", by: "Bob Jones", saidOn: "2024-03-01"),
        ])
        _ = try store.importSource(source("b", url: "https://b.example/story"), article: article("b"), quotes: [
            quote("not today!", by: "Bob Jones", saidOn: "2024-03-01"),
            quote("Someone said this", by: nil, saidOn: nil),
        ])
        return store
    }
}
