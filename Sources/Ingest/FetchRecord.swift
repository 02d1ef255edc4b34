import Foundation
import Store

/// One HTTP response header as received.
public struct HeaderField: Sendable, Equatable, Codable {
    /// The header's name, as the server spelled it.
    public var name: String
    /// Its value.
    public var value: String

    /// A header.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }

    /// Encoded as a two-element array `[name, value]`, which keeps order and repeats.
    public init(from decoder: any Decoder) throws {
        var pair = try decoder.unkeyedContainer()
        name = try pair.decode(String.self)
        value = try pair.decode(String.self)
    }

    /// Encodes the header as `[name, value]`.
    public func encode(to encoder: any Encoder) throws {
        var pair = encoder.unkeyedContainer()
        try pair.encode(name)
        try pair.encode(value)
    }
}

/// The evidence of one fetch: what was asked for, the redirects, what came back and when.
public struct FetchRecord: Sendable, Equatable, Codable {
    /// The URL as given.
    public var requestedURL: String
    /// The URL after redirects.
    public var finalURL: String
    /// The URLs redirected through, in order (the requested one first, the final one not included).
    public var redirects: [String]
    /// The HTTP status of the final response.
    public var status: Int
    /// The final response's headers, in order.
    public var headers: [HeaderField]
    /// When the response head arrived.
    public var fetchedAt: Date

    /// Describes a fetch.
    public init(requestedURL: String, finalURL: String, redirects: [String] = [], status: Int,
                headers: [HeaderField], fetchedAt: Date) {
        self.requestedURL = requestedURL
        self.finalURL = finalURL
        self.redirects = redirects
        self.status = status
        self.headers = headers
        self.fetchedAt = fetchedAt
    }

    /// The first value of the header `name` (any case).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// The `Content-Type` header.
    public var contentType: String? { header("Content-Type") }

    /// The charset label of the `Content-Type` header, if it names one.
    public var charset: String? { contentType.flatMap { MediaType(parsing: $0).charset } }

    /// Whether this fetch was made for, or ended at, `url`.
    public func concerns(_ url: String) -> Bool {
        requestedURL == url || finalURL == url
    }

    /// The summary the claims store keeps.
    public var storeRecord: SourceFetch {
        SourceFetch(requestedURL: requestedURL, finalURL: finalURL, status: status, contentType: contentType,
                    fetchedAtText: ArchiveTime.string(from: fetchedAt))
    }

    private enum CodingKeys: String, CodingKey {
        case requestedURL = "requested_url", finalURL = "final_url", redirects, status, headers
        case fetchedAt = "fetched_at"
    }

    /// Reads a fetch from an archive sidecar.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        requestedURL = try c.decode(String.self, forKey: .requestedURL)
        finalURL = try c.decode(String.self, forKey: .finalURL)
        redirects = try c.decodeIfPresent([String].self, forKey: .redirects) ?? []
        status = try c.decode(Int.self, forKey: .status)
        headers = try c.decodeIfPresent([HeaderField].self, forKey: .headers) ?? []
        let text = try c.decode(String.self, forKey: .fetchedAt)
        guard let date = ArchiveTime.date(from: text) else {
            throw DecodingError.dataCorruptedError(forKey: .fetchedAt, in: c, debugDescription: "not an ISO 8601 time: \(text)")
        }
        fetchedAt = date
    }

    /// Writes the fetch into an archive sidecar.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(requestedURL, forKey: .requestedURL)
        try c.encode(finalURL, forKey: .finalURL)
        try c.encode(redirects, forKey: .redirects)
        try c.encode(status, forKey: .status)
        try c.encode(headers, forKey: .headers)
        try c.encode(ArchiveTime.string(from: fetchedAt), forKey: .fetchedAt)
    }
}

/// How the archive writes moments: ISO 8601, UTC, with milliseconds, rounded
/// to the nearest millisecond so that a time read back writes the same text.
enum ArchiveTime {
    static func string(from date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let (seconds, fraction) = milliseconds.quotientAndRemainder(dividingBy: 1000)
        let (wholeSeconds, ms) = fraction < 0 ? (seconds - 1, fraction + 1000) : (seconds, fraction)
        let whole = Date(timeIntervalSince1970: TimeInterval(wholeSeconds))
            .formatted(Date.ISO8601FormatStyle(timeZone: .gmt))
        return String(whole.dropLast()) + "." + String(String(ms + 1000).dropFirst()) + "Z"
    }

    static func date(from text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }
}
