import Foundation
import Testing
@testable import Extract
import Markup

/// The sample article shipped in `sources/`, read from the repository.
func sampleArticle() throws -> Article {
    let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("sources/envoy-peace-plan-2025-11-26.html")
    let bytes = try [UInt8](Data(contentsOf: url))
    return ArticleExtractor.article(from: try HTMLDocument(parsing: bytes))
}

@Suite("The sample article")
struct SampleArticleTests {
    @Test("metadata: title, site, byline, date, canonical URL, language")
    func metadata() throws {
        let article = try sampleArticle()
        #expect(article.title == "Trump’s Envoy to Meet Putin on Russia - Ukraine Peace Plan")
        #expect(article.site == "The Daily Ledger")
        #expect(article.authors == ["Editor"])
        #expect(article.publicationDay == "2025-11-26")
        #expect(article.canonicalURL == "https://dailyledger.example/world/2025/11/26/envoy-peace-plan")
        #expect(article.language == "en")
    }

    @Test("the body is the seed's paragraphs, without navigation, sidebar or comments")
    func body() throws {
        let article = try sampleArticle()
        #expect(article.paragraphs.count == 9)
        #expect(article.paragraphs.first?.hasPrefix("U.S. President Donald Trump’s special envoy Steve Witkoff") == true)
        #expect(article.paragraphs.last?.hasPrefix("Informed observers note") == true)
        #expect(article.paragraphs[1].contains("28\u{2011}point"))
        let all = article.paragraphs.joined(separator: "\n")
        for boilerplate in ["Subscribe", "Related stories", "“not yet received”", "Comment(s)", "by Editor", "Credit:"] {
            #expect(!all.contains(boilerplate), "\(boilerplate) leaked into the body")
        }
    }

    @Test("exactly the seven quotes, with full-name speakers, roles and dates")
    func quotes() throws {
        let quotes = QuoteExtractor.quotes(in: try sampleArticle())
        let got = quotes.map { [$0.text, $0.speaker ?? "-", $0.saidOn ?? "-", $0.saidOnBasis.rawValue] }
        #expect(got == [
            ["common understanding", "U.S. and Ukrainian officials", "2025-11-24", "explicit"],
            ["just a concept", "Donald Trump", "2025-11-26", "publication"],
            ["The deadline for me is when it’s over.", "Donald Trump", "2025-11-26", "publication"],
            ["right approach", "Volodymyr Zelenskyy", "2025-11-26", "publication"],
            ["sensitive points", "Volodymyr Zelenskyy", "2025-11-26", "publication"],
            ["no Russian will for a ceasefire", "Emmanuel Macron", "2025-11-26", "publication"],
            ["a long way to go", "Keir Starmer", "2025-11-26", "publication"],
        ])
        #expect(quotes.map(\.speakerRole) == [nil, "U.S. President", "U.S. President", "Ukrainian President",
                                              "Ukrainian President", "French President", "UK Prime Minister"])
        #expect(quotes.map(\.kind) == [.partial, .partial, .direct, .partial, .partial, .partial, .partial])
        #expect(quotes.first?.speakerType == .group)
        #expect(quotes[1].speakerAliases == ["Trump"])
    }

    @Test("offsets point at the quoted words inside the context")
    func offsets() throws {
        for quote in QuoteExtractor.quotes(in: try sampleArticle()) {
            let scalars = Array(quote.context.unicodeScalars)
            let slice = String(String.UnicodeScalarView(scalars[quote.start..<quote.end]))
            #expect(slice == quote.text)
        }
    }
}
