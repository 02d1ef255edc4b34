// `copy --to` at scale: builds a claims store of N quotes in a temporary
// workbench (100 quotes per source, 1,000 speakers, a verdict on every 10th
// quote), then copies it whole into a new SQLite workbench and, when
// QUOTECHECK_BENCH_POSTGRES (else QUOTECHECK_TEST_POSTGRES) names a server,
// into a new schema there, printing rows/s of wall time for each.
//
//   swift run -c release bench-copy            # 100,000 quotes
//   swift run -c release bench-copy 1000000    # another size
//   scripts/postgres-test-cluster swift run -c release bench-copy
import BenchmarkSupport
import Extract
import Foundation
import Store
import StorePostgres

let given = CommandLine.arguments.dropFirst().first ?? "100000"
guard let count = Int(given), count > 0 else {
    FileHandle.standardError.write(Data("usage: bench-copy [N]   (N quotes, default 100000)\n".utf8))
    exit(64)
}
let perSource = 100
let root = FileManager.default.temporaryDirectory.appendingPathComponent("bench-copy-\(ProcessInfo.processInfo.processIdentifier)")
defer { try? FileManager.default.removeItem(at: root) }

/// A new workbench's store under `root`.
func workbenchStore(_ name: String) throws -> ClaimsStore {
    let claims = root.appendingPathComponent("\(name)/claims", isDirectory: true)
    try FileManager.default.createDirectory(at: claims, withIntermediateDirectories: true)
    return try ClaimsStore(path: claims.appendingPathComponent("claims.sqlite").path)
}

let source = try workbenchStore("source")
let build = try seconds {
    var made = 0
    var sourceIndex = 0
    while made < count {
        let n = min(perSource, count - made)
        var quotes: [Quote] = []
        var paragraphs: [String] = []
        for i in 0..<n {
            let number = made + i
            let text = "Statement \(number) on the budget, the plan and the \"deadline\", as promised."
            let context = "On Tuesday, the minister said \u{201C}\(text)\u{201D} and left, according to aides."
            paragraphs.append(context)
            quotes.append(Quote(text: text, kind: .direct, speaker: "Speaker \(number % 1000)", speakerRole: "Minister",
                                speakerType: .person, cue: "said", saidOn: "2025-11-25", saidOnBasis: .relative,
                                paragraph: i, start: 31, end: 31 + text.unicodeScalars.count, context: context))
        }
        _ = try source.importSource(
            NewSource(sha256: String(format: "%064x", sourceIndex), file: "sources/article-\(sourceIndex).html",
                      byteCount: 40_000, archivePath: "sources/archive/\(sourceIndex).html"),
            article: Article(canonicalURL: "https://news.example/\(sourceIndex)", title: "Article \(sourceIndex)",
                             site: "News", authors: ["A. Writer"], publishedAt: "2025-11-26T09:30:00+00:00",
                             language: "en", paragraphs: paragraphs),
            quotes: quotes)
        made += n
        sourceIndex += 1
    }
    for id in stride(from: Int64(1), through: Int64(count), by: 10) {
        try source.recordVerdict(quoteID: id, change: VerdictChange(status: .verified, rating: .mostlyTrue,
                                                                    note: "checked", evidence: "https://e.example/\(id)"),
                                 reviewer: "bench")
    }
}
let rows = try source.heldRows()
let total = rows.values.reduce(0, +)
print("store of \(count) quotes, \(total) rows (" + rows.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
      .joined(separator: ", ") + String(format: ") built in %.1f s", build))
print("load average before: " + ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))
      .map { $0.split(separator: " ").prefix(3).joined(separator: " ") } ?? "n/a"))

let sqliteTarget = try workbenchStore("copy")
let sqliteTime = try seconds { try sqliteTarget.copy(from: source) }
print(String(format: "copy --to DIR         %9d rows  %7.2f s  %9.0f rows/s", total, sqliteTime, Double(total) / sqliteTime))

let environment = ProcessInfo.processInfo.environment
if let text = environment["QUOTECHECK_BENCH_POSTGRES"] ?? environment["QUOTECHECK_TEST_POSTGRES"], !text.isEmpty {
    let url = try PostgresURL(text)
    let schema = "bench_copy_\(ProcessInfo.processInfo.processIdentifier)"
    let target = try await PostgresClaimStore.open(url, schema: schema)
    let start = DispatchTime.now().uptimeNanoseconds
    try await target.copy(from: source)
    let time = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    await target.close()
    print(String(format: "copy --to postgres:// %9d rows  %7.2f s  %9.0f rows/s", total, time, Double(total) / time)
          + "  (\(url); left in schema \(schema): DROP SCHEMA \(schema) CASCADE)")
} else {
    print("copy --to postgres://  skipped: set QUOTECHECK_BENCH_POSTGRES (or run under scripts/postgres-test-cluster)")
}
