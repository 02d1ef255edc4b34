// The store at scale: builds a claims store of N quotes in a temporary
// file (100 quotes per source, 1,000 speakers, a verdict on every 100th
// quote), times the filtered lists, the next quote for review and a verdict
// (medians), then exports it as CSV, JSON Lines (the full records) and
// ClaimReview to /dev/null as `quotecheck export` writes (write(2) in 64 KiB
// chunks), printing rows/s of wall time and of CPU time (steadier when others
// load the machine) and the peak resident memory of each phase (VmHWM, reset between phases through /proc/self/clear_refs),
// the machine's load average before and after, and issue 17's aims (CSV at
// least 200,000 rows/s, JSON Lines 100,000).
//
//   swift run -c release bench-export            # 1,000,000 quotes
//   swift run -c release bench-export 100000     # another size
import BenchmarkSupport
import Export
import Extract
import Foundation
import Store

/// Writes to /dev/null as `quotecheck export` writes to its output: the
/// exporters' chunks go as bytes straight to write(2) (FileDescriptorOutput).
final class NullOutput: TextOutputStream, ByteOutput {
    let file: FileDescriptorOutput
    private(set) var bytes = 0
    init() throws {
        file = try FileDescriptorOutput(path: "/dev/null")
    }
    func write(bytes chunk: UnsafeRawBufferPointer) throws {
        bytes += chunk.count
        try file.write(bytes: chunk)
    }
    func write(_ string: String) {
        bytes += string.utf8.count
        file.write(string)
    }
    deinit { try? file.close() }
}

/// The load averages of the machine (Linux), to print beside the figures.
func loadAverage() -> String {
    (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))
        .map { $0.split(separator: " ").prefix(3).joined(separator: " ") } ?? "n/a"
}

/// The peak resident set size so far, in MiB (Linux), or nil.
func peakMiB() -> Double? {
    let status: String
    do {
        status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
    } catch {
        return nil  // not Linux: the figure is printed as n/a
    }
    guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kB = Double(line.split(separator: " ").dropFirst().first ?? "") else { return nil }
    return kB / 1024
}

/// Resets the peak (VmHWM) to the current size; false where the kernel does not allow it.
func resetPeak() -> Bool {
    guard let file = fopen("/proc/self/clear_refs", "w") else { return false }
    defer { fclose(file) }
    return fputs("5", file) >= 0
}

/// The CPU time (user and system) this process has used so far, in seconds.
func cpuSeconds() -> Double {
    var usage = rusage()
    #if os(Linux)
    getrusage(RUSAGE_SELF.rawValue, &usage)
    #else
    getrusage(RUSAGE_SELF, &usage)
    #endif
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

/// Prints a phase's figures: rows/s of wall time, and of CPU time (steadier on a loaded machine).
func report(_ name: String, rows: Int, bytes: Int, time: Double, cpu: Double) {
    let peak = peakMiB().map { String(format: "%.0f MiB", $0) } ?? "n/a"
    let label = name.padding(toLength: 22, withPad: " ", startingAt: 0)
    print(label + String(format: " %9d rows  %7.2f s  %9.0f rows/s  %6.1f MB/s  cpu %7.2f s %9.0f rows/cpu-s  peak RSS ",
                         rows, time, Double(rows) / time, Double(bytes) / time / 1e6, cpu, Double(rows) / cpu) + peak)
}

let count = quoteCountArgument(program: "bench-export")
let perSource = 100
let scratch = try ScratchStore(program: "bench-export")
defer { scratch.remove() }
let store = scratch.store

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
        try scratch.importGeneratedArticle(sourceIndex, paragraphs: paragraphs, quotes: quotes)
        made += n
        sourceIndex += 1
    }
    for id in stride(from: Int64(1), through: Int64(count), by: 100) {
        try store.recordVerdict(quoteID: id, change: VerdictChange(status: .verified, rating: .mostlyTrue,
                                                                   note: "checked", evidence: "https://e.example/\(id)"),
                                reviewer: "bench")
    }
}
print("store of \(count) quotes in \((count + perSource - 1) / perSource) sources built in \(String(format: "%.1f", build)) s"
      + (peakMiB().map { String(format: " (peak RSS %.0f MiB)", $0) } ?? ""))
