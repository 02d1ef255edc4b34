import Foundation
import Store

/// Writes one schema.org `ClaimReview` (JSON-LD) per reviewed quote, as a CMS
/// or a search engine reads it, with every property Google's ClaimReview
/// structured data asks for.
///
/// - `url`: the page of the review, ``reviewURL`` with `{id}` replaced by the
///   quote's id (required).
/// - `claimReviewed`: the quote.
/// - `reviewRating`: the verdict (``ClaimReviewRating``).
/// - `author`: the checking organisation, ``organizationName`` (required) and
///   ``organizationURL``.
/// - `datePublished`: the day of the verdict (`reviewed_at`), never the day
///   of the export; left out when the verdict has no time.
/// - `itemReviewed`: the `Claim`: its `author` the speaker (a `Person` unless
///   the speaker is an organisation or a group; a person's role is their
///   `jobTitle` only when it reads as a role, ``JobTitle``), its
///   `datePublished` the day the quote was said (left out when it is not
///   known: never the article's date), its `appearance` the URLs of every
///   source carrying it and `firstAppearance` the first of them.
///
/// Unreviewed quotes are never published: ``claimReview(for:)`` returns `nil`.
public struct ClaimReviewWriter: Sendable {
    /// The checking organisation's name (the review's `author`).
    public var organizationName: String
    /// The checking organisation's web site, if any.
    public var organizationURL: String?
    /// The address of each review's page, `{id}` standing for the quote's id.
    public var reviewURL: String
    /// The folder relative file paths are resolved against for `file:` URLs;
    /// `nil` for the current folder.
    public var baseDirectory: String?

    /// The placeholder in ``reviewURL`` that the quote's id replaces.
    public static let idPlaceholder = "{id}"

    /// Creates a writer for the organisation `organizationName` whose reviews
    /// are published at `reviewURL` (see ``problem(withReviewURL:)``).
    public init(organizationName: String, organizationURL: String? = nil, reviewURL: String,
                baseDirectory: String? = nil) {
        self.organizationName = organizationName
        self.organizationURL = organizationURL
        self.reviewURL = reviewURL
        self.baseDirectory = baseDirectory
    }

    /// What is wrong with a `--review-url` template, or `nil` when it is usable:
    /// an absolute `http` or `https` URL holding `{id}`, so that each review
    /// gets its own address (a page reviewing several quotes can use an
    /// anchor: `https://check.example/story#quote-{id}`).
    public static func problem(withReviewURL template: String) -> String? {
        let lower = template.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"),
              let host = template.split(separator: "/", omittingEmptySubsequences: false).dropFirst(2).first,
              !host.isEmpty else {
            return "takes an absolute http or https URL, such as https://check.example/quotes/{id}"
        }
        guard template.contains(idPlaceholder) else {
            return "must hold {id}, replaced by each quote's id (such as https://check.example/quotes/{id})"
        }
        guard !template.contains(where: { $0 == " " || $0 == "\n" || $0 == "\t" }) else {
            return "must not hold spaces"
        }
        return nil
    }

    /// The review's page for the quote with this id.
    public func reviewURL(of id: Int64) -> String {
        reviewURL.replacingOccurrences(of: Self.idPlaceholder, with: String(id))
    }

    /// The quote's ClaimReview as one line of compact JSON (no line end);
    /// `nil` for an unreviewed quote, which is never published.
    public func claimReview(for record: ExportRecord) -> String? {
        let quote = record.quote
        guard quote.status != .unreviewed else { return nil }
        var object = JSONObject()
        object.add("@context", "https://schema.org")
        object.add("@type", "ClaimReview")
        object.add("url", reviewURL(of: quote.id))
        object.add("claimReviewed", quote.text)
        object.add("reviewRating", ClaimReviewRating(status: quote.status, rating: quote.rating).json)
        object.add("itemReviewed", claim(of: record))
        var organization = JSONObject()
        organization.add("@type", "Organization")
        organization.add("name", organizationName)
        organization.add("url", organizationURL)
        object.add("author", organization)
        object.add("datePublished", quote.reviewedAt.map { String($0.prefix(10)) })
        return object.text
    }

    /// The `Claim`: who said it, when, and where it appears.
    private func claim(of record: ExportRecord) -> JSONObject {
        let quote = record.quote
        var author = JSONObject()
        let isOrganization = record.speakerType == "organisation" || record.speakerType == "group"
        author.add("@type", isOrganization ? "Organization" : "Person")
        author.add("name", quote.speaker ?? "Unknown")
        if !isOrganization, let role = quote.speakerRole, JobTitle.isRole(role) { author.add("jobTitle", role) }
        var claim = JSONObject()
        claim.add("@type", "Claim")
        claim.add("author", author)
        claim.add("datePublished", quote.saidOn)
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
