// Prints the quotes quotecheck extracts from HTML files, one JSON object per
// line in the form `../shared/peers/score.py` reads: file, quote, speaker,
// said_on, said_on_basis, kind, cue, role, rule, confidence. Used by Benchmarks/quality.sh.
import Extract
import Foundation
import Markup

// With --article, prints one object per file instead: paragraphs, publication
// date and quotes with their context (for reading what went wrong).
var failures = 0
let articleMode = CommandLine.arguments.contains("--article")
for path in CommandLine.arguments.dropFirst() where path != "--article" {
    do {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let document = try HTMLDocument(parsing: [UInt8](data))
        let article = ArticleExtractor.article(from: document)
        let quotes = QuoteExtractor.quotes(in: article)
        let file = URL(fileURLWithPath: path).lastPathComponent
        if articleMode {
            let object: [String: Any] = [
                "file": file, "published_at": article.publishedAt ?? NSNull(), "paragraphs": article.paragraphs,
                "title": article.title ?? NSNull(), "authors": article.authors, "site": article.site ?? NSNull(),
                "agency": article.agency ?? NSNull(), "canonical_url": article.canonicalURL ?? NSNull(),
                "quotes": quotes.map { q -> [String: Any] in
                    ["text": q.text, "speaker": q.speaker ?? NSNull(), "said_on": q.saidOn ?? NSNull(),
                     "said_on_basis": q.saidOnBasis.rawValue, "cue": q.cue ?? NSNull(), "context": q.context]
                },
            ]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
            continue
        }
        if quotes.isEmpty {
            print(#"{"file": "\#(file)", "quote": null}"#)
        }
        for quote in quotes {
            let object: [String: Any] = [
                "file": file, "quote": quote.text, "speaker": quote.speaker ?? NSNull(),
                "said_on": quote.saidOn ?? NSNull(), "said_on_basis": quote.saidOnBasis.rawValue,
                "kind": quote.kind.rawValue, "cue": quote.cue ?? NSNull(), "role": quote.speakerRole ?? NSNull(),
                "rule": quote.rule ?? NSNull(), "confidence": quote.confidence ?? NSNull(),
            ]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
            print(String(decoding: data, as: UTF8.self))
        }
    } catch {
        failures += 1
        FileHandle.standardError.write(Data("\(path): \(error.localizedDescription)\n".utf8))
    }
}
exit(failures == 0 ? 0 : 1)
