import Foundation
import Store
import Testing

/// The desk in a real browser: headless Chromium driven over WebDriver, against a real `quotecheck serve`.
@Suite("The web desk in a real browser (headless Chromium over WebDriver)", .serialized,
       .enabled(if: BrowserEnvironment.available, "needs QUOTECHECK_TEST_BROWSER and QUOTECHECK_TEST_CHROMEDRIVER (scripts/browser-test-env)"))
struct BrowserTests {
    static let users = [("ana", "ana's long password"), ("ben", "ben's long password")]

    /// Signs `user` in through the form, typing as a person would.
    static func signIn(_ browser: WebDriver, _ desk: DeskProcess, _ user: (String, String)) async throws {
        try await browser.open(desk.baseURL + "/")
        #expect(try await browser.waitForURL(desk.baseURL + "/signin") == desk.baseURL + "/signin", "a stranger is sent to sign in")
        try await browser.type("#name", user.0)
        try await browser.type("#password", user.1)
        try await browser.click("form.card button[type=submit]")
        #expect(try await browser.waitForURL(desk.baseURL + "/") == desk.baseURL + "/")
    }

    /// Saves a screenshot as `name`.png in the screenshots folder.
    static func save(_ browser: WebDriver, _ name: String) async throws {
        let folder = BrowserEnvironment.screenshots
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try (try await browser.screenshot()).write(to: folder.appendingPathComponent(name + ".png"))
    }

    @Test("sign in, review three quotes with the keyboard alone, undo, add a note and evidence, download the CSV; screenshots")
    func keyboardReview() async throws {
        BrowserEnvironment.report("keyboardReview")
        let desk = try DeskProcess(workbench: try DeskProcess.workbench(users: Self.users))
        defer { desk.stop() }
        let browser = try await WebDriver.start()
        do {
            try await Self.signIn(browser, desk, Self.users[0])
            try await browser.emulate(width: 1440, height: 900, mobile: false)
            try await Self.save(browser, "queue-1440x900")
            try await browser.click("#start")
            #expect(try await browser.waitForURL(desk.baseURL + "/quotes/1") == desk.baseURL + "/quotes/1")
            try await Self.save(browser, "quote-1440x900")

            for (key, next) in [("v", 2), ("m", 3), ("u", 4)] {
                try await browser.press(key)
                let expected = desk.baseURL + "/quotes/\(next)"
                #expect(try await browser.waitForURL(expected) == expected, "after \(key)")
            }
            let store = try ClaimsStore(path: desk.workbench + "/claims/claims.sqlite")
            #expect(try store.quote(id: 1)?.status == .verified)
            #expect(try store.quote(id: 2)?.status == .misquoted)
            #expect(try store.quote(id: 3)?.status == .unverifiable)
            #expect(try store.quote(id: 3)?.reviewedBy == "ana")

            try await browser.press("z")
            #expect(try await browser.waitForURL(desk.baseURL + "/quotes/3?undone=1") == desk.baseURL + "/quotes/3?undone=1")
            #expect(try store.quote(id: 3)?.status == .unreviewed)

            try await browser.press("n")
            try await browser.press("checked against the transcript")
            try await browser.type("#evidence", "https://example.org/transcript")
            try await browser.click("#save")
            #expect(try await browser.waitForURL(desk.baseURL + "/quotes/3?saved=1") == desk.baseURL + "/quotes/3?saved=1")
            let quote = try #require(try store.quote(id: 3))
            #expect(quote.note == "checked against the transcript")
            #expect(quote.evidence == ["https://example.org/transcript"])
            #expect(try await browser.exists(#"a[href="https://example.org/transcript"]"#))

            try await browser.open(desk.baseURL + "/export?format=csv")
            let file = browser.downloads.appendingPathComponent("quotes.csv")
            let csv = try await Self.waitForDownload(file)
            let rows = csv.split(separator: "\r\n")
            #expect(rows.first?.hasPrefix("id,quote,speaker,") == true)
            #expect(rows.count == 2, "the verified quote only: \(csv)")
            #expect(rows.dropFirst().first?.hasPrefix("1,") == true)
            #expect(rows.dropFirst().first?.contains(",verified,,,,ana,") == true, "\(csv)")

            try await browser.emulate(width: 390, height: 844, mobile: true)
            try await browser.open(desk.baseURL + "/")
            try await Self.save(browser, "queue-390x844")
            try await browser.open(desk.baseURL + "/quotes/3")
            try await Self.save(browser, "quote-390x844")
        } catch {
            await browser.quit()
            throw error
        }
        await browser.quit()
    }

