import Hummingbird
import Mustache

/// Renders the desk's pages from ``PageTemplates`` into responses.
enum HTMLPage {
    /// The parsed templates, by name (`layout`, `signin`, `queue`, `quote`, `error`, and the partial `undo`).
    static let library: MustacheLibrary = {
        var library = MustacheLibrary()
        let templates = ["layout": PageTemplates.layout, "signin": PageTemplates.signIn, "queue": PageTemplates.queue,
                         "quote": PageTemplates.quote, "error": PageTemplates.error, "undo": PageTemplates.undo]
        for (name, text) in templates {
            do {
                try library.register(text, named: name)
            } catch {
                preconditionFailure("the desk's template '\(name)' does not parse: \(error)")
            }
        }
        return library
    }()

    /// What the layout shows around a page.
    struct Frame {
        var title: String
        var nonce: String
        var user: String?
        var csrf: String
        var body: String
        var withScript: Bool
    }

    /// A page: `template` rendered with `model`, inside the layout, for the request's session.
    static func response(_ template: String, model: Any, title: String, context: DeskContext,
                         status: HTTPResponse.Status = .ok, script: Bool = true) -> Response {
        let body = library.render(TemplateModel.reading(model), withTemplate: template) ?? ""
        let frame = Frame(title: title, nonce: context.nonce, user: context.session?.account,
                          csrf: context.session?.csrfSecret ?? "", body: body, withScript: script)
        return html(library.render(TemplateModel.reading(frame), withTemplate: "layout") ?? "", status: status)
    }

    /// An error page with a heading for `status`.
    static func error(status: HTTPResponse.Status, message: String, nonce: String) -> Response {
        struct Model { var heading: String; var message: String }
        let body = library.render(TemplateModel.reading(Model(heading: status.reasonPhrase, message: message)),
                                  withTemplate: "error") ?? ""
        let frame = Frame(title: status.reasonPhrase, nonce: nonce, user: nil, csrf: "", body: body, withScript: false)
        return html(library.render(TemplateModel.reading(frame), withTemplate: "layout") ?? "", status: status)
    }

    /// An HTML response.
    static func html(_ text: String, status: HTTPResponse.Status) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// A 303 redirect (after a form post, the browser GETs the new place).
    static func seeOther(_ location: String) -> Response {
        .redirect(to: location, type: .normal)
    }
}
