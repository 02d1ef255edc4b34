import Foundation
import Server
import Store
import Testing

/// Each security property of the desk, against a real `quotecheck serve` on 127.0.0.1.
@Suite("The web desk's security, over HTTP against a real server", .serialized)
struct DeskSecurityTests {
    static let anaPassword = "ana's long password"

    /// A desk over the sample article with the account `ana`.
    static func desk() throws -> DeskProcess {
        try DeskProcess(workbench: try DeskProcess.workbench(users: [("ana", anaPassword)]))
    }

    @Test("/healthz answers ok unsigned; every other page sends a stranger to sign in")
    func signedOut() async throws {
        let desk = try Self.desk()
        defer { desk.stop() }
        let client = DeskClient(desk)
        let health = try await client.get("/healthz")
        #expect(health.status == 200)
        #expect(health.body == "ok")
        for path in ["/", "/quotes/1", "/next", "/export?format=csv", "/quotes/1/archive", "/nowhere"] {
            let reply = try await client.get(path)
            #expect(reply.status == 303, "\(path)")
            #expect(reply.location == "/signin", "\(path)")
        }
        let post = try await client.post("/quotes/1/verdict", [("status", "verified")])
        #expect(post.status == 403)
        let signIn = try await client.get("/signin")
        #expect(signIn.status == 200)
        #expect(signIn.body.contains(#"name="name""#) && signIn.body.contains(#"name="password""#))
    }

    @Test("the session cookie is HttpOnly and SameSite=Strict, not Secure over plain HTTP; the token is random and only its hash is stored")
    func cookie() async throws {
        let desk = try Self.desk()
        defer { desk.stop() }
        var first = DeskClient(desk), second = DeskClient(desk)
        let reply = try await first.signIn("ana", Self.anaPassword)
        #expect(reply.status == 303)
        let setCookie = try #require(reply.headers.first(name: "set-cookie"))
        #expect(setCookie.hasPrefix("qc_session="))
        #expect(setCookie.contains("HttpOnly"))
        #expect(setCookie.contains("SameSite=Strict"))
        #expect(!setCookie.contains("Secure"))
        try await second.signIn("ana", Self.anaPassword)
        let a = try #require(first.token), b = try #require(second.token)
        #expect(a != b)
        #expect(a.count >= 43)
        // The store holds the SHA-256 of each token, never the token.
        let database = try String(decoding: Data(contentsOf: URL(fileURLWithPath: desk.workbench + "/claims/claims.sqlite")), as: UTF8.self)
        let wal = (try? Data(contentsOf: URL(fileURLWithPath: desk.workbench + "/claims/claims.sqlite-wal"))).map { String(decoding: $0, as: UTF8.self) } ?? ""
        #expect(!database.contains(a) && !wal.contains(a))
        let store = try ClaimsStore(path: desk.workbench + "/claims/claims.sqlite")
        #expect(try store.sessionCount(ofAccount: "ana") == 2)
        #expect(try store.session(tokenHash: Self.sha256(a), idleLimit: 3600)?.account == "ana")
        // Signed in, the queue shows.
        let queue = try await first.get("/")
        #expect(queue.status == 200)
        #expect(queue.body.contains("Signed in as <strong>ana</strong>"))
    }

    /// The hex SHA-256 of a token, as the desk stores it.
    static func sha256(_ token: String) -> String {
        DeskTestHash.sha256Hex(token)
    }

    @Test("a session idle longer than 8 hours ends; signing out ends it on the server, not just in the browser")
    func expiryAndSignOut() async throws {
        let desk = try Self.desk()
        defer { desk.stop() }
        var client = DeskClient(desk)
        try await client.signIn("ana", Self.anaPassword)
        let token = try #require(client.token)
        let store = try ClaimsStore(path: desk.workbench + "/claims/claims.sqlite")
        // Seen nine hours from now, the session is past its 8 idle hours: it is ended.
        #expect(try store.session(tokenHash: Self.sha256(token), at: Date().addingTimeInterval(9 * 3600), idleLimit: 8 * 3600) == nil)
        #expect((try await client.get("/")).location == "/signin")

        var other = DeskClient(desk)
        try await other.signIn("ana", Self.anaPassword)
        let page = try await other.get("/")
        let csrf = try #require(page.csrf)
        let out = try await other.post("/signout", [("csrf", csrf)])
        #expect(out.status == 303)
        #expect(out.location == "/signin")
        // The old cookie, replayed as an attacker who copied it would, no longer works.
        let replay = try await other.get("/")
        #expect(replay.status == 303)
        #expect(replay.location == "/signin")
        #expect(try store.sessionCount(ofAccount: "ana") == 0)
    }

