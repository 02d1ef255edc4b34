import Foundation
import Testing
@testable import Ingest

@Suite("Fetching URLs from a local test server")
struct FetcherTests {
    @Test("a page: its body, the fetch record, the User-Agent that names quotecheck")
    func page() async throws {
        try await withTestServer { server in
            let input = try await fetch("/page", from: server)
            #expect(input.bytes == Array(storyHTML.utf8))
            #expect(input.name == server.url("/page"))
            #expect(input.file == nil)
            #expect(input.charset == "utf-8")
            let record = try #require(input.fetch)
            #expect(record.requestedURL == server.url("/page"))
            #expect(record.finalURL == server.url("/page"))
            #expect(record.redirects.isEmpty)
            #expect(record.status == 200)
            #expect(record.contentType == "text/html; charset=utf-8")
            #expect(server.userAgents == [FetchPolicy.defaultUserAgent])
            #expect(FetchPolicy.defaultUserAgent.hasPrefix("quotecheck/"))
        }
    }

    @Test("redirects are followed and the final URL recorded, with the way there")
    func redirect() async throws {
        try await withTestServer { server in
            let input = try await fetch("/redirect-twice", from: server)
            let record = try #require(input.fetch)
            #expect(record.requestedURL == server.url("/redirect-twice"))
            #expect(record.finalURL == server.url("/page"))
            #expect(record.redirects == [server.url("/redirect-twice"), server.url("/redirect")])
            #expect(input.bytes == Array(storyHTML.utf8))
        }
    }

