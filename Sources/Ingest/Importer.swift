import Extract
import Foundation
import Markup
import Store

/// Imports documents into a workbench: reads, archives, parses, extracts and
/// stores each one in a single store transaction.
public struct Importer: Sendable {
    /// What one document's import came to.
    public struct Report: Sendable, Equatable {
        /// The name of the input as given.
        public var name: String
        /// The article's title, if any.
        public var title: String?
        /// Quotes found in the document.
        public var quotes: Int
        /// Claims that were new to the workbench.
        public var newQuotes: Int
        /// The bytes were already archived and imported.
        public var isDuplicate: Bool
        /// The source's id in the store.
        public var sourceID: Int64
    }

    let store: ClaimsStore
    let archive: Archive
    let primary: Bool

    /// An importer into `store`, archiving under `archive`.
    public init(store: ClaimsStore, archive: Archive, primary: Bool = false) {
        self.store = store
        self.archive = archive
        self.primary = primary
    }

    /// What `extract` shows and `import` stores for one document.
    ///
    /// The input's ``SourceInput/charset`` (from an HTTP header) beats the
    /// page's own declaration; a fetched page is known by its final URL.
    public static func extract(_ input: SourceInput) throws -> (Article, [Quote]) {
        try sniff(input)
        let url = input.fetch?.finalURL
        let document: HTMLDocument
        do {
            document = try HTMLDocument(parsing: input.bytes, charset: input.charset, url: url)
        } catch let error as MarkupError {
            throw IngestError.unparsable(input.name, error.localizedDescription)
        }
        let article = ArticleExtractor.article(from: document, url: url)
        return (article, QuoteExtractor.quotes(in: article))
    }

    /// A page's article and quotes, found ahead of storing (in parallel with
    /// other pages); nil for documents that are not HTML pages.
    public static func prepare(_ input: SourceInput) -> Result<(Article, [Quote]), any Error>? {
        guard DocumentKind.detect(input.bytes) == .html else { return nil }
        return Result { try extract(input) }
    }

    /// Stores a page whose article and quotes ``prepare(_:)`` found.
    public func importExtracted(_ input: SourceInput, article: Article, quotes: [Quote], at date: Date = Date()) throws -> Report {
        try store(input, article: article, quotes: quotes, kind: .article, url: input.fetch?.requestedURL, at: date)
    }

    /// Imports one document.
    ///
    /// A fetched document's fetch is added to the archive's sidecar and
    /// recorded in the store even when its bytes were imported before.
    public func importDocument(_ input: SourceInput, at date: Date = Date()) throws -> Report {
        let (article, quotes) = try Self.extract(input)
        return try store(input, article: article, quotes: quotes, kind: .article, url: input.fetch?.requestedURL, at: date)
    }

    /// Stores pages whose article and quotes ``prepare(_:)`` found, in the
    /// order given, each all or nothing, in one store transaction (see
    /// ``Store/ClaimsStore/importSources(_:)``); one result per page.
    ///
    /// Each page's bytes are archived first; a page whose archiving fails is
    /// not stored and fails alone.
    public func importExtracted(_ pages: [(input: SourceInput, article: Article, quotes: [Quote])],
                                at date: Date = Date()) -> [Result<Report, any Error>] {
        var results: [Result<Report, any Error>?] = []
        var documents: [DocumentImport] = []
        for page in pages {
            do {
                documents.append(try archived(page.input, article: page.article, quotes: page.quotes, kind: .article,
                                              url: page.input.fetch?.requestedURL, at: date))
                results.append(nil)
            } catch {
                results.append(.failure(error))
            }
        }
        // The store's outcomes are those of the archived pages, in order: each goes to its own page.
        var outcomes = store.importSources(documents).makeIterator()
        return zip(pages, results).map { page, result in
            if let result { return result }
            return outcomes.next()!.map {
                Self.report(page.input, article: page.article, quotes: page.quotes, outcome: $0)
            }
        }
    }

    /// Archives the input's bytes and stores its article and quotes in one
    /// transaction, with the fetch that brought it, if any.
    func store(_ input: SourceInput, article: Article, quotes: [Quote], kind: SourceKind, url: String?,
               primary: Bool? = nil, fileExtension: String = "html", at date: Date) throws -> Report {
        let document = try archived(input, article: article, quotes: quotes, kind: kind, url: url, primary: primary,
                                    fileExtension: fileExtension, at: date)
        let outcome = try store.importSources([document])[0].get()
        return Self.report(input, article: article, quotes: quotes, outcome: outcome)
    }

    /// Archives the input's bytes and describes the document to store.
    private func archived(_ input: SourceInput, article: Article, quotes: [Quote], kind: SourceKind, url: String?,
                          primary: Bool? = nil, fileExtension: String = "html", at date: Date) throws -> DocumentImport {
        let sha = input.sha256
        let path = try archive.store(input, sha256: sha, fileExtension: fileExtension, at: date)
        let source = NewSource(sha256: sha, url: url, file: input.file, kind: kind, isPrimary: primary ?? self.primary,
                               byteCount: input.bytes.count, archivePath: path, importedAt: date)
        return DocumentImport(source: source, article: article, quotes: quotes, fetch: input.fetch?.storeRecord)
    }

    /// The report of a stored (or already stored) document.
    static func report(_ input: SourceInput, article: Article, quotes: [Quote], outcome: ImportOutcome) -> Report {
        switch outcome {
        case .duplicate(let id):
            Report(name: input.name, title: article.title, quotes: quotes.count, newQuotes: 0, isDuplicate: true, sourceID: id)
        case .imported(let id, let newQuotes, let count):
            Report(name: input.name, title: article.title, quotes: count, newQuotes: newQuotes, isDuplicate: false, sourceID: id)
        }
    }

    /// Refuses inputs that are plainly not markup (images, PDFs, binary).
    static func sniff(_ input: SourceInput) throws {
        let head = Array(input.bytes.prefix(16))
        let signatures: [([UInt8], String)] = [
            ([0x89, 0x50, 0x4E, 0x47], "a PNG image"), ([0xFF, 0xD8, 0xFF], "a JPEG image"),
            ([0x47, 0x49, 0x46, 0x38], "a GIF image"), ([0x25, 0x50, 0x44, 0x46], "a PDF file"),
            ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive"), ([0x1F, 0x8B], "gzip-compressed data"),
        ]
        for (magic, what) in signatures where head.starts(with: magic) {
            throw IngestError.notADocument(input.name, what)
        }
        let sample = input.bytes.prefix(4096)
        let controls = sample.filter { $0 < 0x09 || ($0 > 0x0D && $0 < 0x20) }.count
        let utf16 = head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF])
        if !utf16, controls * 20 > sample.count {  // over 5% control bytes: text never has them
            throw IngestError.notADocument(input.name, "binary data")
        }
        if !sample.contains(UInt8(ascii: "<")) && !utf16 {
            throw IngestError.notADocument(input.name, "no markup in it")
        }
    }
}
