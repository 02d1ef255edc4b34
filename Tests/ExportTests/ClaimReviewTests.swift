import Foundation
import Store
import Testing
@testable import Export

@Suite struct ClaimReviewTests {
    @Test(arguments: [
        (Rating.true, 5, "True"), (.mostlyTrue, 4, "Mostly true"), (.halfTrue, 3, "Half true"),
        (.mostlyFalse, 2, "Mostly false"), (.false, 1, "False"),
    ])
    func ratingsOnTheScale(rating: Rating, value: Int, name: String) {
        for status in Status.allCases {
            let review = ClaimReviewRating(status: status, rating: rating)
            #expect(review.value == value)
            #expect(review.alternateName == name)
        }
        #expect(ClaimReviewRating(status: .verified, rating: rating).json.text
            == #"{"@type":"Rating","ratingValue":\#(value),"bestRating":5,"worstRating":1,"alternateName":"\#(name)"}"#)
    }

    @Test(arguments: [
        (Status.verified, "Accurate quote"), (.misquoted, "Misquoted"), (.misattributed, "Misattributed"),
        (.outOfContext, "Out of context"), (.unverifiable, "Unverifiable"), (.unreviewed, "Not yet reviewed"),
    ])
    func unprovenAndUnratedAreNamedAfterTheStatus(status: Status, name: String) {
        for rating in [Rating.unproven, nil] {
            let review = ClaimReviewRating(status: status, rating: rating)
            #expect(review.value == nil)
            #expect(review.json.text == #"{"@type":"Rating","alternateName":"\#(name)"}"#)
        }
    }

    static func source(url: String? = nil, canonical: String? = nil, file: String? = nil,
                       archive: String? = nil) -> ExportSource {
        ExportSource(id: 1, sha256: "ab12", url: url, file: file, canonicalURL: canonical, archivePath: archive,
                     importedAt: "2024-05-01T12:00:00.000Z")
    }

    @Test func appearanceURLIsNeverEmpty() {
        let writer = ClaimReviewWriter(today: "2024-06-01", baseDirectory: "/work/bench")
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

    @Test func everyObjectCarriesTheRequiredProperties() throws {
        var output = ""
        try QuoteExporter().exportClaimReviews(store: ExportFixture.store(), filter: .all,
                                               writer: ClaimReviewWriter(), asArray: true, to: &output)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
        #expect(array.count == 4)
        for object in array {
            #expect(object["@context"] as? String == "https://schema.org")
            #expect(object["@type"] as? String == "ClaimReview")
            #expect(object["claimReviewed"] is String)
            #expect(object["datePublished"] is String)
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
            #expect(organisation["name"] as? String == ClaimReviewWriter.defaultOrganizationName)
        }
    }

    @Test func todayIsADay() {
        #expect(ClaimReviewWriter().today.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil)
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