if !resetPeak() { print("(cannot reset the peak RSS between phases: figures are cumulative)") }

/// The median time of `runs` runs of `body`, in milliseconds.
func medianMilliseconds(_ runs: Int, _ body: (Int) throws -> Void) rethrows -> Double {
    var times: [Double] = []
    for run in 0..<runs { times.append(try seconds { try body(run) } * 1000) }
    return times.sorted()[times.count / 2]
}

// The operations a reviewer waits on, at this size (aims: next and verdict under
// 10 ms, a filtered list of 100 under 100 ms).
let operations: [(String, Double)] = [
    ("list --speaker (100)", try medianMilliseconds(21) { run in
        _ = try store.quotes(matching: QuoteFilter(speaker: "Speaker \(run * 37 % 1000)", limit: 100))
    }),
    ("list --status verified (100)", try medianMilliseconds(21) { _ in
        _ = try store.quotes(matching: QuoteFilter(status: "verified", limit: 100))
    }),
    ("list --since (100)", try medianMilliseconds(21) { _ in
        _ = try store.quotes(matching: QuoteFilter(since: "2025-11-25", limit: 100))
    }),
    ("next in review", try medianMilliseconds(51) { run in
        _ = try store.nextQuote(matching: QuoteFilter(status: "unreviewed"), after: Int64(1 + run * 19_997 % count))
    }),
    ("verdict", try medianMilliseconds(51) { run in
        _ = try store.recordVerdict(quoteID: Int64(2 + run * 9_973 % (count - 2)), change: VerdictChange(status: .misquoted),
                                    reviewer: "bench")
    }),
]
for (name, ms) in operations {
    print(name.padding(toLength: 30, withPad: " ", startingAt: 0) + String(format: "%8.2f ms (median)", ms))
}

let exporter = QuoteExporter()
print("load average before the exports: \(loadAverage())")
let phases: [(String, (inout NullOutput) throws -> Int)] = [
    // The floors of the exports: the quotes read from the store, nothing written.
    ("read records (floor)", { _ in
        var rows = 0
        try store.forEachQuote(matching: .all) { _ in rows += 1 }
        return rows
    }),
    ("read csv columns", { _ in
        var rows = 0
        try store.exportRows(matching: .all, columns: ExportColumn.allCases) { _ in rows += 1 }
        return rows
    }),
    ("csv", { try exporter.exportCSV(store: store, filter: .all, to: &$0) }),
    ("jsonl (full records)", { try exporter.exportRecords(store: store, filter: .all, to: &$0) }),
    ("jsonl (list records)", { try exporter.exportJSONLines(store: store, filter: .all, to: &$0) }),
    // Unreviewed quotes are read and left out (ClaimReview publishes verdicts only).
    ("claimreview", { try exporter.exportClaimReviews(store: store, filter: .all,
                                                      writer: ClaimReviewWriter(organizationName: "Bench",
                                                                                reviewURL: "https://bench.example/{id}"),
                                                      asArray: true, to: &$0).written }),
]
var rates: [String: Double] = [:]
for (name, run) in phases {
    var sink = try NullOutput()
    _ = resetPeak()
    var rows = 0
    let cpuBefore = cpuSeconds()
    let time = try seconds { rows = try run(&sink) }
    let cpu = cpuSeconds() - cpuBefore
    report(name, rows: rows, bytes: sink.bytes, time: time, cpu: cpu)
    rates[name] = Double(rows) / time
}
print("load average after the exports: \(loadAverage())")
for (name, aim) in [("csv", 200_000.0), ("jsonl (full records)", 100_000.0)] {
    let rate = rates[name] ?? 0
    print("\(name): \(String(format: "%.0f", rate)) rows/s, aim \(String(format: "%.0f", aim)): "
          + (rate >= aim ? "met" : "not met"))
}
