import Foundation
import Hummingbird
import Store

/// The desk's handlers, over one store; each route file adds its concern.
struct DeskRoutes: Sendable {
    let configuration: DeskConfiguration
    /// A hash to check passwords against when the name has no account, so that a
    /// wrong name takes as long as a wrong password.
    let decoyHash: String

    var store: DeskStore { configuration.store }

    init(configuration: DeskConfiguration) {
        self.configuration = configuration
        self.decoyHash = configuration.hasher.hash(SessionToken.random())
    }

    /// Adds every route to `router`.
    func register(on router: Router<DeskContext>) {
        router.get("/healthz") { _, _ in "ok" }
        router.get("/signin") { request, context in self.signInPage(request, context) }
        router.post("/signin") { request, context in try await self.signIn(request, context) }
        router.post("/signout") { request, context in try await self.signOut(request, context) }
        router.get("/") { request, context in try await self.queue(request, context) }
        router.get("/next") { request, context in try await self.next(request, context) }
        router.get("/quotes/:id") { request, context in try await self.quotePage(request, context) }
        router.post("/quotes/:id/verdict") { request, context in try await self.verdict(request, context) }
        router.post("/quotes/:id/finding") { request, context in try await self.acceptFinding(request, context) }
        router.get("/quotes/:id/archive") { request, context in try await self.archive(request, context) }
        router.post("/undo") { request, context in try await self.undo(request, context) }
        router.get("/export") { request, context in try await self.export(request, context) }
    }

    /// 403 unless the form's `csrf` field is the session's secret; `nil` when it is.
    func refusal(ofCSRF form: FormFields, _ context: DeskContext) -> Response? {
        guard let session = context.session, let sent = form["csrf"],
              SessionToken.constantTimeEqual(sent, session.csrfSecret) else {
            return HTMLPage.error(status: .forbidden, message: "This form has no valid csrf field: reload the page and try again. Nothing was changed.",
                                  nonce: context.nonce)
        }
        return nil
    }

    /// The quote id in the path, or `nil`.
    func quoteID(_ context: DeskContext) -> Int64? {
        context.parameters.get("id", as: Int64.self)
    }

    /// The 404 page.
    func notFound(_ context: DeskContext, _ what: String) -> Response {
        HTMLPage.error(status: .notFound, message: what, nonce: context.nonce)
    }
}
