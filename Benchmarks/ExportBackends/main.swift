// Exports and searches on both backends, through the `ClaimStore` protocol:
// builds a SQLite store of N quotes (100 quotes per source, 1,000 speakers, a
// verdict on every 10th quote), copies it into a new schema of the PostgreSQL
// server that QUOTECHECK_BENCH_POSTGRES (else QUOTECHECK_TEST_POSTGRES) names,
// then on each backend reads every quote's CSV columns (`exportRows`), every
// full export record (`forEachExportRecord`, what `export --format jsonl`
// prints) and three searches, printing rows/s of wall time and the peak
// resident memory of each phase (VmHWM, reset between phases), so that the
// streaming shows: memory stays flat whatever N.
//
//   scripts/postgres-test-cluster swift run -c release bench-export-backends            # 100,000 quotes
//   scripts/postgres-test-cluster swift run -c release bench-export-backends 1000000
import Extract
import Foundation
import Store
import StorePostgres

let given = CommandLine.arguments.dropFirst().first ?? "100000"
guard let count = Int(given), count > 0 else {
    FileHandle.standardError.write(Data("usage: bench-export-backends [N]   (N quotes, default 100000)\n".utf8))
    exit(64)
}
let environment = ProcessInfo.processInfo.environment
guard let urlText = environment["QUOTECHECK_BENCH_POSTGRES"] ?? environment["QUOTECHECK_TEST_POSTGRES"],
      !urlText.isEmpty else {
    FileHandle.standardError.write(Data("bench-export-backends: set QUOTECHECK_BENCH_POSTGRES (or run under scripts/postgres-test-cluster)\n".utf8))
    exit(64)
}

/// The peak resident set size since the last reset, in MiB (Linux), or nil.
func peakMiB() -> Double? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kB = Double(line.split(separator: " ").dropFirst().first ?? "") else { return nil }
    return kB / 1024
}

/// Resets the peak (VmHWM) to the current size (Linux).
func resetPeak() {
    guard let file = fopen("/proc/self/clear_refs", "w") else { return }
    fputs("5", file)
    fclose(file)
}

/// Runs `body`, printing its label, rows, seconds, rows/s and peak memory.
func measure(_ label: String, _ body: () async throws -> Int) async throws {
    resetPeak()
    let start = DispatchTime.now().uptimeNanoseconds
    let rows = try await body()
    let time = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    print(String(format: "%-44@ %9d rows %8.2f s %10.0f rows/s   peak %6.1f MiB", label as NSString, rows, time,
                 Double(rows) / time, peakMiB() ?? -1))
}

let root = FileManager.default.temporaryDirectory.appendingPathComponent("bench-export-backends-\(getpid())")
defer { try? FileManager.default.removeItem(at: root) }
try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
let sqlite = try ClaimsStore(path: root.appendingPathComponent("claims.sqlite").path)
var made = 0
var sourceIndex = 0
while made < count {
    let n = min(100, count - made)
    var quotes: [Quote] = []
    var paragraphs: [String] = []
    for i in 0..<n {
        let number = made + i
        let text = "Statement \(number) on the budget, the ceasefire and the \"deadline\", as promised."
        let context = "On Tuesday, the minister said \u{201C}\(text)\u{201D} and left, according to aides."
        paragraphs.append(context)
        quotes.append(Quote(text: text, kind: .direct, speaker: "Speaker \(number % 1000)", speakerRole: "Minister",
                            speakerType: .person, cue: "said", saidOn: "2025-11-25", saidOnBasis: .relative,
                            paragraph: i, start: 31, end: 31 + text.unicodeScalars.count, context: context))
    }
    _ = try sqlite.importSource(
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
    try sqlite.recordVerdict(quoteID: id, change: VerdictChange(status: .verified, rating: .mostlyTrue, note: "checked",
                                                                evidence: "https://e.example/\(id)"), reviewer: "bench")
}
let url = try PostgresURL(urlText)
let schema = "bench_export_\(getpid())"
let postgres = try await PostgresClaimStore.open(url, schema: schema)
try await postgres.copy(from: sqlite)
print("\(count) quotes in \(sourceIndex) sources, on SQLite and on \(url) (schema \(schema)); load average "
      + ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)).map { $0.split(separator: " ").prefix(3)
          .joined(separator: " ") } ?? "n/a"))

/// The CSV's columns.
let columns: [ExportColumn] = [.id, .text, .speaker, .speakerRole, .saidOn, .saidOnBasis, .status, .rating, .note,
                               .evidence, .reviewedBy, .reviewedAt, .sourceTitle, .sourceSite, .sourceURL,
                               .publishedAt, .context]

/// Times the readings on `store`. Nonisolated: the protocol's synchronous
/// bodies are not `Sendable`, so they are given from outside the main actor.
nonisolated func run(_ name: String, on store: any ClaimStore) async throws {
    try await measure("\(name): export rows (CSV columns)") {
        var rows = 0
        try await store.exportRows(matching: QuoteFilter(status: "all"), columns: columns) { _ in rows += 1 }
        return rows
    }
    try await measure("\(name): export records (jsonl)") {
        var rows = 0
        try await store.forEachExportRecord(matching: QuoteFilter(status: "all"), including: .all) { _ in rows += 1 }
        return rows
    }
    for words in ["ceasefire", "\"the deadline\"", "stat*"] {
        try await measure("\(name): search \(words), first 20") {
            try await store.search(SearchQuery(words), matching: QuoteFilter(limit: 20)).count
        }
    }
}

try await run("sqlite", on: sqlite)
try await run("postgres", on: postgres)
try await postgres.dropSchemaAndClose()
