import Foundation
import Hummingbird
import Store

extension DeskRoutes {
    /// Failed sign-ins for one name within ``lockoutWindow`` that lock it.
    static let lockoutFailures = 5
    /// The window the failures are counted in, and how long the lock lasts (seconds).
    static let lockoutWindow: TimeInterval = 60

    /// What the sign-in form shows.
    struct SignInModel { var name: String; var message: String? }

    func signInPage(_ request: Request, _ context: DeskContext) -> Response {
        if context.session != nil { return HTMLPage.seeOther("/") }
        return HTMLPage.response("signin", model: SignInModel(name: "", message: nil), title: "Sign in", context: context, script: false)
    }

    /// Checks the name and password; five failures for one name in a minute lock it for a minute.
    func signIn(_ request: Request, _ context: DeskContext) async throws -> Response {
        let form = try await FormFields.body(of: request)
        let name = form["name"] ?? "", password = form["password"] ?? ""
        let now = Date()
        let failures = try await store.failedSignIns(name: name, since: now.addingTimeInterval(-Self.lockoutWindow))
        if failures.count >= Self.lockoutFailures {
            let message = "Too many failed sign-ins for this name: it is locked for a minute. Try again later."
            return HTMLPage.response("signin", model: SignInModel(name: name, message: message), title: "Sign in",
                                     context: context, status: .tooManyRequests, script: false)
        }
        let credentials = try await store.credentials(ofAccount: name)
        let matches = configuration.hasher.verify(password, against: credentials?.passwordHash ?? decoyHash)
        guard let credentials, matches else {
            try await store.recordFailedSignIn(name: name, at: now)
            let locked = failures.count + 1 >= Self.lockoutFailures
            let message = locked ? "Wrong name or password. Too many failed sign-ins: this name is locked for a minute."
                : "Wrong name or password."
            return HTMLPage.response("signin", model: SignInModel(name: name, message: message), title: "Sign in",
                                     context: context, status: locked ? .tooManyRequests : .unauthorized, script: false)
        }
        try await store.clearFailedSignIns(name: name)
        let token = SessionToken.random()
        try await store.startSession(WebSession(tokenHash: SessionToken.hash(token), account: credentials.name,
                                          csrfSecret: SessionToken.random()), at: now)
        var response = HTMLPage.seeOther("/")
        response.setCookie(Cookie(name: SessionMiddleware.cookieName, value: token, path: "/",
                                  secure: configuration.tls != nil, httpOnly: true, sameSite: .strict))
        return response
    }

    /// Ends the session on the server and clears the cookie.
    func signOut(_ request: Request, _ context: DeskContext) async throws -> Response {
        let form = try await FormFields.body(of: request)
        if let refusal = refusal(ofCSRF: form, context) { return refusal }
        if let session = context.session { try await store.endSession(tokenHash: session.tokenHash) }
        var response = HTMLPage.seeOther("/signin")
        response.setCookie(Cookie(name: SessionMiddleware.cookieName, value: "", expires: Date(timeIntervalSince1970: 0),
                                  maxAge: 0, path: "/", secure: configuration.tls != nil, httpOnly: true, sameSite: .strict))
        return response
    }
}
