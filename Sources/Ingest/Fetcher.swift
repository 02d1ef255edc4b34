import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Fetches http and https URLs like a careful browser and hands back the body
/// as a ``SourceInput`` with the ``FetchRecord`` that proves where it came from.
///
/// Redirects are followed (up to ``FetchPolicy/maxRedirects``, loops refused),
/// gzip and deflate are undone, the whole request is held to
/// ``FetchPolicy/timeout`` and the body to ``FetchPolicy/maxBytes`` (streamed,
/// abandoned past the cap), 429 and 503 answers and reset connections are
/// retried with back-off honouring `Retry-After`, and a few requests at most
/// run at a time per host. Bodies that are not HTML or XML are refused from
/// their `Content-Type` before they are read. Offline, URLs are served from
/// the archive's recorded fetches and the network is never touched.
///
/// Call ``shutdown()`` when done (or use ``withFetcher(policy:archive:_:)``).
public final class Fetcher: Sendable {
    /// The limits and manners in force.
    public let policy: FetchPolicy
    private let archive: Archive
    private let client: HTTPClient?
    private let limiter: HostLimiter
    /// How the fetcher waits before another attempt: `Task.sleep`, unless a
    /// test gives its own (which records the waits asked for and returns at once).
    private let wait: @Sendable (Duration) async throws -> Void

