import Hummingbird
import Store

/// The request context of the desk: Hummingbird's core, the page's script nonce and the signed-in session.
struct DeskContext: RequestContext {
    /// Hummingbird's per-request storage.
    var coreContext: CoreRequestContextStorage
    /// The nonce of this response's script (the Content-Security-Policy names it).
    var nonce: String = ""
    /// The signed-in session, set by ``SessionMiddleware``; `nil` before it runs and when signed out.
    var session: WebSession?
    /// The raw session token of the request's cookie, when the session is live.
    var token: String?

    /// A context for a new request.
    init(source: Source) {
        coreContext = .init(source: source)
    }
}
