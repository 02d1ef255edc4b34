import Foundation
import Store
import Testing
@testable import Export
import Extract

@Suite struct ClaimReviewTests {
    static let writer = ClaimReviewWriter(organizationName: "Check Desk", reviewURL: "https://check.example/q/{id}",
                                          baseDirectory: "/work/bench")

    @Test(arguments: [
        (Rating.true, 5, "True"), (.mostlyTrue, 4, "Mostly true"), (.halfTrue, 3, "Half true"),
        (.mostlyFalse, 2, "Mostly false"), (.false, 1, "False"),
    ])
    func ratingsOnTheScale(rating: Rating, value: Int, name: String) {
        for status in Status.allCases {
            #expect(ClaimReviewRating(status: status, rating: rating).value == value)
        }
        #expect(ClaimReviewRating(status: .verified, rating: rating).json.text
            == #"{"@type":"Rating","ratingValue":\#(value),"bestRating":5,"worstRating":1,"alternateName":"\#(name)"}"#)
    }

    /// DESIGN.md: the status's wording for every status but verified, whatever the rating.
    @Test(arguments: [
        (Status.misquoted, "Misquoted"), (.misattributed, "Misattributed"), (.outOfContext, "Out of context"),
        (.unverifiable, "Unverifiable"),
    ])
    func everyStatusButVerifiedIsNamedAfterTheStatus(status: Status, name: String) {
        for rating in Rating.allCases.map(Optional.some) + [nil] {
            #expect(ClaimReviewRating(status: status, rating: rating).alternateName == name, "rating \(String(describing: rating))")
        }
    }

    /// DESIGN.md: a verified quote is named after its rating, "Unproven" included, or "Accurate quote" without one.
    @Test(arguments: [
        (Rating?.some(.true), "True"), (.mostlyTrue, "Mostly true"), (.halfTrue, "Half true"),
        (.mostlyFalse, "Mostly false"), (.false, "False"), (.unproven, "Unproven"), (nil, "Accurate quote"),
    ])
    func aVerifiedQuoteIsNamedAfterItsRating(rating: Rating?, name: String) {
        let review = ClaimReviewRating(status: .verified, rating: rating)
        #expect(review.alternateName == name)
        if rating == .unproven || rating == nil {
            #expect(review.json.text == #"{"@type":"Rating","alternateName":"\#(name)"}"#)
        }
    }

    static func source(url: String? = nil, canonical: String? = nil, file: String? = nil,
                       archive: String? = nil) -> ExportSource {
        ExportSource(id: 1, sha256: "ab12", url: url, file: file, canonicalURL: canonical, archivePath: archive,
                     importedAt: "2024-05-01T12:00:00.000Z")
    }

