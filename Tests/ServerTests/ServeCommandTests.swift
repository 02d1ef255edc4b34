import AsyncHTTPClient
import Foundation
import NIOSSL
import Testing

/// `quotecheck serve`'s flags: loopback by default, TLS or an explicit --insecure-http elsewhere.
@Suite("quotecheck serve's flags, run as a real process", .serialized)
struct ServeCommandTests {
    @Test("usage errors exit 64 and name the flag", arguments: [
        (["--host", "0.0.0.0"], "--tls-cert"),
        (["--host", "192.168.1.20", "--port", "0"], "--insecure-http"),
        (["--tls-cert", "desk.pem"], "--tls-cert needs --tls-key"),
        (["--port", "70000"], "--port 70000"),
    ])
    func usageErrors(arguments: [String], message: String) throws {
        let wb = try DeskProcess.workbench(users: [])
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let result = try DeskProcess.run(["--workbench", wb, "serve"] + arguments)
        #expect(result.status == 64, "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test("--port 0 prints the loopback URL it listens on; --insecure-http on another host warns")
    func listening() async throws {
        let wb = try DeskProcess.workbench(users: [])
        let desk = try DeskProcess(workbench: wb)
        #expect(desk.baseURL.hasPrefix("http://127.0.0.1:"))
        #expect(try await DeskClient(desk).get("/healthz").body == "ok")
        desk.stop()
        #expect(desk.standardError().isEmpty)

        let open = try DeskProcess(workbench: wb, extraArguments: ["--host", "0.0.0.0", "--insecure-http"])
        open.stop()
        #expect(open.standardError().contains("warning: --insecure-http"))
    }

    @Test("under TLS the desk speaks HTTPS and the session cookie is also Secure")
    func tls() async throws {
        let wb = try DeskProcess.workbench(users: [("ana", "ana's long password")])
        let openssl = Process()
        openssl.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        openssl.arguments = ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1", "-days", "1",
                             "-keyout", wb + "/desk.key", "-out", wb + "/desk.pem"]
        openssl.standardError = FileHandle.nullDevice
        openssl.standardOutput = FileHandle.nullDevice
        try openssl.run()
        openssl.waitUntilExit()
        try #require(openssl.terminationStatus == 0)
        let desk = try DeskProcess(workbench: wb, extraArguments: ["--tls-cert", wb + "/desk.pem", "--tls-key", wb + "/desk.key"])
        defer { desk.stop() }
        #expect(desk.baseURL.hasPrefix("https://127.0.0.1:"))
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.certificateVerification = .none
        let client = HTTPClient(eventLoopGroupProvider: .singleton,
                                configuration: .init(tlsConfiguration: tls, redirectConfiguration: .disallow))
        var request = HTTPClientRequest(url: desk.baseURL + "/signin")
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
        request.body = .bytes(.init(string: "name=ana&password=ana%27s+long+password"))
        let response: HTTPClientResponse
        do {
            response = try await client.execute(request, timeout: .seconds(30))
        } catch {
            try await client.shutdown()
            throw error
        }
        try await client.shutdown()
        #expect(response.status.code == 303)
        let cookie = try #require(response.headers.first(name: "set-cookie"))
        #expect(cookie.contains("Secure") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
    }
}