    @Test("a state-changing form without its csrf field, or with a wrong one, gets 403 and changes nothing",
          arguments: ["missing", "wrong", "another session's"])
    func csrf(kind: String) async throws {
        let desk = try Self.desk()
        defer { desk.stop() }
        var client = DeskClient(desk), other = DeskClient(desk)
        try await client.signIn("ana", Self.anaPassword)
        try await other.signIn("ana", Self.anaPassword)
        let page = try await client.get("/quotes/1")
        let version = try #require(page.version)
        let otherCSRF = try #require(try await other.get("/").csrf)
        func fields(_ rest: [(String, String)]) -> [(String, String)] {
            switch kind {
            case "missing": rest
            case "wrong": [("csrf", "0000")] + rest
            default: [("csrf", otherCSRF)] + rest
            }
        }
        let verdict = try await client.post("/quotes/1/verdict", fields([("version", version), ("status", "verified"), ("note", "forged")]))
        #expect(verdict.status == 403)
        let undo = try await client.post("/undo", fields([]))
        #expect(undo.status == 403)
        let out = try await client.post("/signout", fields([]))
        #expect(out.status == 403)
        let store = try ClaimsStore(path: desk.workbench + "/claims/claims.sqlite")
        let quote = try #require(try store.quote(id: 1))
        #expect(quote.status == .unreviewed)
        #expect(quote.note == nil)
        #expect(try store.history(quoteID: 1).isEmpty)
        #expect((try await client.get("/")).status == 200, "the refused sign-out ended the session")
    }

    @Test("five failed sign-ins for one name in a minute lock it, even for the right password; another name is not locked")
    func lockout() async throws {
        let desk = try DeskProcess(workbench: try DeskProcess.workbench(users: [("ana", Self.anaPassword), ("ben", "ben's long password")]))
        defer { desk.stop() }
        var client = DeskClient(desk)
        for attempt in 1...5 {
            let reply = try await client.signIn("ana", "wrong password \(attempt)")
            #expect(reply.status == (attempt < 5 ? 401 : 429), "attempt \(attempt)")
            #expect(reply.headers.first(name: "set-cookie") == nil)
        }
        let locked = try await client.signIn("ana", Self.anaPassword)
        #expect(locked.status == 429)
        #expect(locked.body.contains("locked for a minute"))
        #expect(client.cookie == nil)
        let ben = try await client.signIn("ben", "ben's long password")
        #expect(ben.status == 303)
    }

    @Test("headers on every page: CSP without inline script or third-party origins and with frame-ancestors 'none', nosniff, same-origin referrer",
          arguments: ["/healthz", "/signin", "/", "/quotes/1", "/quotes/999", "/nowhere", "/export?format=csv"])
    func headers(path: String) async throws {
        let desk = try Self.desk()
        defer { desk.stop() }
        var client = DeskClient(desk)
        try await client.signIn("ana", Self.anaPassword)
        let reply = try await client.get(path)
        let csp = try #require(reply.headers.first(name: "content-security-policy"), "\(path)")
        #expect(csp.contains("default-src 'none'"))
        #expect(csp.contains("frame-ancestors 'none'"))
        #expect(csp.contains("script-src 'nonce-"))
        #expect(!csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"))
        #expect(!csp.contains("http:") && !csp.contains("https:") && !csp.contains("*"), "a third-party origin: \(csp)")
        #expect(reply.headers.first(name: "x-content-type-options") == "nosniff")
        #expect(reply.headers.first(name: "referrer-policy") == "same-origin")
        if reply.body.contains("<script") {
            let nonce = try #require(csp.split(separator: "'").first { $0.hasPrefix("nonce-") }).dropFirst(6)
            #expect(reply.body.contains("<script nonce=\"\(nonce)\">"))
            #expect(reply.body.components(separatedBy: "<script").count == 2, "one script only, the nonce's")
        }
    }

    @Test("nonces differ from one response to the next")
    func freshNonces() async throws {
        let desk = try Self.desk()
        defer { desk.stop() }
        let client = DeskClient(desk)
        let a = try await client.get("/signin").headers.first(name: "content-security-policy")
        let b = try await client.get("/signin").headers.first(name: "content-security-policy")
        #expect(a != nil && a != b)
    }
}
