import Foundation
import Hummingbird
import Store

/// Finds the signed-in session from the request's cookie; sends every request without one to sign in,
/// but for the few paths open to all (`/healthz`, `/signin`).
struct SessionMiddleware: RouterMiddleware {
    typealias Context = DeskContext

    /// The session cookie's name.
    static let cookieName = "qc_session"
    /// Paths answered without a session.
    static let openPaths: Set<String> = ["/healthz", "/signin"]

    let store: DeskStore
    let idleLimit: TimeInterval

    func handle(_ request: Request, context: DeskContext, next: (Request, DeskContext) async throws -> Response) async throws -> Response {
        var context = context
        if let token = request.cookies[Self.cookieName]?.value, !token.isEmpty,
           let session = try await store.session(tokenHash: SessionToken.hash(token), at: Date(), idleLimit: idleLimit) {
            context.session = session
            context.token = token
        }
        if context.session == nil && !Self.openPaths.contains(request.uri.path) {
            if request.method == .get || request.method == .head {
                return .redirect(to: "/signin", type: .normal)
            }
            return HTMLPage.error(status: .forbidden, message: "Sign in first.", nonce: context.nonce)
        }
        return try await next(request, context)
    }
}
