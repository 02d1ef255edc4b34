import Extract
import Foundation
import Store

/// Imports documents into a store through the ``Store/ClaimStore`` protocol
/// (a PostgreSQL store, `import --database URL`): one
/// ``Store/ClaimStore/importSource(_:article:quotes:)`` per document, all or
/// nothing, with the document's bytes and sidecar stored with its source
/// (``Store/NewSource/document``: no file is written) and the fetch that
/// brought it, if any, recorded through ``Store/ClaimStore/recordFetch(_:sourceID:)``.
///
/// The workbench's SQLite store keeps its own batched writer (``Importer``).
public struct DatabaseImporter: Sendable {
    let store: any ClaimStore
    let primary: Bool

    /// An importer into `store`; `primary` marks the sources as primary records.
    public init(store: any ClaimStore, primary: Bool = false) {
        self.store = store
        self.primary = primary
    }

    /// Stores a page whose article and quotes ``Importer/prepare(_:)`` found.
    public func importExtracted(_ input: SourceInput, article: Article, quotes: [Quote],
                                at date: Date = Date()) async throws -> Importer.Report {
        try await store(input, article: article, quotes: quotes, kind: .article, url: input.fetch?.requestedURL, at: date)
    }

    /// Imports a speaker-tagged XML transcript (see ``Importer/importTranscript(_:at:)``).
    public func importTranscript(_ input: SourceInput, at date: Date = Date()) async throws -> Importer.Report {
        let (article, statements) = try Importer.transcriptStatements(input)
        return try await store(input, article: article, quotes: statements, kind: .transcript,
                               url: input.fetch?.requestedURL, primary: true, fileExtension: "xml", at: date)
    }

    /// Imports each item of a feed as a source (see ``Importer/importFeed(_:at:fetch:)``).
    /// The feed's own bytes are not stored: a PostgreSQL store keeps archived
    /// bytes only for its sources.
    public func importFeed(_ input: SourceInput, at date: Date = Date(),
                           fetch: (String) async throws -> SourceInput) async throws -> [Result<Importer.Report, any Error>] {
        let feed = try Importer.feed(in: input)
        var results: [Result<Importer.Report, any Error>] = []
        for (index, item) in feed.items.enumerated() {
            let name = Importer.itemName(item, index: index, in: input)
            do {
                if let html = item.html {
                    let itemInput = SourceInput(name: name, file: input.file, bytes: Array(html.utf8))
                    let (article, quotes) = try Importer.itemArticle(itemInput, item: item, feed: feed)
                    results.append(.success(try await store(itemInput, article: article, quotes: quotes, kind: .article,
                                                            url: item.link, at: date)))
                } else if let link = item.link {
                    let page = try await fetch(link)
                    let (article, quotes) = try Importer.extract(page)
                    results.append(.success(try await importExtracted(page, article: article, quotes: quotes, at: date)))
                } else {
                    throw IngestError.unparsable(name, "the feed item has neither content nor a link")
                }
            } catch {
                results.append(.failure(error))
            }
        }
        return results
    }

    /// Stores the input's bytes, sidecar, article and quotes in one
    /// transaction, then the fetch that brought it, if any.
    func store(_ input: SourceInput, article: Article, quotes: [Quote], kind: SourceKind, url: String?,
               primary: Bool? = nil, fileExtension: String = "html", at date: Date) async throws -> Importer.Report {
        let sha = input.sha256
        let document = ArchivedDocument(sha256: sha, fileName: "\(sha).\(fileExtension)", bytes: input.bytes,
                                        sidecar: try await sidecar(for: input, sha256: sha, at: date))
        // The bytes live in the store, not in a file: there is no archive path to record.
        let source = NewSource(sha256: sha, url: url, file: input.file, kind: kind, isPrimary: primary ?? self.primary,
                               byteCount: input.bytes.count, archivePath: nil, importedAt: date, document: document)
        let outcome = try await named(input) { try await store.importSource(source, article: article, quotes: quotes) }
        if let fetch = input.fetch?.storeRecord {
            _ = try await named(input) { try await store.recordFetch(fetch, sourceID: outcome.sourceID) }
        }
        return Importer.report(input, article: article, quotes: quotes, outcome: outcome)
    }

    /// Runs `body`; a failure of the store's server (it went away, it refused)
    /// becomes ``DatabaseImportError/store(_:_:)`` naming the input. The store's
    /// own refusals (``Store/StoreError``) read as on the workbench.
    private func named<T>(_ input: SourceInput, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as StoreError {
            throw error
        } catch {
            throw DatabaseImportError.store(input.name, (error as? any LocalizedError)?.errorDescription ?? "\(error)")
        }
    }

    /// The sidecar of the input's bytes, as ``Archive/store(_:sha256:fileExtension:at:)``
    /// keeps it: the one stored, if any, extended by the input's file and new fetch.
    private func sidecar(for input: SourceInput, sha256: String, at date: Date) async throws -> [UInt8] {
        let stored = (try? await store.archivedDocument(sha256: sha256)).flatMap(\.sidecar)
        var sidecar = stored.flatMap { try? JSONDecoder().decode(ArchiveSidecar.self, from: Data($0)) }
            ?? ArchiveSidecar(sha256: sha256, file: nil, url: nil, bytes: input.bytes.count,
                              archivedAt: ArchiveTime.string(from: date), fetches: [])
        if sidecar.file == nil { sidecar.file = input.file }
        if let fetch = input.fetch, !input.isFromArchive, !sidecar.fetches.contains(fetch) {
            sidecar.fetches.append(fetch)
            if sidecar.url == nil { sidecar.url = fetch.requestedURL }
        }
        do {
            return Array(try sidecar.encoded())
        } catch {
            throw IngestError.archive(input.name, error.localizedDescription)
        }
    }
}