    /// The downloaded file's text once the browser has finished writing it (it writes `NAME.crdownload`
    /// first and renames it); waits at most 30 s for the download the test started.
    static func waitForDownload(_ file: URL) async throws -> String {
        let deadline = ContinuousClock.now + .seconds(30)
        while ContinuousClock.now < deadline {
            if FileManager.default.fileExists(atPath: file.path) {
                return String(decoding: try Data(contentsOf: file), as: UTF8.self)
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        Issue.record("the browser did not download \(file.lastPathComponent)")
        return ""
    }

    @Test("two reviewers in two browsers: the second is shown the first one's change and gives the verdict anyway")
    func conflict() async throws {
        BrowserEnvironment.report("conflict")
        let desk = try DeskProcess(workbench: try DeskProcess.workbench(users: Self.users))
        defer { desk.stop() }
        let ana = try await WebDriver.start(), ben = try await WebDriver.start()
        do {
            try await Self.signIn(ana, desk, Self.users[0])
            try await Self.signIn(ben, desk, Self.users[1])
            try await ana.open(desk.baseURL + "/quotes/5")
            try await ben.open(desk.baseURL + "/quotes/5")
            try await ana.press("v")
            #expect(try await ana.waitForURL(desk.baseURL + "/quotes/6") == desk.baseURL + "/quotes/6")
            try await ben.press("a")
            #expect(try await ben.waitForURL(desk.baseURL + "/quotes/5/verdict") == desk.baseURL + "/quotes/5/verdict")
            #expect(try await ben.text(".conflict h2") == "Someone changed this quote since you opened it")
            #expect(try await ben.text(".conflict li").contains("ana changed status from “unreviewed” to “verified”"))
            let store = try ClaimsStore(path: desk.workbench + "/claims/claims.sqlite")
            #expect(try store.quote(id: 5)?.status == .verified)
            try await ben.click("#anyway")
            #expect(try await ben.waitForURL(desk.baseURL + "/quotes/6") == desk.baseURL + "/quotes/6")
            #expect(try store.quote(id: 5)?.status == .misattributed)
            #expect(try store.quote(id: 5)?.reviewedBy == "ben")
        } catch {
            await ana.quit()
            await ben.quit()
            throw error
        }
        await ana.quit()
        await ben.quit()
    }

    @Test("a hostile imported page runs nothing: its quote's script would have set the title; a form without csrf gets 403")
    func hostilePage() async throws {
        BrowserEnvironment.report("hostilePage")
        let desk = try DeskProcess(workbench: try DeskProcess.workbench(pages: [HostilePage.html], users: Self.users))
        defer { desk.stop() }
        let browser = try await WebDriver.start()
        do {
            try await Self.signIn(browser, desk, Self.users[0])
            #expect(try await browser.title() == "Queue · quotecheck desk")
            try await browser.open(desk.baseURL + "/quotes/1")
            #expect(try await browser.title() == "Quote 1 · quotecheck desk")
            #expect(try await !browser.exists("main img"))
            #expect(try await !browser.exists("main b"))
            let words = try await browser.text("h1.words")
            for text in ["<script>document.title=", "<img src=x onerror=", "javascript:alert(1)", "</textarea><b>bold</b>"] {
                #expect(words.contains(text), "\(words)")
            }
            try await browser.open(desk.baseURL + "/quotes/1/archive")
            #expect(try await !browser.title().contains(HostilePage.marker))

            // A form whose csrf field was taken out: 403, and nothing changes.
            try await browser.open(desk.baseURL + "/quotes/1")
            try await browser.command("POST", "/execute/sync", [
                "script": "document.querySelector('#verdict-form input[name=csrf]').remove();", "args": [],
            ])
            try await browser.click(#"#verdict-form button[value="verified"]"#)
            let landed = try await browser.waitForURL(desk.baseURL + "/quotes/1/verdict")
            let forbidden = try await browser.title()
            #expect(forbidden == "Forbidden · quotecheck desk", "\(landed)")
            let store = try ClaimsStore(path: desk.workbench + "/claims/claims.sqlite")
            #expect(try store.quote(id: 1)?.status == .unreviewed)
        } catch {
            await browser.quit()
            throw error
        }
        await browser.quit()
    }
}
