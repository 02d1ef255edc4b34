import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import Testing

/// One browser's worth of the desk over HTTP: its own cookie, redirects not followed.
struct DeskClient {
    /// A response, its body as text.
    struct Reply {
        var status: Int
        var headers: HTTPHeaders
        var body: String

        /// The `Location` header.
        var location: String? { headers.first(name: "location") }

        /// The value of the page's first `csrf` hidden field.
        var csrf: String? {
            guard let range = body.range(of: #"name="csrf" value="([^"]*)""#, options: .regularExpression) else { return nil }
            let field = body[range]
            return field.split(separator: "\"").dropFirst(3).first.map(String.init)
        }

        /// The value of the page's verdict form `version` hidden field.
        var version: String? {
            guard let range = body.range(of: #"name="version" value="([^"]*)""#, options: .regularExpression) else { return nil }
            return body[range].split(separator: "\"").dropFirst(3).first.map(String.init)
        }
    }

    /// The shared HTTP client (redirects are the test's to check).
    static let http = HTTPClient(eventLoopGroupProvider: .singleton,
                                 configuration: .init(redirectConfiguration: .disallow))

    let baseURL: String
    /// The session cookie, `name=value`, once signed in.
    var cookie: String?

    init(_ desk: DeskProcess) {
        baseURL = desk.baseURL
    }

    /// GETs `path`.
    func get(_ path: String) async throws -> Reply {
        try await send(HTTPClientRequest(url: baseURL + path))
    }

    /// POSTs `fields` as a form to `path`.
    func post(_ path: String, _ fields: [(String, String)]) async throws -> Reply {
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        let body = fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }
            .joined(separator: "&")
        request.body = .bytes(ByteBuffer(string: body))
        return try await send(request)
    }

    private func send(_ request: HTTPClientRequest) async throws -> Reply {
        var request = request
        if let cookie { request.headers.add(name: "Cookie", value: cookie) }
        let response = try await Self.http.execute(request, timeout: .seconds(30))
        let body = try await response.body.collect(upTo: 16 << 20)
        return Reply(status: Int(response.status.code), headers: response.headers, body: String(buffer: body))
    }

    /// Signs in and keeps the session cookie; the reply of the sign-in post.
    @discardableResult
    mutating func signIn(_ name: String, _ password: String) async throws -> Reply {
        let reply = try await post("/signin", [("name", name), ("password", password)])
        if let setCookie = reply.headers.first(name: "set-cookie"), reply.status == 303 {
            cookie = setCookie.split(separator: ";").first.map(String.init)
        }
        return reply
    }

    /// The session token of the cookie.
    var token: String? { cookie?.split(separator: "=", maxSplits: 1).last.map(String.init) }
}
