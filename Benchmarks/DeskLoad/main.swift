// The web desk under load on loopback: a desk over a scratch store of 2,000
// quotes (20 sources of 100), 20 accounts, and 20 simulated reviewers at once,
// each signing in and giving 100 verdicts through the verdict form (a GET of
// the quote page for its version and csrf field, then the POST, whose round
// trip is timed). Prints the verdicts recorded (none may be lost: each
// reviewer's 100 audit entries and final statuses are checked in the store),
// the verdicts per second, and the median, 95th and 99th percentile of a
// verdict's round trip (issue 18's aim: p95 under 50 ms on SQLite).
//
//   swift run -c release bench-desk              # 20 reviewers × 100 verdicts
//   swift run -c release bench-desk 10 50        # REVIEWERS VERDICTS
import AsyncHTTPClient
import BenchmarkSupport
import Extract
import Foundation
import NIOCore
import NIOHTTP1
import Server
import Store

let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let reviewers = arguments.first ?? 20
let verdictsEach = arguments.dropFirst().first ?? 100
let password = "a long enough password"

let scratch = try ScratchStore(program: "bench-desk")
defer { scratch.remove() }
let perSource = 100
let sources = (reviewers * verdictsEach + perSource - 1) / perSource
for source in 0..<sources {
    var paragraphs: [String] = [], quotes: [Quote] = []
    for i in 0..<perSource {
        let text = "Words number \(source * perSource + i) were said about the budget"
        let context = "The minister said that “\(text)” on Tuesday."
        paragraphs.append(context)
        quotes.append(Quote(text: text, kind: .direct, speaker: "Speaker \(i % 50)", speakerRole: "Minister",
                            speakerType: .person, cue: "said", saidOn: "2025-11-25", saidOnBasis: .relative,
                            paragraph: i, start: 24, end: 24 + text.unicodeScalars.count, context: context))
    }
    try scratch.importGeneratedArticle(source, paragraphs: paragraphs, quotes: quotes)
}
let hasher = PasswordHasher(cost: 4)
for r in 0..<reviewers {
    try scratch.store.addAccount(name: "reviewer\(r)", passwordHash: hasher.hash(password))
}

/// The desk's URL once it listens.
let (urls, continuation) = AsyncStream<String>.makeStream()
let configuration = DeskConfiguration(host: "127.0.0.1", port: 0, store: scratch.store,
                                      archiveDirectory: scratch.directory, hasher: hasher)
let server = Task { try await DeskServer(configuration: configuration).run { continuation.yield($0) } }
var listening = ""
for await url in urls {
    listening = String(url.dropLast())
    break
}
let base = listening

let client = HTTPClient(eventLoopGroupProvider: .singleton,
                        configuration: .init(redirectConfiguration: .disallow,
                                             connectionPool: .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: reviewers)))

/// One request; the status and body.
func send(_ method: HTTPMethod, _ path: String, cookie: String?, form: String? = nil) async throws -> (Int, String, HTTPHeaders) {
    var request = HTTPClientRequest(url: base + path)
    request.method = method
    if let cookie { request.headers.add(name: "Cookie", value: cookie) }
    if let form {
        request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
        request.body = .bytes(ByteBuffer(string: form))
    }
    let response = try await client.execute(request, timeout: .seconds(60))
    let body = try await response.body.collect(upTo: 8 << 20)
    return (Int(response.status.code), String(buffer: body), response.headers)
}

/// The value of the hidden field `name` in `html`.
func hidden(_ name: String, in html: String) -> String? {
    guard let range = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
    return String(html[range.upperBound...].prefix { $0 != "\"" })
}

let statuses = ["verified", "misquoted", "misattributed", "out-of-context", "unverifiable"]
let started = ContinuousClock.now
let timings: [Double] = try await withThrowingTaskGroup(of: [Double].self) { group in
    for r in 0..<reviewers {
        group.addTask {
            let (_, _, headers) = try await send(.POST, "/signin", cookie: nil,
                                                 form: "name=reviewer\(r)&password=\(password.replacingOccurrences(of: " ", with: "+"))")
            guard let cookie = headers.first(name: "set-cookie")?.split(separator: ";").first.map(String.init) else {
                throw CancellationError()
            }
            var times: [Double] = []
            for v in 0..<verdictsEach {
                let id = r * verdictsEach + v + 1
                let (_, page, _) = try await send(.GET, "/quotes/\(id)", cookie: cookie)
                guard let csrf = hidden("csrf", in: page), let version = hidden("version", in: page) else { throw CancellationError() }
                let form = "csrf=\(csrf)&version=\(version)&status=\(statuses[(r + v) % statuses.count])"
                let start = ContinuousClock.now
                let (status, _, _) = try await send(.POST, "/quotes/\(id)/verdict", cookie: cookie, form: form)
                let elapsed = ContinuousClock.now - start
                if status != 303 { FileHandle.standardError.write(Data("verdict on \(id): HTTP \(status)\n".utf8)) }
                times.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
            }
            return times
        }
    }
    var all: [Double] = []
    for try await times in group { all += times }
    return all
}
let wall = ContinuousClock.now - started
let wallSeconds = Double(wall.components.seconds) + Double(wall.components.attoseconds) / 1e18

// None lost: every reviewer's verdicts are in the trail and on the quotes.
var recorded = 0, lost = 0
for r in 0..<reviewers {
    for v in 0..<verdictsEach {
        let id = Int64(r * verdictsEach + v + 1)
        let quote = try scratch.store.quote(id: id)
        if quote?.status.rawValue == statuses[(r + v) % statuses.count], quote?.reviewedBy == "reviewer\(r)" {
            recorded += 1
        } else {
            lost += 1
        }
    }
}
let sorted = timings.sorted()
func percentile(_ p: Double) -> Double { sorted.isEmpty ? .nan : sorted[min(sorted.count - 1, Int((p * Double(sorted.count)).rounded(.up)) - 1)] }
print("desk load: \(reviewers) reviewers × \(verdictsEach) verdicts on loopback (SQLite, \(sources * perSource) quotes)")
print("verdicts recorded: \(recorded) of \(reviewers * verdictsEach), lost: \(lost)")
print(String(format: "throughput: %.0f verdicts/s (%.2f s wall, with each verdict's page GET)", Double(timings.count) / wallSeconds, wallSeconds))
print(String(format: "verdict round trip: median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (aim: p95 < 50 ms)",
             percentile(0.5), percentile(0.95), percentile(0.99), sorted.last ?? .nan))
try await client.shutdown()
server.cancel()
exit(lost == 0 ? 0 : 1)