    @Test func appearanceURLIsNeverEmpty() {
        let writer = Self.writer
        #expect(writer.appearanceURL(of: Self.source(url: "https://a.example/x", canonical: "https://c.example/x",
                                                     file: "a.html")) == "https://a.example/x")
        #expect(writer.appearanceURL(of: Self.source(canonical: "https://c.example/x", file: "a.html"))
            == "https://c.example/x")
        #expect(writer.appearanceURL(of: Self.source(file: "sources/my page.html"))
            == "file:///work/bench/sources/my%20page.html")
        #expect(writer.appearanceURL(of: Self.source(file: "/data/b.html")) == "file:///data/b.html")
        #expect(writer.appearanceURL(of: Self.source(archive: "/wb/sources/archive/ab12.html"))
            == "file:///wb/sources/archive/ab12.html")
        #expect(writer.appearanceURL(of: Self.source()) == "urn:sha256:ab12")
    }

    /// Google's ClaimReview: `claimReviewed`, `reviewRating` and `url` required;
    /// `author`, `datePublished` and `itemReviewed` (with its `author`) recommended.
    @Test func everyObjectCarriesTheRequiredProperties() throws {
        var output = ""
        try QuoteExporter().exportClaimReviews(store: ExportFixture.store(), filter: .all,
                                               writer: Self.writer, asArray: true, to: &output)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
        #expect(array.count == 3)
        for object in array {
            #expect(object["@context"] as? String == "https://schema.org")
            #expect(object["@type"] as? String == "ClaimReview")
            #expect((object["url"] as? String)?.hasPrefix("https://check.example/q/") == true)
            #expect(object["claimReviewed"] is String)
            #expect((object["datePublished"] as? String)?.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil)
            let rating = try #require(object["reviewRating"] as? [String: Any])
            #expect(rating["alternateName"] is String)
            let claim = try #require(object["itemReviewed"] as? [String: Any])
            #expect(claim["@type"] as? String == "Claim")
            let author = try #require(claim["author"] as? [String: Any])
            #expect(["Person", "Organization"].contains(author["@type"] as? String ?? ""))
            #expect(author["name"] is String)
            let appearance = try #require(claim["appearance"] as? [String])
            #expect(!appearance.isEmpty)
            #expect(claim["firstAppearance"] as? String == appearance.first)
            let organisation = try #require(object["author"] as? [String: Any])
            #expect(organisation["name"] as? String == "Check Desk")
        }
    }

    /// The review's `url` is the template with `{id}` replaced, one page per quote.
    @Test func urlIsTheTemplateWithTheQuotesID() throws {
        let store = try ExportFixture.store()
        var urls: [String] = []
        try store.forEachExportRecord(matching: .all) { record in
            guard let text = Self.writer.claimReview(for: record) else { return }
            let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            urls.append(try #require(object["url"] as? String))
        }
        #expect(urls == ["https://check.example/q/1", "https://check.example/q/2", "https://check.example/q/4"])
    }

    @Test(arguments: [
        ("https://check.example/quotes/{id}", true), ("http://check.example/story#quote-{id}", true),
        ("https://check.example/quotes/", false), ("check.example/{id}", false), ("ftp://x/{id}", false),
        ("https:///{id}", false), ("https://check.example/a b/{id}", false), ("", false),
    ])
    func reviewURLTemplates(template: String, usable: Bool) {
        #expect((ClaimReviewWriter.problem(withReviewURL: template) == nil) == usable)
    }

    /// The review is dated by its verdict, never by the day of the export;
    /// the claim by the day it was said, never by the article's date.
    @Test func datesComeFromTheVerdictAndTheQuote() throws {
        let store = try ExportFixture.store()
        var objects: [[String: Any]] = []
        var records: [ExportRecord] = []
        try store.forEachExportRecord(matching: .all) { record in
            records.append(record)
            if let text = Self.writer.claimReview(for: record) {
                objects.append(try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]))
            }
        }
        let reviewed = records.filter { $0.quote.status != .unreviewed }
        #expect(objects.count == reviewed.count)
        for (object, record) in zip(objects, reviewed) {
            #expect(object["datePublished"] as? String == record.quote.reviewedAt.map { String($0.prefix(10)) })
            let claim = try #require(object["itemReviewed"] as? [String: Any])
            #expect(claim["datePublished"] as? String == record.quote.saidOn)
            if record.quote.saidOn == nil { #expect(claim["datePublished"] == nil) }
        }
    }

    @Test func unreviewedQuotesAreNeverPublished() throws {
        let store = try ExportFixture.store()
        var output = ""
        let count = try QuoteExporter().exportClaimReviews(store: store, filter: QuoteFilter(status: "unreviewed"),
                                                           writer: Self.writer, asArray: true, to: &output)
        #expect(output == "[]\n")
        #expect(count.written == 0)
        #expect(count.unreviewed == 1)
        try store.forEachExportRecord(matching: QuoteFilter(status: "unreviewed")) { record in
            #expect(Self.writer.claimReview(for: record) == nil)
        }
    }

    /// A role that is a place, an organisation or a lone determiner never reaches `jobTitle`.
    @Test(arguments: [
        ("Mayor", true), ("U.S. President", true), ("French President", true), ("Secretary of State", true),
        ("a lawyer for the family", true), ("the city's mayor", true), ("spokeswoman", true),
        ("Prime Minister of Ukraine", true), ("CEO", true),
        ("the", false), ("his", false), ("Kyiv", false), ("Reuters", false), ("New York", false),
        ("The Kremlin", false), ("in Kyiv", false), ("Massachusetts", false), ("", false), ("—", false),
    ])
    func rolesThatAreNotRolesAreLeftOut(role: String, kept: Bool) throws {
        #expect(JobTitle.isRole(role) == kept)
        let store = try ClaimsStore.inMemory()
        let context = "\u{201C}We will win.\u{201D} Jane Smith said."
        _ = try store.importSource(
            NewSource(sha256: "abc", url: "https://news.example/a", byteCount: 10, importedAt: ExportFixture.moment()),
            article: Article(title: "Vote", site: "News", publishedAt: "2024-05-01", paragraphs: [context]),
            quotes: [ExportFixture.quote("We will win.", by: "Jane Smith", role: role.isEmpty ? nil : role, in: context)])
        try store.recordVerdict(quoteID: 1, change: VerdictChange(status: .verified), reviewer: "ann",
                                at: ExportFixture.moment(1))
        var text: String?
        try store.forEachExportRecord(matching: .all) { text = Self.writer.claimReview(for: $0) }
        let line = try #require(text)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let author = try #require((object["itemReviewed"] as? [String: Any])?["author"] as? [String: Any])
        #expect(author["jobTitle"] as? String == (kept ? role : nil))
        #expect(author["name"] as? String == "Jane Smith")
    }
}

@Suite struct JSONObjectTests {
    @Test(arguments: [
        ("plain", #""plain""#),
        ("\u{201C}curly\u{201D} \u{2014} dash", "\"\u{201C}curly\u{201D} \u{2014} dash\""),
        ("say \"hi\" \\ ok", #""say \"hi\" \\ ok""#),
        ("line\nbreak\ttab\u{01}", #""line\nbreak\ttab\u0001""#),
        ("a\u{2028}b\u{2029}c", #""a\u2028b\u2029c""#),
        ("http://x/y", #""http://x/y""#),
    ])
    func escapesAsJSONAndJavaScriptNeed(value: String, literal: String) throws {
        #expect(JSONObject.string(value) == literal)
        let decoded = try JSONSerialization.jsonObject(with: Data(("[" + literal + "]").utf8)) as? [String]
        #expect(decoded == [value])
    }
}
