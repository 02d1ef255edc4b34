import Foundation
import GRDB

/// One HTTP fetch of a source: what was asked for, where it ended, what came back, when.
public struct SourceFetch: Sendable, Equatable {
    /// The URL as given on import.
    public var requestedURL: String
    /// The URL after redirects.
    public var finalURL: String
    /// The HTTP status of the final response.
    public var status: Int
    /// The `Content-Type` header of the final response, if any.
    public var contentType: String?
    /// When the response was received (ISO 8601, UTC, milliseconds).
    public var fetchedAt: String

    /// Describes a fetch received at `date`.
    public init(requestedURL: String, finalURL: String, status: Int, contentType: String?, fetchedAt date: Date) {
        self.requestedURL = requestedURL
        self.finalURL = finalURL
        self.status = status
        self.contentType = contentType
        self.fetchedAt = Timestamp.string(from: date)
    }

    /// Describes a fetch whose time is already written as ISO 8601 text (as an archive sidecar keeps it).
    public init(requestedURL: String, finalURL: String, status: Int, contentType: String?, fetchedAtText: String) {
        self.requestedURL = requestedURL
        self.finalURL = finalURL
        self.status = status
        self.contentType = contentType
        self.fetchedAt = fetchedAtText
    }

    /// Reads a fetch from a row of the `fetch` table.
    init(row: Row) {
        requestedURL = row["requested_url"]
        finalURL = row["final_url"]
        status = row["status"]
        contentType = row["content_type"]
        fetchedAt = row["fetched_at"]
    }
}
