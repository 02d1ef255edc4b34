import ArgumentParser
import Extract
import Foundation
import Ingest
import Store

/// `quotecheck extract SOURCE…`
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Show what import would store, without storing anything.",
        discussion: HelpText.prose("""
        --format json (the default) prints one JSON object per SOURCE: url, canonical_url,
        title, site, authors, agency, published_at, language, paragraphs and quotes (each with
        its attribution rule and confidence, 0 to 1 rounded to two decimals, null when none).
        --format text prints the main text, paragraphs separated by blank lines.
        A feed gives one object per item with content; a transcript one object whose
        quotes are its speeches.

        Examples:
          quotecheck extract sources/envoy-peace-plan-2025-11-26.html
          quotecheck extract --format text page.html
        """)
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, text }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Files, folders, or - for standard input.", valueName: "SOURCE"))
    var sources: [String]

    @Option(help: "json or text.")
    var format: Format = .json

    @Option(help: ArgumentHelp("Refuse documents larger than this many bytes.", valueName: "N"))
    var maxBytes: Int = 32 << 20

    func run() throws {
        var failed = false
        var out = StandardOutput()
        for argument in sources {
            do {
                for path in try SourceReader.expand(argument) {
                    do {
                        let input = try SourceReader.read(path, maxBytes: maxBytes)
                        // One document per page or transcript; one per item of a feed.
                        var documents: [(Article, [Quote])] = []
                        switch DocumentKind.detect(input.bytes) {
                        case .html: documents = [try Importer.extract(input)]
                        case .transcript: documents = [try Importer.transcriptStatements(input)]
                        case .exportLines:
                            throw CLIError.notADocument(path, "a workbench export: merge it with 'quotecheck import'")
                        case .feed:
                            let feed = try Importer.feed(in: input)
                            for (index, item) in feed.items.enumerated() {
                                let name = Importer.itemName(item, index: index, in: input)
                                guard let html = item.html else {
                                    printError("note: item \(index + 1) of '\(path)' has no content ('quotecheck import' fetches \(item.link ?? "its link"))")
                                    continue
                                }
                                let itemInput = SourceInput(name: name, file: input.file, bytes: Array(html.utf8))
                                documents.append(try Importer.itemArticle(itemInput, item: item, feed: feed))
                            }
                        }
                        for (article, quotes) in documents {
                            switch format {
                            case .text:
                                print(article.paragraphs.joined(separator: "\n\n"), to: &out)
                            case .json:
                                print(try ExtractJSON.line(article: article, quotes: quotes), to: &out)
                            }
                        }
                    } catch {
                        failed = true
                        printError("error: \(error.localizedDescription)")
                    }
                }
            } catch {
                failed = true
                printError("error: \(error.localizedDescription)")
            }
        }
        if failed { throw ExitCode(1) }
    }
}

/// The JSON object `extract --format json` prints for one document.
enum ExtractJSON {
    static func line(article: Article, quotes: [Quote]) throws -> String {
        func value(_ s: String?) -> Any { s ?? NSNull() }
        // The confidence as the quote records write it: a number with two decimals.
        func confidence(_ c: Double?) -> Any {
            guard let c, let text = ConfidenceText.string(c), let number = Decimal(string: text) else { return NSNull() }
            return number
        }
        let quoteObjects: [[String: Any]] = quotes.map { q in
            [
                "text": q.text, "kind": q.kind.rawValue, "speaker": value(q.speaker), "speaker_role": value(q.speakerRole),
                "speaker_type": value(q.speakerType?.rawValue), "speaker_aliases": q.speakerAliases, "cue": value(q.cue),
                "rule": value(q.rule), "confidence": confidence(q.confidence), "said_on": value(q.saidOn), "said_on_basis": q.saidOnBasis.rawValue, "paragraph": q.paragraph,
                "start": q.start, "end": q.end, "context": q.context,
            ]
        }
        let object: [String: Any] = [
            "url": value(article.url), "canonical_url": value(article.canonicalURL), "title": value(article.title),
            "site": value(article.site), "authors": article.authors, "agency": value(article.agency),
            "published_at": value(article.publishedAt), "language": value(article.language),
            "paragraphs": article.paragraphs, "quotes": quoteObjects,
        ]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}
