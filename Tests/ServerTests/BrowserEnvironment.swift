import Foundation

/// Whether a browser is at hand for the browser suite, and where it reports that it ran.
///
/// `scripts/browser-test-env` sets `QUOTECHECK_TEST_BROWSER` (Chromium), `QUOTECHECK_TEST_CHROMEDRIVER`
/// and `QUOTECHECK_TEST_BROWSER_REPORT` (a file each browser test case appends a line to, so that the
/// script can fail a run in which none ran). Without them the suite is skipped (a developer's `swift test`);
/// CI runs it through the script with `--expect-tests`.
enum BrowserEnvironment {
    static var available: Bool {
        let environment = ProcessInfo.processInfo.environment
        return environment["QUOTECHECK_TEST_BROWSER"] != nil && environment["QUOTECHECK_TEST_CHROMEDRIVER"] != nil
    }

    /// Appends `name` to the report file, if there is one.
    static func report(_ name: String) {
        guard let path = ProcessInfo.processInfo.environment["QUOTECHECK_TEST_BROWSER_REPORT"],
              let handle = FileHandle(forWritingAtPath: path) else { return }
        handle.seekToEndOfFile()
        handle.write(Data((name + "\n").utf8))
        try? handle.close()
    }

    /// Where the suite saves its screenshots: `QUOTECHECK_TEST_SCREENSHOTS`, else `.build/desk-screenshots`.
    static var screenshots: URL {
        if let path = ProcessInfo.processInfo.environment["QUOTECHECK_TEST_SCREENSHOTS"], !path.isEmpty {
            return URL(fileURLWithPath: path, isDirectory: true)
        }
        return DeskProcess.repository.appendingPathComponent(".build/desk-screenshots", isDirectory: true)
    }
}
