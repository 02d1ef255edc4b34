import Foundation
import Store

/// Writes one schema.org `ClaimReview` (JSON-LD) per quote, as a CMS or a
/// search engine reads it.
///
/// The claim is the quote (`claimReviewed`), its `author` the speaker
/// (a `Person` unless the speaker is an organisation or a group), its
/// `appearance` the URLs of every source carrying it; the review's `author` is
/// the checking organisation, its `reviewRating` the verdict
/// (``ClaimReviewRating``).
public struct ClaimReviewWriter: Sendable {
    /// The checking organisation's name (the review's `author`).
    public var organizationName: String
    /// The checking organisation's web site, if any.
    public var organizationURL: String?
    /// The review date of quotes without a `reviewed_at` (`YYYY-MM-DD`).
    public var today: String
    /// The folder relative file paths are resolved against for `file:` URLs;
    /// `nil` for the current folder.
    public var baseDirectory: String?

    /// The organisation name used when none is given.
    public static let defaultOrganizationName = "quotecheck"

    /// Creates a writer; `today` defaults to the current day in UTC.
    public init(organizationName: String = ClaimReviewWriter.defaultOrganizationName,
                organizationURL: String? = nil, today: String? = nil, baseDirectory: String? = nil) {
        self.organizationName = organizationName
        self.organizationURL = organizationURL
        self.today = today ?? String(Date().formatted(.iso8601.year().month().day()).prefix(10))
        self.baseDirectory = baseDirectory
    }

    /// The quote's ClaimReview as one line of compact JSON (no line end).
    public func claimReview(for record: ExportRecord) -> String {
        let quote = record.quote
        var object = JSONObject()
        object.add("@context", "https://schema.org")
        object.add("@type", "ClaimReview")
        object.add("claimReviewed", quote.text)
        object.add("reviewRating", ClaimReviewRating(status: quote.status, rating: quote.rating).json)
        object.add("itemReviewed", claim(of: record))
        var organization = JSONObject()
        organization.add("@type", "Organization")
        organization.add("name", organizationName)
        organization.add("url", organizationURL)
        object.add("author", organization)
        let reviewed = quote.status == .unreviewed ? nil : quote.reviewedAt.map { String($0.prefix(10)) }
        object.add("datePublished", reviewed ?? today)
        return object.text
    }

    /// The `Claim`: who said it, when, and where it appears.
    private func claim(of record: ExportRecord) -> JSONObject {
        let quote = record.quote
        var author = JSONObject()
        let isOrganization = record.speakerType == "organisation" || record.speakerType == "group"
        author.add("@type", isOrganization ? "Organization" : "Person")
        author.add("name", quote.speaker ?? "Unknown")
        if !isOrganization { author.add("jobTitle", quote.speakerRole) }
        var claim = JSONObject()
        claim.add("@type", "Claim")
        claim.add("author", author)
        claim.add("datePublished", quote.saidOn ?? quote.publishedAt)
        var urls: [String] = []
        for appearance in record.appearances {
            let url = appearanceURL(of: appearance.source)
            if !urls.contains(url) { urls.append(url) }
        }
        if urls.isEmpty, let url = quote.sourceURL { urls.append(url) }
        claim.add("appearance", urls)
        claim.add("firstAppearance", urls.first)
        return claim
    }

    /// Where a source can be found: its URL, else its canonical URL, else a
    /// `file:` URL of the path it was imported from, else of its archived
    /// copy, else `urn:sha256:` and its hash (never empty).
    public func appearanceURL(of source: ExportSource) -> String {
        if let url = source.url ?? source.canonicalURL, !url.isEmpty { return url }
        if let path = source.file ?? source.archivePath, !path.isEmpty {
            let base = baseDirectory.map { URL(fileURLWithPath: $0, isDirectory: true) }
            return URL(fileURLWithPath: path, relativeTo: base).standardizedFileURL.absoluteString
        }
        return "urn:sha256:" + source.sha256
    }
}
