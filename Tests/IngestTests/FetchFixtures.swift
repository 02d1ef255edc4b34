import Foundation
import NIOHTTP1
@testable import Ingest

/// A file under `Tests/IngestTests/Fixtures/`.
func fixture(_ name: String) throws -> [UInt8] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
    return [UInt8](try Data(contentsOf: url))
}

/// A story in windows-1252 with “smart quotes” (0x93, 0x94) and, if given, a `<meta>` naming another charset.
func windows1252Story(meta: String? = nil) -> [UInt8] {
    let head = "<html><head>\(meta.map { "<meta charset=\"\($0)\">" } ?? "")<title>Ferry fares rise | Island Post</title>"
        + "<meta property=\"article:published_time\" content=\"2025-04-11T09:00:00+00:00\"></head>"
        + "<body><article><h1>Ferry fares rise</h1><div class=\"story-body\">"
        + "<p>Ferry operator chief Tomas Berg announced the new fares on Friday at the harbour office.</p><p>"
    let tail = " Berg said, adding that pensioners would still travel free.</p></div></article></body></html>"
    return Array(head.utf8) + [0x93] + Array("Prices have not changed in ten years,".utf8) + [0x94] + Array(tail.utf8)
}

/// Limits that keep the tests fast: short back-off, small caps.
func testPolicy(timeout: Duration = .seconds(60), maxBytes: Int = 1 << 20, maxAttempts: Int = 4,
                perHostLimit: Int = 4, offline: Bool = false) -> FetchPolicy {
    FetchPolicy(timeout: timeout, maxBytes: maxBytes, perHostLimit: perHostLimit, maxAttempts: maxAttempts,
                retryDelay: .milliseconds(20), maxRetryDelay: .seconds(2), isOffline: offline)
}

/// The compressed bodies the server sends, read from the fixtures.
struct CompressedBodies: Sendable {
    /// compressed-story.html, gzip.
    var gzip: [UInt8]
    /// compressed-story.html, zlib deflate.
    var deflate: [UInt8]
    /// 3 MiB of markup gzipped to 3 KiB.
    var bomb: [UInt8]

    static func load() throws -> CompressedBodies {
        CompressedBodies(gzip: try fixture("compressed-story.html.gz"), deflate: try fixture("compressed-story.html.zz"),
                         bomb: try fixture("bomb.html.gz"))
    }
}

/// The routes every fetch test's server knows.
func testRoutes(_ bodies: CompressedBodies) -> @Sendable (String, Int) -> Reply {
    { path, hit in route(path, hit, bodies) }
}

private func route(_ path: String, _ hit: Int, _ bodies: CompressedBodies) -> Reply {
    switch path {
    case "/page", "/page-again":
        return .ok(Array(storyHTML.utf8))
    case "/redirect":
        return .redirect("/page")
    case "/redirect-twice":
        return .redirect("/redirect", .movedPermanently)
    case "/loop-a":
        return .redirect("/loop-b")
    case "/loop-b":
        return .redirect("/loop-a")
    case "/to-ftp":
        return .redirect("ftp://127.0.0.1/story.html")
    case "/missing":
        return .respond(status: .notFound, headers: [("Content-Type", "text/html")], body: Array("<p>gone</p>".utf8))
    case "/image.png":
        return .ok([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "image/png")
    case "/report.pdf":
        return .ok(Array("%PDF-1.7\n".utf8), "application/pdf")
    case "/slow":
        return .ok(Array(storyHTML.utf8), delay: .seconds(120))
    case "/endless":
        return .endless(headers: [("Content-Type", "text/html")])
    case "/big":
        return .ok(Array(repeating: UInt8(ascii: "a"), count: 2 << 20))
    case "/gzip":
        return .ok(bodies.gzip, extra: [("Content-Encoding", "gzip")])
    case "/deflate":
        return .ok(bodies.deflate, extra: [("Content-Encoding", "deflate")])
    case "/bomb":
        return .ok(bodies.bomb, extra: [("Content-Encoding", "gzip")])
    case "/cp1252":
        return .ok(windows1252Story(), "text/html; charset=windows-1252")
    case "/cp1252-greek-meta":
        return .ok(windows1252Story(meta: "iso-8859-7"), "text/html; charset=\"windows-1252\"")
    case "/busy":
        return hit == 1
            ? .respond(status: .tooManyRequests, headers: [("Retry-After", "1")], body: [])
            : .ok(Array(storyHTML.utf8))
    case "/unavailable-twice":
        return hit <= 2 ? .respond(status: .serviceUnavailable, headers: [], body: []) : .ok(Array(storyHTML.utf8))
    case "/always-unavailable":
        return .respond(status: .serviceUnavailable, headers: [("Retry-After", "0")], body: [])
    case "/reset-once":
        return hit == 1 ? .hangUp : .ok(Array(storyHTML.utf8))
    case "/empty":
        return .ok([])
    default:
        if path.hasPrefix("/chain/"), let n = Int(path.dropFirst("/chain/".count)) {
            return .redirect("/chain/\(n + 1)")
        }
        if path.hasPrefix("/paced/") {
            return .ok(Array(storyHTML.utf8), delay: .milliseconds(150))
        }
        return .respond(status: .notFound, headers: [], body: [])
    }
}

/// Runs `body` against a fresh test server, stopping it afterwards.
@discardableResult
func withTestServer<T>(_ body: (TestHTTPServer) async throws -> T) async throws -> T {
    let server = try await TestHTTPServer.start(testRoutes(try CompressedBodies.load()))
    do {
        let result = try await body(server)
        try await server.stop()
        return result
    } catch {
        try await server.stop()
        throw error
    }
}

/// Fetches `path` from `server` with a fresh fetcher under `policy`; the
/// waits between attempts go to `wait` (real time by default).
func fetch(_ path: String, from server: TestHTTPServer, policy: FetchPolicy = testPolicy(),
           archive: Archive = Archive(directory: FileManager.default.temporaryDirectory),
           wait: @escaping @Sendable (Duration) async throws -> Void = Fetcher.sleep) async throws -> SourceInput {
    try await Fetcher.withFetcher(policy: policy, archive: archive, wait: wait) { try await $0.fetch(server.url(path)) }
}

/// The waits a fetcher asked for, recorded instead of slept (an injected clock
/// for the retry tests: they check the wait asked for, not the time it took).
final class RecordedWaits: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [Duration] = []

    /// The waits asked for so far, in order.
    var waits: [Duration] { lock.withLock { recorded } }

    /// A wait function that records and returns at once.
    var wait: @Sendable (Duration) async throws -> Void {
        { [self] duration in lock.withLock { recorded.append(duration) } }
    }
}