    /// The wait between attempts in real time.
    public static let sleep: @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }

    /// A fetcher; it opens no connection until asked, and none at all offline.
    /// `wait` is how it waits before another attempt (real time by default).
    public init(policy: FetchPolicy, archive: Archive, wait: @escaping @Sendable (Duration) async throws -> Void = Fetcher.sleep) {
        self.policy = policy
        self.wait = wait
        self.archive = archive
        self.limiter = HostLimiter(perHost: policy.perHostLimit, overall: policy.overallLimit)
        if policy.isOffline {
            client = nil
        } else {
            var pool = HTTPClient.Configuration.ConnectionPool()
            pool.concurrentHTTP1ConnectionsPerHostSoftLimit = max(1, policy.perHostLimit)
            // A refused connection or an unknown host fails the request at once
            // (the pool would otherwise try again until the deadline, so a closed
            // port looked like a silent server); only a silent server waits for
            // the timeout.
            pool.retryConnectionEstablishment = false
            var configuration = HTTPClient.Configuration(
                redirectConfiguration: .follow(max: policy.maxRedirects, allowCycles: false),
                timeout: .init(connect: .init(policy.timeout)),
                connectionPool: pool,
                decompression: .enabled(limit: .size(policy.maxBytes))
            )
            configuration.httpVersion = .automatic
            client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
        }
    }

    /// Runs `body` with a fetcher and shuts it down afterwards, whatever happens.
    public static func withFetcher<T: Sendable>(policy: FetchPolicy, archive: Archive,
                                                wait: @escaping @Sendable (Duration) async throws -> Void = Fetcher.sleep,
                                                _ body: (Fetcher) async throws -> T) async throws -> T {
        let fetcher = Fetcher(policy: policy, archive: archive, wait: wait)
        do {
            let result = try await body(fetcher)
            try await fetcher.shutdown()
            return result
        } catch {
            try await fetcher.shutdown()
            throw error
        }
    }

    /// Closes the connections. Required before the fetcher goes away.
    public func shutdown() async throws {
        try await client?.shutdown()
    }

    /// The document at `url`: fetched, or offline served from the archive.
    public func fetch(_ url: String) async throws -> SourceInput {
        guard let parsed = URL(string: url), let scheme = parsed.scheme?.lowercased() else {
            throw SourceReader.scheme(of: url).map { IngestError.unsupportedScheme(url, $0) } ?? IngestError.invalidURL(url)
        }
        guard scheme == "http" || scheme == "https" else { throw IngestError.unsupportedScheme(url, scheme) }
        guard let host = parsed.host, !host.isEmpty else { throw IngestError.invalidURL(url) }
        guard let client else { return try archive.replay(url, maxBytes: policy.maxBytes) }
        return try await limiter.withPlace(for: host.lowercased()) {
            var tries = 1
            while true {
                switch try await self.attempt(url, client: client) {
                case .done(let input):
                    return input
                case .retry(let retryAfter, let failure):
                    guard tries < self.policy.maxAttempts else { throw failure }
                    try await self.wait(self.policy.delay(afterAttempt: tries, retryAfter: retryAfter))
                    tries += 1
                }
            }
        }
    }

    /// What one attempt came to.
    private enum Attempt: Sendable {
        /// The document.
        case done(SourceInput)
        /// Worth another try, after `Retry-After` if the server gave one; `failure` if no tries are left.
        case retry(after: Duration?, failure: IngestError)
    }

    /// One request, held to the timeout from its first byte out to its last byte in.
    private func attempt(_ url: String, client: HTTPClient) async throws -> Attempt {
        let timeout = policy.timeout
        let seconds = policy.timeoutSeconds
        return try await withThrowingTaskGroup(of: Attempt?.self) { group in
            group.addTask { try await self.request(url, client: client) }
            group.addTask {
                try await Task.sleep(for: timeout)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let outcome = first else {
                throw IngestError.timedOut(url, seconds: seconds)
            }
            return outcome
        }
    }

    /// Sends the request and reads the response, mapping the client's errors to ``IngestError``.
    private func request(_ url: String, client: HTTPClient) async throws -> Attempt {
        var request = HTTPClientRequest(url: url)
        request.headers.add(name: "User-Agent", value: policy.userAgent)
        request.headers.add(name: "Accept", value: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.1")
        do {
            let response = try await client.execute(request, deadline: .now() + .init(policy.timeout))
            return try await read(response, from: url)
        } catch let error as IngestError {
            throw error
        } catch let error as HTTPClientError {
            switch error {
            case .redirectCycleDetected: throw IngestError.redirectLoop(url)
            case .redirectLimitReached: throw IngestError.tooManyRedirects(url, limit: policy.maxRedirects)
            case .deadlineExceeded, .readTimeout, .connectTimeout:
                throw IngestError.timedOut(url, seconds: policy.timeoutSeconds)
            case .remoteConnectionClosed:
                return .retry(after: nil, failure: .network(url, "the server closed the connection"))
            case .cancelled where Task.isCancelled:
                throw CancellationError()
            default:
                throw IngestError.network(url, NetworkReason.describe(error))
            }
        } catch where Self.isDecompressionLimit(error) {
            throw IngestError.bodyTooLarge(url, limit: policy.maxBytes)
        } catch let error as IOError where [ECONNRESET, EPIPE].contains(error.errnoCode) {
            return .retry(after: nil, failure: .network(url, "the connection was reset"))
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            throw IngestError.network(url, NetworkReason.describe(error))
        }
    }

    /// Checks the response head, then streams the body up to the cap.
    private func read(_ response: HTTPClientResponse, from url: String) async throws -> Attempt {
        let fetchedAt = Date()
        let status = Int(response.status.code)
        let headers = response.headers.map { HeaderField(name: $0.name, value: $0.value) }
        let finalURL = response.history.last?.request.url ?? url
        if status == 429 || status == 503 {
            return .retry(after: Self.retryAfter(response.headers.first(name: "Retry-After"), now: fetchedAt),
                          failure: .httpStatus(url, status: status, reason: response.status.reasonPhrase))
        }
        if (300..<400).contains(status) {
            throw IngestError.unfollowableRedirect(url, status: status, location: response.headers.first(name: "Location"))
        }
        guard (200..<300).contains(status) else {
            throw IngestError.httpStatus(url, status: status, reason: response.status.reasonPhrase)
        }
        let mediaType = response.headers.first(name: "Content-Type").map(MediaType.init(parsing:))
        if let mediaType, !mediaType.isMarkup, !mediaType.isUninformative {
            throw IngestError.notMarkup(url, mediaType.description)
        }
        if let length = response.headers.first(name: "Content-Length").flatMap(Int.init), length > policy.maxBytes {
            throw IngestError.bodyTooLarge(url, limit: policy.maxBytes)
        }
        var bytes: [UInt8] = []
        for try await chunk in response.body {
            guard bytes.count + chunk.readableBytes <= policy.maxBytes else {
                throw IngestError.bodyTooLarge(url, limit: policy.maxBytes)
            }
            bytes.append(contentsOf: chunk.readableBytesView)
        }
        guard !bytes.isEmpty else { throw IngestError.empty(url) }
        let redirects = response.history.dropLast().map(\.request.url)
        let record = FetchRecord(requestedURL: url, finalURL: finalURL, redirects: redirects, status: status,
                                 headers: headers, fetchedAt: fetchedAt)
        return .done(SourceInput(name: url, file: nil, bytes: bytes, charset: mediaType?.charset, fetch: record))
    }

    /// Whether `error` is the decompressor's size limit (a gzip or deflate body
    /// inflating past ``FetchPolicy/maxBytes``). Its type lives in
    /// swift-nio-extras, which this package does not name, so it is known by its name.
    static func isDecompressionLimit(_ error: any Error) -> Bool {
        String(reflecting: error).hasSuffix("DecompressionError.limit")
    }

    /// The wait a `Retry-After` header asks for: delay-seconds or an HTTP date.
    static func retryAfter(_ value: String?, now: Date) -> Duration? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        if let seconds = Int(value) { return .seconds(max(0, seconds)) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: value) else { return nil }
        return .milliseconds(max(0, Int(date.timeIntervalSince(now) * 1000)))
    }
}
