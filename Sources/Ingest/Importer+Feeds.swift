import Extract
import Foundation
import Markup
import Store

extension Importer {
    /// Parses an XML input (no network, no entity expansion), naming it in any error.
    static func xmlTree(of input: SourceInput) throws -> XMLTree {
        do {
            return try XMLTree(parsing: input.bytes, charset: input.charset, url: input.fetch?.finalURL)
        } catch let error as MarkupError {
            throw IngestError.unparsable(input.name, error.localizedDescription)
        }
    }

    /// Reads a feed document, refusing one that is not RSS or Atom.
    public static func feed(in input: SourceInput) throws -> Feed {
        let tree = try xmlTree(of: input)
        guard let feed = Feed(root: tree.root) else {
            throw IngestError.unparsable(input.name, "not an RSS or Atom feed (the document element is <\(tree.root.name)>)")
        }
        return feed
    }

    /// Imports each item of a feed as a source: its HTML from the feed, or,
    /// for an item with no content at all, the page at its link through
    /// `fetch`. The feed's bytes are archived as evidence too. Returns one
    /// result per item, in feed order.
    public func importFeed(_ input: SourceInput, at date: Date = Date(),
                           fetch: (String) async throws -> SourceInput) async throws -> [Result<Report, any Error>] {
        let feed = try Self.feed(in: input)
        _ = try archive.store(input, sha256: input.sha256, fileExtension: "xml", at: date)
        var results: [Result<Report, any Error>] = []
        for (index, item) in feed.items.enumerated() {
            let name = Self.itemName(item, index: index, in: input)
            do {
                if let html = item.html {
                    let itemInput = SourceInput(name: name, file: input.file, bytes: Array(html.utf8))
                    results.append(.success(try importItem(itemInput, item: item, feed: feed, at: date)))
                } else if let link = item.link {
                    results.append(.success(try importDocument(try await fetch(link), at: date)))
                } else {
                    throw IngestError.unparsable(name, "the feed item has neither content nor a link")
                }
            } catch {
                results.append(.failure(error))
            }
        }
        return results
    }

    /// The name a feed item goes by in messages and records: its link, else
    /// the feed's name with `#itemN` (N counted from 1). `import` and
    /// `extract` name items alike.
    public static func itemName(_ item: Feed.Item, index: Int, in input: SourceInput) -> String {
        item.link ?? "\(input.name)#item\(index + 1)"
    }

    /// One feed item: its HTML parsed like a page, with the feed's title,
    /// link and date standing for the page's own metadata.
    func importItem(_ input: SourceInput, item: Feed.Item, feed: Feed, at date: Date) throws -> Report {
        let (article, quotes) = try Self.itemArticle(input, item: item, feed: feed)
        return try store(input, article: article, quotes: quotes, kind: .article, url: item.link, at: date)
    }

    /// What a feed item holds: its HTML parsed like a page, the feed's title,
    /// link and date standing for the page's own metadata (nothing stored).
    public static func itemArticle(_ input: SourceInput, item: Feed.Item, feed: Feed) throws -> (Article, [Quote]) {
        let document: HTMLDocument
        do {
            document = try HTMLDocument(parsing: input.bytes, charset: "utf-8", url: item.link)
        } catch let error as MarkupError {
            throw IngestError.unparsable(input.name, error.localizedDescription)
        }
        var article = ArticleExtractor.article(from: document, url: item.link)
        if article.paragraphs.isEmpty {
            // A bare description without block markup is one paragraph.
            let text = document.root.textContent.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if !text.isEmpty { article.paragraphs = [text] }
        }
        article.title = item.title ?? article.title
        article.publishedAt = item.publishedAt ?? article.publishedAt
        article.site = feed.title ?? article.site
        article.canonicalURL = item.link ?? article.canonicalURL
        return (article, QuoteExtractor.quotes(in: article))
    }

    /// What a transcript holds: one paragraph and one statement per speech (nothing stored).
    public static func transcriptStatements(_ input: SourceInput) throws -> (Article, [Quote]) {
        guard let transcript = Transcript(root: try xmlTree(of: input).root) else {
            throw IngestError.unparsable(input.name, "no <speech> with a speaker in it")
        }
        return transcript.statements()
    }

    /// Imports a speaker-tagged XML transcript: each speech becomes a
    /// `transcript` statement of its speaker, dated to the sitting. The
    /// source is a primary record.
    public func importTranscript(_ input: SourceInput, at date: Date = Date()) throws -> Report {
        let (article, statements) = try Self.transcriptStatements(input)
        return try store(input, article: article, quotes: statements, kind: .transcript, url: input.fetch?.requestedURL,
                         primary: true, fileExtension: "xml", at: date)
    }
}
