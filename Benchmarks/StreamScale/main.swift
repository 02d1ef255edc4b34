// Streams every quote of a store through `forEachQuote` (what `export` and the
// review queue use) on one backend, through `any ClaimStore`, and prints quotes
// per second and how much the process's peak memory grew while streaming; then
// the same for `quotes(matching:)`, which holds every record at once, for contrast
// (up to 200,000 quotes).
// The store (100 quotes per source, 1,000 speakers) is built in a temporary
// SQLite workbench; for `postgres` it is copied (`copy --to`) into a new schema
// of QUOTECHECK_BENCH_POSTGRES (else QUOTECHECK_TEST_POSTGRES), dropped afterwards.
// One backend per run, so that each peak is the backend's own.
//
//   swift run bench-stream sqlite 200000
//   scripts/postgres-test-cluster swift run bench-stream postgres 1000000
import BenchmarkSupport
import Extract
import Foundation
import Store
import StorePostgres

let arguments = Array(CommandLine.arguments.dropFirst())
guard let backend = arguments.first, ["sqlite", "postgres"].contains(backend),
      let count = Int(arguments.dropFirst().first ?? "200000"), count > 0 else {
    FileHandle.standardError.write(Data("usage: bench-stream sqlite|postgres [N]   (N quotes, default 200000)\n".utf8))
    exit(64)
}

/// The process's peak resident memory so far, in MiB.
func peakMiB() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024
}

let scratch = try ScratchStore(program: "bench-stream")
defer { scratch.remove() }
let build = try seconds {
    var made = 0
    var sourceIndex = 0
    while made < count {
        let n = min(100, count - made)
        var quotes: [Quote] = []
        var paragraphs: [String] = []
        for i in 0..<n {
            let number = made + i
            let text = "Statement \(number) on the budget, the plan and the deadline, as promised."
            let context = "On Tuesday, the minister said \u{201C}\(text)\u{201D} and left, according to aides."
            paragraphs.append(context)
            quotes.append(Quote(text: text, kind: .direct, speaker: "Speaker \(number % 1000)", speakerRole: "Minister",
                                speakerType: .person, cue: "said", saidOn: "2025-11-25", saidOnBasis: .relative,
                                paragraph: i, start: 31, end: 31 + text.unicodeScalars.count, context: context))
        }
        try scratch.importGeneratedArticle(sourceIndex, paragraphs: paragraphs, quotes: quotes)
        made += n
        sourceIndex += 1
    }
}
print(String(format: "store of %d quotes built in %.1f s (SQLite)", count, build))

let store: any ClaimStore
var postgres: PostgresClaimStore?
if backend == "postgres" {
    let environment = ProcessInfo.processInfo.environment
    guard let text = environment["QUOTECHECK_BENCH_POSTGRES"] ?? environment["QUOTECHECK_TEST_POSTGRES"], !text.isEmpty else {
        FileHandle.standardError.write(Data("bench-stream postgres: set QUOTECHECK_BENCH_POSTGRES (or run under scripts/postgres-test-cluster)\n".utf8))
        exit(64)
    }
    let target = try await PostgresClaimStore.open(try PostgresURL(text), schema: "bench_stream_\(getpid())")
    let filled = scratch.store
    let copied = try await wallSeconds { _ = try await target.copy(from: filled) }
    print(String(format: "copied to PostgreSQL in %.1f s", copied))
    postgres = target
    store = target
} else {
    store = scratch.store
}

/// `body`'s wall time in seconds.
func wallSeconds(_ body: () async throws -> Void) async rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try await body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Streams every quote of `store`: how many, and the bytes of their words.
func stream(_ store: any ClaimStore) async throws -> (quotes: Int, bytes: Int) {
    var streamed = 0
    var bytes = 0
    try await store.forEachQuote(matching: .all) { quote in
        streamed += 1
        bytes += quote.text.utf8.count
    }
    return (streamed, bytes)
}

let before = peakMiB()
let start = DispatchTime.now().uptimeNanoseconds
let (streamed, _) = try await stream(store)
let streaming = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
let afterStreaming = peakMiB()
print("\(backend), \(count) quotes:")
print(String(format: "  forEachQuote      %8d quotes  %6.2f s  %8.0f quotes/s  peak memory +%6.1f MiB (%.1f → %.1f)",
             streamed, streaming, Double(streamed) / streaming, afterStreaming - before, before, afterStreaming))
if count <= 200_000 {
    let listStart = DispatchTime.now().uptimeNanoseconds
    let listed = try await store.quotes(matching: .all).count
    let listing = Double(DispatchTime.now().uptimeNanoseconds - listStart) / 1e9
    let afterListing = peakMiB()
    print(String(format: "  quotes(matching:) %8d quotes  %6.2f s  %8.0f quotes/s  peak memory +%6.1f MiB (→ %.1f)",
                 listed, listing, Double(listed) / listing, afterListing - afterStreaming, afterListing))
} else {
    print("  quotes(matching:) skipped above 200,000 quotes: it holds every record at once")
}
if let postgres { try await postgres.dropSchemaAndClose() }
