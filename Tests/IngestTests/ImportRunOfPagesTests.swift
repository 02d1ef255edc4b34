import Foundation
import Testing
import Ingest
import Store

/// `Importer.importExtracted(_:)`: the pages of one run stored together, each
/// reported as itself even when a page before it fails.
@Suite("Importing a run of pages at once")
struct ImportRunOfPagesTests {
    /// A small page titled `title` with one quote by `speaker`.
    static func page(_ title: String, _ speaker: String) -> SourceInput {
        let html = """
            <html><head><title>\(title)</title></head><body><article><h1>\(title)</h1>
            <p>\u{201C}We will look at \(title) again,\u{201D} \(speaker) said on Monday.</p></article></body></html>
            """
        return SourceInput(name: "\(title).html", file: "\(title).html", bytes: Array(html.utf8))
    }

    @Test("a page whose archiving fails fails alone, and the pages after it are reported as themselves")
    func failedArchivingKeepsReportsInPlace() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("qc-run-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let pages = [Self.page("alpha", "Ana Lopez"), Self.page("beta", "Ben Ode"), Self.page("gamma", "Cy Park")]
        // The first page's sidecar cannot be written: a folder stands where the file goes.
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("\(pages[0].sha256).json"),
                                                withIntermediateDirectories: true)
        let store = try ClaimsStore.inMemory()
        let importer = Importer(store: store, archive: Archive(directory: folder))
        let extracted = try pages.map { input in
            let (article, quotes) = try Importer.extract(input)
            return (input: input, article: article, quotes: quotes)
        }
        let results = importer.importExtracted(extracted)
        #expect(results.count == 3)
        #expect(throws: (any Error).self) { try results[0].get() }
        let reports = try results.dropFirst().map { try $0.get() }
        #expect(reports.map(\.name) == ["beta.html", "gamma.html"])
        #expect(reports.map(\.title) == ["beta", "gamma"])
        #expect(try store.quotes(matching: .all).map(\.speaker) == ["Ben Ode", "Cy Park"])
    }
}
