import Foundation

/// How carefully URLs are fetched: limits, retries, politeness and whether the
/// network may be used at all.
public struct FetchPolicy: Sendable, Equatable {
    /// The User-Agent sent with every request.
    public static let defaultUserAgent = "quotecheck/0.1 (+fact-check workbench)"
    /// The default for `--max-bytes`: 32 MiB.
    public static let defaultMaxBytes = 32 << 20

    /// The longest one request may take, from connecting to the last body byte.
    public var timeout: Duration
    /// The largest body accepted (after undoing gzip or deflate).
    public var maxBytes: Int
    /// Redirects followed before giving up.
    public var maxRedirects: Int
    /// Requests in flight to one host at a time.
    public var perHostLimit: Int
    /// Requests in flight at a time, all hosts together.
    public var overallLimit: Int
    /// Attempts per URL, the first one included, when the server answers 429 or
    /// 503 or the connection is reset.
    public var maxAttempts: Int
    /// The first back-off delay; it doubles with each retry. `Retry-After` overrides it.
    public var retryDelay: Duration
    /// The longest wait before a retry, whatever `Retry-After` asks for.
    public var maxRetryDelay: Duration
    /// The User-Agent header.
    public var userAgent: String
    /// No network at all: URLs are served from the archive's recorded fetches.
    public var isOffline: Bool

    /// A policy; the defaults suit a newsroom desk.
    public init(timeout: Duration = .seconds(30), maxBytes: Int = FetchPolicy.defaultMaxBytes,
                maxRedirects: Int = 10, perHostLimit: Int = 4, overallLimit: Int = 8, maxAttempts: Int = 4,
                retryDelay: Duration = .milliseconds(500), maxRetryDelay: Duration = .seconds(30),
                userAgent: String = FetchPolicy.defaultUserAgent, isOffline: Bool = false) {
        self.timeout = timeout
        self.maxBytes = maxBytes
        self.maxRedirects = maxRedirects
        self.perHostLimit = perHostLimit
        self.overallLimit = overallLimit
        self.maxAttempts = maxAttempts
        self.retryDelay = retryDelay
        self.maxRetryDelay = maxRetryDelay
        self.userAgent = userAgent
        self.isOffline = isOffline
    }

    /// The wait before attempt `attempt + 1` (attempts count from 1): the
    /// server's `Retry-After` when given, else the doubling back-off; never
    /// more than ``maxRetryDelay``.
    public func delay(afterAttempt attempt: Int, retryAfter: Duration?) -> Duration {
        let backOff = retryDelay * (1 << min(max(attempt - 1, 0), 16))
        return min(retryAfter ?? backOff, maxRetryDelay)
    }

    /// The timeout in seconds, for messages.
    var timeoutSeconds: Double {
        let (seconds, attoseconds) = timeout.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