    @Test("a redirect loop, too many redirects and a redirect to ftp: are refused")
    func badRedirects() async throws {
        try await withTestServer { server in
            await #expect(throws: IngestError.redirectLoop(server.url("/loop-a"))) {
                try await fetch("/loop-a", from: server)
            }
            await #expect(throws: IngestError.tooManyRedirects(server.url("/chain/1"), limit: 10)) {
                try await fetch("/chain/1", from: server)
            }
            await #expect(throws: IngestError.unfollowableRedirect(server.url("/to-ftp"), status: 302,
                                                                    location: "ftp://127.0.0.1/story.html")) {
                try await fetch("/to-ftp", from: server)
            }
        }
    }

    @Test("an HTTP error says its status")
    func notFound() async throws {
        try await withTestServer { server in
            let url = server.url("/missing")
            await #expect(throws: IngestError.httpStatus(url, status: 404, reason: "Not Found")) {
                try await fetch("/missing", from: server)
            }
            #expect(IngestError.httpStatus(url, status: 404, reason: "Not Found").localizedDescription
                == "cannot fetch '\(url)': the server answered HTTP 404 Not Found")
        }
    }

    @Test("an image and a PDF are refused, saying what they were")
    func notMarkup() async throws {
        try await withTestServer { server in
            let image = server.url("/image.png")
            await #expect(throws: IngestError.notMarkup(image, "an image (image/png)")) {
                try await fetch("/image.png", from: server)
            }
            #expect(IngestError.notMarkup(image, "an image (image/png)").localizedDescription
                == "cannot import '\(image)': it is an image (image/png), not an HTML or XML document")
            await #expect(throws: IngestError.notMarkup(server.url("/report.pdf"), "a PDF")) {
                try await fetch("/report.pdf", from: server)
            }
        }
    }

    @Test("a slow response times out within --timeout")
    func slow() async throws {
        try await withTestServer { server in
            let started = ContinuousClock.now
            await #expect(throws: IngestError.timedOut(server.url("/slow"), seconds: 0.5)) {
                try await fetch("/slow", from: server, policy: testPolicy(timeout: .milliseconds(500)))
            }
            // It gave up before the server's answer (120 s): a bound on behaviour, not a speed test. On a
            // loaded machine the test process's threads can be held up by other suites, so the bound is
            // the server's own delay, the one thing the behaviour promises.
            #expect(ContinuousClock.now - started < .seconds(120))
        }
    }

    @Test("an endless body, a declared oversized body and a gzip bomb stop at --max-bytes")
    func tooLarge() async throws {
        try await withTestServer { server in
            let policy = testPolicy(maxBytes: 1 << 20)
            for path in ["/endless", "/big", "/bomb"] {
                await #expect(throws: IngestError.bodyTooLarge(server.url(path), limit: 1 << 20)) {
                    try await fetch(path, from: server, policy: policy)
                }
            }
        }
    }

    @Test("gzip and deflate bodies arrive decoded", arguments: ["/gzip", "/deflate"])
    func compressed(path: String) async throws {
        try await withTestServer { server in
            let input = try await fetch(path, from: server)
            #expect(input.bytes == (try fixture("compressed-story.html")))
            let (article, quotes) = try Importer.extract(input)
            #expect(article.title == "Dam inspection passes")
            #expect(quotes.count == 1)
            #expect(quotes.first?.speaker?.hasSuffix("Ruth Abara") == true)
        }
    }

    @Test("the charset of the Content-Type header decodes the page, over its own <meta>",
          arguments: ["/cp1252", "/cp1252-greek-meta"])
    func headerCharset(path: String) async throws {
        try await withTestServer { server in
            let input = try await fetch(path, from: server)
            #expect(input.charset == "windows-1252")
            let (article, quotes) = try Importer.extract(input)
            #expect(article.paragraphs.contains { $0.contains("“Prices have not changed in ten years,”") })
            let quote = try #require(quotes.first)
            #expect(quote.text.contains("Prices have not changed in ten years"))
            #expect(quote.speaker == "Tomas Berg")
        }
    }

    @Test("the <meta> alone would decode the windows-1252 bytes wrongly (so the header is what counts)")
    func metaAloneIsWrong() throws {
        let input = SourceInput(name: "x.html", file: nil, bytes: windows1252Story(meta: "iso-8859-7"))
        let (article, _) = try Importer.extract(input)
        #expect(!article.paragraphs.contains { $0.contains("“Prices") })
    }

    @Test("429 with Retry-After is retried after the wait it asks for")
    func retryAfter() async throws {
        try await withTestServer { server in
            let waits = RecordedWaits()
            let input = try await fetch("/busy", from: server, wait: waits.wait)
            #expect(input.fetch?.status == 200)
            #expect(server.hits("/busy") == 2)
            #expect(waits.waits == [.seconds(1)])
        }
    }

    @Test("503 is retried with back-off; when it never ends, the status is the error")
    func unavailable() async throws {
        try await withTestServer { server in
            let waits = RecordedWaits()
            let input = try await fetch("/unavailable-twice", from: server, wait: waits.wait)
            #expect(input.fetch?.status == 200)
            #expect(server.hits("/unavailable-twice") == 3)
            #expect(waits.waits == [.milliseconds(20), .milliseconds(40)], "back-off doubles from the policy's delay")
            await #expect(throws: IngestError.httpStatus(server.url("/always-unavailable"), status: 503,
                                                          reason: "Service Unavailable")) {
                try await fetch("/always-unavailable", from: server, policy: testPolicy(maxAttempts: 3))
            }
            #expect(server.hits("/always-unavailable") == 3)
        }
    }

    @Test("a connection closed without an answer is retried")
    func connectionReset() async throws {
        try await withTestServer { server in
            let input = try await fetch("/reset-once", from: server)
            #expect(input.bytes == Array(storyHTML.utf8))
            #expect(server.hits("/reset-once") == 2)
        }
    }

    @Test("an empty body is refused")
    func emptyBody() async throws {
        try await withTestServer { server in
            await #expect(throws: IngestError.empty(server.url("/empty"))) { try await fetch("/empty", from: server) }
        }
    }

    @Test("at most perHostLimit requests to one host at a time")
    func perHostLimit() async throws {
        try await withTestServer { server in
            let archive = Archive(directory: FileManager.default.temporaryDirectory)
            let urls = (1...8).map { server.url("/paced/\($0)") }
            let loaded = try await Fetcher.withFetcher(policy: testPolicy(perHostLimit: 2), archive: archive) { fetcher in
                var names: [String] = []
                try await SourceLoader(fetcher: fetcher).loadInOrder(urls, window: 8) { _, result in
                    names.append(try result.get().name)
                }
                return names
            }
            #expect(loaded == urls)
            #expect(server.peakInFlight <= 2)
            #expect(server.peakInFlight >= 1)
        }
    }

    @Test("schemes other than http and https are refused", arguments: [
        ("ftp://127.0.0.1/story.html", "ftp"), ("file:///etc/passwd", "file"),
        ("data:text/html,<p>hi</p>", "data"), ("javascript:alert(1)", "javascript"),
    ])
    func schemes(url: String, scheme: String) async throws {
        #expect(throws: IngestError.unsupportedScheme(url, scheme)) { try SourceReader.expand(url) }
        let archive = Archive(directory: FileManager.default.temporaryDirectory)
        await #expect(throws: IngestError.unsupportedScheme(url, scheme)) {
            try await Fetcher.withFetcher(policy: testPolicy(), archive: archive) { try await $0.fetch(url) }
        }
    }

    @Test("http and https URLs pass through SourceReader.expand; read refuses them")
    func urlArguments() throws {
        #expect(try SourceReader.expand("https://example.org/a") == ["https://example.org/a"])
        #expect(SourceReader.isURL("HTTP://example.org/"))
        #expect(!SourceReader.isURL("http:relative"))
        #expect(throws: IngestError.unsupportedURL("https://example.org/a")) {
            try SourceReader.read("https://example.org/a", maxBytes: 10)
        }
    }
}
