import Foundation
import Testing
@testable import Ingest

@Suite("Fetch policy, Retry-After and media types")
struct FetchPolicyTests {
    @Test("back-off doubles, Retry-After overrides it, and both are capped")
    func delays() {
        let policy = FetchPolicy(retryDelay: .milliseconds(500), maxRetryDelay: .seconds(30))
        #expect(policy.delay(afterAttempt: 1, retryAfter: nil) == .milliseconds(500))
        #expect(policy.delay(afterAttempt: 3, retryAfter: nil) == .seconds(2))
        #expect(policy.delay(afterAttempt: 1, retryAfter: .seconds(7)) == .seconds(7))
        #expect(policy.delay(afterAttempt: 1, retryAfter: .seconds(3600)) == .seconds(30))
        #expect(policy.delay(afterAttempt: 40, retryAfter: nil) == .seconds(30))
    }

    @Test("Retry-After as seconds or as an HTTP date")
    func retryAfter() {
        let now = Date(timeIntervalSince1970: 1_700_000_000) // Tue, 14 Nov 2023 22:13:20 GMT
        #expect(Fetcher.retryAfter("5", now: now) == .seconds(5))
        #expect(Fetcher.retryAfter("Tue, 14 Nov 2023 22:13:30 GMT", now: now) == .seconds(10))
        #expect(Fetcher.retryAfter("Tue, 14 Nov 2023 22:00:00 GMT", now: now) == .zero)
        #expect(Fetcher.retryAfter("soon", now: now) == nil)
        #expect(Fetcher.retryAfter(nil, now: now) == nil)
    }

    @Test("Content-Type: what is markup, the charset, and a refusal in words")
    func mediaTypes() {
        #expect(MediaType(parsing: "text/html; charset=\"Windows-1252\"").charset == "Windows-1252")
        #expect(MediaType(parsing: "TEXT/HTML").isMarkup)
        #expect(MediaType(parsing: "application/rss+xml; charset=utf-8").isMarkup)
        #expect(MediaType(parsing: "application/octet-stream").isUninformative)
        #expect(!MediaType(parsing: "image/png").isMarkup)
        #expect(MediaType(parsing: "image/png").description == "an image (image/png)")
        #expect(MediaType(parsing: "application/pdf").description == "a PDF")
        #expect(MediaType(parsing: "video/mp4").description == "a video (video/mp4)")
    }
}

@Suite("Archive times")
struct ArchiveTimeTests {
    @Test("written to the millisecond in UTC, and read back to the same text", arguments: [
        1_700_000_000.1229999, 1_700_000_000.0, 1_700_000_000.9996, 0.5,
    ])
    func roundTrip(seconds: Double) throws {
        let text = ArchiveTime.string(from: Date(timeIntervalSince1970: seconds))
        #expect(text.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/) != nil)
        let back = try #require(ArchiveTime.date(from: text))
        #expect(ArchiveTime.string(from: back) == text)
    }

    @Test("a known moment")
    func known() {
        #expect(ArchiveTime.string(from: Date(timeIntervalSince1970: 1_700_000_000.1229999)) == "2023-11-14T22:13:20.123Z")
    }
}
