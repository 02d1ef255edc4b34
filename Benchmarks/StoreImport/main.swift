// Times the store's side of a bulk import, for the given HTML files: their
// articles and quotes are extracted first (not timed), then stored into a
// fresh file store, once with one transaction per page (`importSource`) and
// once in runs of 16 pages per transaction (`importSources`, what `import`
// does when its writer falls behind), alternating, three times each. Prints
// the median wall time and the writing thread's CPU time of each, per page.
// With QUOTECHECK_BENCH_POSTGRES=postgres://… it also stores them, one
// transaction per page, into a fresh schema of that PostgreSQL database
// (dropped afterwards), three times, and prints its median beside SQLite's
// (issue 17: PostgreSQL on loopback at least 60% of the SQLite figure).
// Usage: bench-store-import FILE.html…   (e.g. the corpus pages copied ten times)
import BenchmarkSupport
import Extract
import Foundation
import Markup
import Store
import StorePostgres

let paths = Array(CommandLine.arguments.dropFirst())
guard !paths.isEmpty else {
    FileHandle.standardError.write(Data("usage: bench-store-import FILE.html…\n".utf8))
    exit(64)
}
var documents: [DocumentImport] = []
for (index, path) in paths.enumerated() {
    do {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let article = ArticleExtractor.article(from: try HTMLDocument(parsing: bytes))
        let source = NewSource(sha256: String(format: "%064x", index), file: path, byteCount: bytes.count,
                               archivePath: "sources/archive/\(index).html")
        documents.append(DocumentImport(source: source, article: article, quotes: QuoteExtractor.quotes(in: article)))
    } catch {
        FileHandle.standardError.write(Data("\(path): \(error.localizedDescription)\n".utf8))
        exit(1)
    }
}

/// The CPU time of the calling thread, in seconds.
func threadCPU() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}

/// Stores `documents` into a new store, `run` pages per transaction; (wall, cpu) seconds.
func store(_ documents: [DocumentImport], run: Int) throws -> (Double, Double) {
    let scratch = try ScratchStore(program: "bench-store-import")
    defer { scratch.remove() }
    let cpu = threadCPU()
    let wall = try seconds {
        var start = 0
        while start < documents.count {
            let slice = Array(documents[start ..< min(start + run, documents.count)])
            if run == 1 {
                let d = slice[0]
                _ = try scratch.store.importSource(d.source, article: d.article, quotes: d.quotes)
            } else {
                for result in scratch.store.importSources(slice) { _ = try result.get() }
            }
            start += run
        }
    }
    return (wall, threadCPU() - cpu)
}

var figures: [Int: [(Double, Double)]] = [1: [], 16: []]
for _ in 0 ..< 3 {
    for run in [1, 16] { figures[run]!.append(try store(documents, run: run)) }
}
let quotes = documents.reduce(0) { $0 + $1.quotes.count }
print("storing \(documents.count) pages (\(quotes) quotes), median of 3:")
for run in [1, 16] {
    let wall = figures[run]!.map(\.0).sorted()[1], cpu = figures[run]!.map(\.1).sorted()[1]
    let label = run == 1 ? "one transaction per page" : "\(run) pages per transaction"
    print(label.padding(toLength: 28, withPad: " ", startingAt: 0)
          + String(format: "wall %6.3f s (%5.2f ms/page)  cpu %6.3f s (%5.2f ms/page)", wall,
                   wall * 1000 / Double(documents.count), cpu, cpu * 1000 / Double(documents.count)))
}

// PostgreSQL beside it, when a server is named.
if let text = ProcessInfo.processInfo.environment["QUOTECHECK_BENCH_POSTGRES"] {
    let url = try PostgresURL(text)
    var walls: [Double] = []
    for run in 0 ..< 3 {
        let store = try await PostgresClaimStore.open(url, schema: "bench_store_import_\(getpid())_\(run)")
        let start = DispatchTime.now().uptimeNanoseconds
        for d in documents {
            _ = try await store.importSource(d.source, article: d.article, quotes: d.quotes)
        }
        walls.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        try await store.dropSchemaAndClose()
    }
    let wall = walls.sorted()[1], sqlite = figures[1]!.map(\.0).sorted()[1]
    print("PostgreSQL, one per page".padding(toLength: 28, withPad: " ", startingAt: 0)
          + String(format: "wall %6.3f s (%5.2f ms/page)  %3.0f%% of SQLite's pages/s, one per page (aim: at least 60%%)",
                   wall, wall * 1000 / Double(documents.count), 100 * sqlite / wall)
          + "  [\(url.host):\(url.port)]")
}
