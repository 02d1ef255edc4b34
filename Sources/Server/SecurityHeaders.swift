import HTTPTypes
import Hummingbird

/// Adds the desk's security headers to every response and gives each request a fresh script nonce.
///
/// `Content-Security-Policy`: nothing from another origin, no inline script
/// but the one carrying this response's nonce, no framing (`frame-ancestors
/// 'none'`), forms post only to the desk. Also `X-Content-Type-Options:
/// nosniff`, `Referrer-Policy: same-origin`, `X-Frame-Options: DENY` and
/// `Cache-Control: no-store` (pages hold reviewers' work). A response that set
/// its own policy (the archived copy's sandbox) keeps it.
struct SecurityHeaders: RouterMiddleware {
    typealias Context = DeskContext

    /// `Referrer-Policy` and `X-Frame-Options`, names HTTPTypes does not predefine.
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")
    static let xFrameOptions = HTTPField.Name("X-Frame-Options")

    /// The policy for a page whose one script carries `nonce`.
    static func policy(nonce: String) -> String {
        "default-src 'none'; script-src 'nonce-\(nonce)'; style-src 'nonce-\(nonce)'; img-src 'self'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    }

    func handle(_ request: Request, context: DeskContext, next: (Request, DeskContext) async throws -> Response) async throws -> Response {
        var context = context
        context.nonce = SessionToken.random(byteCount: 16)
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        } catch {
            context.logger.error("request failed: \(error.localizedDescription)")
            response = HTMLPage.error(status: .internalServerError, message: "The desk could not answer: \(error.localizedDescription)",
                                      nonce: context.nonce)
        }
        if response.headers[.contentSecurityPolicy] == nil {
            response.headers[.contentSecurityPolicy] = Self.policy(nonce: context.nonce)
        }
        response.headers[.xContentTypeOptions] = "nosniff"
        if let name = Self.referrerPolicy { response.headers[name] = "same-origin" }
        if let name = Self.xFrameOptions { response.headers[name] = "DENY" }
        response.headers[.cacheControl] = "no-store"
        return response
    }
}

