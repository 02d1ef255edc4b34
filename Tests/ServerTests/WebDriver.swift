import AsyncHTTPClient
import Foundation
import NIOCore
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A headless Chromium driven over the W3C WebDriver protocol: HTTP JSON to chromedriver on loopback.
final class WebDriver {
    /// What went wrong talking to chromedriver.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The W3C key of an element reference in JSON.
    static let elementKey = "element-6066-11e4-a52e-4f735466cecf"

    let driver: Process
    let base: String
    let session: String
    /// Where the browser saves downloads.
    let downloads: URL
    private let client: HTTPClient

    /// Starts chromedriver (`QUOTECHECK_TEST_CHROMEDRIVER`) on a free loopback port and a headless
    /// Chromium (`QUOTECHECK_TEST_BROWSER`) of `width`×`height`, with a fresh profile and download folder.
    static func start(width: Int = 1440, height: Int = 900) async throws -> WebDriver {
        let environment = ProcessInfo.processInfo.environment
        let driverPath = try #require(environment["QUOTECHECK_TEST_CHROMEDRIVER"])
        let browserPath = try #require(environment["QUOTECHECK_TEST_BROWSER"])
        let port = try freePort()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: driverPath)
        process.arguments = ["--port=\(port)", "--allowed-ips=127.0.0.1"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        // chromedriver says on standard output when it listens.
        var line = Data()
        while true {
            let byte = out.fileHandleForReading.readData(ofLength: 1)
            if byte.isEmpty { break }
            if byte == Data("\n".utf8) {
                if String(decoding: line, as: UTF8.self).contains("started successfully") { break }
                line = Data()
            } else {
                line.append(byte)
            }
        }
        guard String(decoding: line, as: UTF8.self).contains("started successfully") else {
            process.terminate()
            throw Failure(description: "chromedriver did not start: \(String(decoding: line, as: UTF8.self))")
        }
        let base = "http://127.0.0.1:\(port)"
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("qc-browser-\(UUID().uuidString)")
        let downloads = scratch.appendingPathComponent("downloads")
        try FileManager.default.createDirectory(at: downloads, withIntermediateDirectories: true)
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        let capabilities: [String: Any] = ["capabilities": ["alwaysMatch": [
            "browserName": "chrome",
            "goog:chromeOptions": [
                "binary": browserPath,
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         "--window-size=\(width),\(height)", "--user-data-dir=\(scratch.appendingPathComponent("profile").path)",
                         "--no-first-run", "--disable-extensions", "--force-device-scale-factor=1"],
                "prefs": ["download.default_directory": downloads.path, "download.prompt_for_download": false],
            ],
        ]]]
        let reply: [String: Any]
        do {
            reply = try await Self.call(client, "POST", base + "/session", capabilities)
        } catch {
            try? await client.shutdown()
            process.terminate()
            throw error
        }
        guard let value = reply["value"] as? [String: Any], let session = value["sessionId"] as? String else {
            try? await client.shutdown()
            process.terminate()
            throw Failure(description: "no session: \(reply)")
        }
        return WebDriver(driver: process, client: client, base: base, session: session, downloads: downloads)
    }

    private init(driver: Process, client: HTTPClient, base: String, session: String, downloads: URL) {
        self.client = client
        self.driver = driver
        self.base = base
        self.session = session
        self.downloads = downloads
    }

    /// Ends the browser session and chromedriver.
    func quit() async {
        _ = try? await command("DELETE", "")
        try? await client.shutdown()
        // chromedriver ends on SIGKILL only (it ignores SIGTERM while it has children).
        if driver.isRunning { kill(driver.processIdentifier, SIGKILL) }
        driver.waitUntilExit()
    }

    /// A loopback port the system picked (bound, then released for chromedriver).
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(fd >= 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        try #require(bound)
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// One JSON call.
    private static func call(_ client: HTTPClient, _ method: String, _ url: String, _ body: [String: Any]?) async throws -> [String: Any] {
        var request = HTTPClientRequest(url: url)
        request.method = .init(rawValue: method)
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(data: try JSONSerialization.data(withJSONObject: body)))
        }
        let response = try await client.execute(request, timeout: .seconds(60))
        let bytes = try await response.body.collect(upTo: 64 << 20)
        let object = try JSONSerialization.jsonObject(with: Data(buffer: bytes)) as? [String: Any] ?? [:]
        if response.status.code >= 400 { throw Failure(description: "\(method) \(url): \(object)") }
        return object
    }

    /// A command of this session (`path` after `/session/ID`); its `value`.
    @discardableResult
    func command(_ method: String, _ path: String, _ body: [String: Any]? = nil) async throws -> Any? {
        try await Self.call(client, method, "\(base)/session/\(session)\(path)", body ?? (method == "POST" ? [:] : nil))["value"]
    }

    /// Opens `url`.
    func open(_ url: String) async throws { try await command("POST", "/url", ["url": url]) }

    /// The page's URL now.
    func currentURL() async throws -> String { try await command("GET", "/url") as? String ?? "" }

    /// The page's URL once it is `expected` (as Selenium's WebDriverWait does: a click or a key
    /// may start a navigation that chromedriver does not wait for); at most `seconds`.
    /// Returns the URL it ended on, which the caller compares.
    func waitForURL(_ expected: String, seconds: Int = 15) async throws -> String {
        let deadline = ContinuousClock.now + .seconds(seconds)
        var url = try await currentURL()
        while url != expected, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(50))
            url = try await currentURL()
        }
        return url
    }

    /// The page's title.
    func title() async throws -> String { try await command("GET", "/title") as? String ?? "" }

    /// The page's HTML as the browser holds it.
    func source() async throws -> String { try await command("GET", "/source") as? String ?? "" }

    /// The first element matching the CSS selector.
    func element(_ css: String) async throws -> String {
        let value = try await command("POST", "/element", ["using": "css selector", "value": css]) as? [String: Any]
        guard let id = value?[Self.elementKey] as? String else { throw Failure(description: "no element \(css)") }
        return id
    }

    /// Whether an element matches the CSS selector.
    func exists(_ css: String) async throws -> Bool {
        let value = try await command("POST", "/elements", ["using": "css selector", "value": css]) as? [Any]
        return !(value ?? []).isEmpty
    }

    /// Types `text` into the element.
    func type(_ css: String, _ text: String) async throws {
        try await command("POST", "/element/\(try await element(css))/value", ["text": text])
    }

    /// Clears the element (an input or textarea).
    func clear(_ css: String) async throws {
        try await command("POST", "/element/\(try await element(css))/clear")
    }

    /// Clicks the element.
    func click(_ css: String) async throws {
        try await command("POST", "/element/\(try await element(css))/click")
    }

    /// The element's text.
    func text(_ css: String) async throws -> String {
        try await command("GET", "/element/\(try await element(css))/text") as? String ?? ""
    }

    /// Presses and releases each key of `keys` on the page (whatever has focus), as a person would.
    func press(_ keys: String) async throws {
        var actions: [[String: Any]] = []
        for key in keys {
            actions.append(["type": "keyDown", "value": String(key)])
            actions.append(["type": "keyUp", "value": String(key)])
        }
        try await command("POST", "/actions", ["actions": [["type": "key", "id": "keyboard", "actions": actions]]])
    }

    /// Sizes the window.
    func resize(width: Int, height: Int) async throws {
        try await command("POST", "/window/rect", ["width": width, "height": height])
    }

    /// A PNG of the viewport.
    func screenshot() async throws -> Data {
        guard let text = try await command("GET", "/screenshot") as? String, let data = Data(base64Encoded: text) else {
            throw Failure(description: "no screenshot")
        }
        return data
    }

    /// Runs `script` (a function body: `return …` gives the value) in the page and returns its value.
    @discardableResult
    func execute(_ script: String) async throws -> Any? {
        try await command("POST", "/execute/sync", ["script": script, "args": [Any]()])
    }

    /// Sets the page's CSS viewport to `width`×`height` at `scale` device pixels per CSS pixel:
    /// 720×450 at scale 2 is a 1440×900 screen zoomed to 200%.
    func zoom(width: Int, height: Int, scale: Int) async throws {
        try await command("POST", "/goog/cdp/execute", ["cmd": "Emulation.setDeviceMetricsOverride",
                                                         "params": ["width": width, "height": height, "deviceScaleFactor": scale, "mobile": false]])
    }

    /// Sets the page's CSS viewport to `width`×`height` exactly (the window's frame aside), for screenshots.
    func emulate(width: Int, height: Int, mobile: Bool) async throws {
        try await command("POST", "/goog/cdp/execute", ["cmd": "Emulation.setDeviceMetricsOverride",
                                                         "params": ["width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile]])
    }
}
