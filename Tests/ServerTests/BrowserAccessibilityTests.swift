import Foundation
import Store
import Testing

/// The desk's accessibility, measured in the real browser: every control reached by the Tab key
/// with a visible focus ring, a label on every field, text contrast of at least 4.5:1 against the
/// background it is drawn on, and the pages readable at 200% zoom with no sideways scrolling.
@Suite("The web desk's accessibility in a real browser (headless Chromium over WebDriver)", .serialized,
       .enabled(if: BrowserEnvironment.available, "needs QUOTECHECK_TEST_BROWSER and QUOTECHECK_TEST_CHROMEDRIVER (scripts/browser-test-env)"))
struct BrowserAccessibilityTests {
    /// A JavaScript function body: the page's fields without a label, and each piece of visible
    /// text whose colour against its background (the nearest ancestor's opaque background, white
    /// at the top) is under 4.5:1 (WCAG 2's contrast ratio of relative luminances).
    static let auditScript = """
    function rgb(text) { var m = text.match(/[\\d.]+/g) || []; return m.map(Number); }
    function luminance(c) {
      var v = c.slice(0, 3).map(function (x) { x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
      return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
    }
    function background(element) {
      for (var e = element; e; e = e.parentElement) {
        var c = rgb(getComputedStyle(e).backgroundColor);
        if (c.length >= 3 && (c.length < 4 || c[3] > 0)) { return c; }
      }
      return [255, 255, 255];
    }
    var problems = [];
    document.querySelectorAll('input:not([type=hidden]), select, textarea').forEach(function (e) {
      if (!(e.labels && e.labels.length) && !e.getAttribute('aria-label')) { problems.push('no label: ' + (e.id || e.name)); }
    });
    var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    var seen = 0;
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var element = node.parentElement;
      if (!node.textContent.trim() || !element || element.closest('script, style') || !element.getClientRects().length) { continue; }
      seen += 1;
      var fore = luminance(rgb(getComputedStyle(element).color)), back = luminance(background(element));
      var ratio = (Math.max(fore, back) + 0.05) / (Math.min(fore, back) + 0.05);
      if (ratio < 4.5) { problems.push('contrast ' + ratio.toFixed(2) + ': ' + node.textContent.trim().slice(0, 40)); }
    }
    return {problems: problems, texts: seen};
    """

    /// Every control a person can use: links, buttons and fields that are shown.
    static let controlsScript = """
    return Array.prototype.filter.call(
      document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea'),
      function (e) { return e.getClientRects().length > 0; }
    ).map(function (e, i) { e.setAttribute('data-audit', String(i)); return String(i); });
    """

    /// The focused control's audit number and whether its focus ring shows (an outline of some width).
    static let focusScript = """
    var e = document.activeElement;
    if (!e || e === document.body) { return {id: null, ring: false}; }
    var style = getComputedStyle(e);
    return {id: e.getAttribute('data-audit'), ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2};
    """

    /// Tabs through the page from its top and checks that every control is reached with its focus ring showing.
    static func tabThrough(_ browser: WebDriver, _ page: String) async throws {
        let controls = try #require(try await browser.execute(controlsScript) as? [String])
        #expect(controls.count > 3, "\(page): controls found")
        var reached = Set<String>()
        for _ in 0..<(controls.count + 3) {
            try await browser.press("\u{E004}")
            let focus = try #require(try await browser.execute(focusScript) as? [String: Any])
            guard let id = focus["id"] as? String else { continue }
            #expect(focus["ring"] as? Bool == true, "\(page): control \(id) has no visible focus ring")
            reached.insert(id)
        }
        let missed = controls.filter { !reached.contains($0) }
        #expect(missed.isEmpty, "\(page): controls the Tab key never reached: \(missed)")
    }

    /// Checks the labels and the contrast of what the page shows now.
    static func audit(_ browser: WebDriver, _ page: String, texts: Int) async throws {
        let result = try #require(try await browser.execute(auditScript) as? [String: Any])
        #expect((result["texts"] as? Int ?? 0) >= texts, "\(page): the audit read the page's text")
        #expect((result["problems"] as? [String]) == [], "\(page)")
    }

    /// Whether the page scrolls sideways, and the right edge of `css` against the viewport's width.
    static func fits(_ browser: WebDriver, _ css: String) async throws -> (scrollsSideways: Bool, overflows: Bool) {
        let result = try #require(try await browser.execute("""
            var box = document.querySelector('\(css)').getBoundingClientRect();
            return {sideways: document.documentElement.scrollWidth > window.innerWidth,
                    overflow: box.right > window.innerWidth || box.width < 200};
            """) as? [String: Any])
        return (result["sideways"] as? Bool ?? true, result["overflow"] as? Bool ?? true)
    }

    @Test("every control is reached by Tab with a focus ring, every field is labelled, text contrast is 4.5:1 or more, 200% zoom reads without sideways scrolling; f accepts the finding")
    func keyboardLabelsContrastZoom() async throws {
        BrowserEnvironment.report("accessibility")
        let desk = try DeskProcess(workbench: try DeskProcess.workbench(users: BrowserTests.users))
        defer { desk.stop() }
        let finding = try DeskFindingAndSearchTests.storeFinding(desk)
        let browser = try await WebDriver.start()
        do {
            try await browser.open(desk.baseURL + "/signin")
            try await Self.audit(browser, "sign-in", texts: 5)
            try await BrowserTests.signIn(browser, desk, BrowserTests.users[0])
            try await browser.emulate(width: 1440, height: 900, mobile: false)
            try await Self.audit(browser, "queue", texts: 40)
            try await Self.tabThrough(browser, "queue")
            try await browser.open(desk.baseURL + "/quotes/6")
            try await Self.audit(browser, "quote", texts: 40)
            try await Self.tabThrough(browser, "quote")

            // 200%: a 1440×900 screen zoomed twice is a 720×450 CSS viewport.
            try await browser.zoom(width: 720, height: 450, scale: 2)
            try await browser.open(desk.baseURL + "/quotes/6")
            let quote = try await Self.fits(browser, "h1.words")
            #expect(!quote.scrollsSideways, "the quote page scrolls sideways at 200%")
            #expect(!quote.overflows, "the quote's words do not fit the width at 200%")
            try await BrowserTests.save(browser, "quote-200pct")
            try await browser.open(desk.baseURL + "/")
            let queue = try await Self.fits(browser, "table.queue")
            #expect(!queue.scrollsSideways, "the queue scrolls sideways at 200%")
            try await BrowserTests.save(browser, "queue-200pct")

            // The f key accepts the first finding, as in the terminal.
            try await browser.emulate(width: 1440, height: 900, mobile: false)
            try await browser.open(desk.baseURL + "/quotes/6")
            try await browser.press("f")
            #expect(try await browser.waitForURL(desk.baseURL + "/quotes/7") == desk.baseURL + "/quotes/7")
            let store = try ClaimsStore(path: desk.workbench + "/claims/claims.sqlite")
            let accepted = try #require(try store.quote(id: 6))
            #expect(accepted.status == .verified)
            #expect(accepted.evidence == [finding.evidenceURL])
            #expect(accepted.reviewedBy == "ana")
        } catch {
            await browser.quit()
            throw error
        }
        await browser.quit()
    }
}
