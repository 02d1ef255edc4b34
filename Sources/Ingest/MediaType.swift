import Foundation

/// A `Content-Type` value taken apart: what kind of body it announces, and its charset.
public struct MediaType: Sendable, Equatable {
    /// The type and subtype in lower case, e.g. `text/html`; empty when none was given.
    public var essence: String
    /// The `charset` parameter, unquoted, if any.
    public var charset: String?

    /// Parses a header value such as `text/html; charset="windows-1252"`.
    public init(parsing value: String) {
        let parts = value.split(separator: ";", omittingEmptySubsequences: false)
        essence = parts.first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        charset = nil
        for parameter in parts.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" else { continue }
            let label = pair[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            if !label.isEmpty { charset = label }
        }
    }

    /// HTML or XML (feeds and XHTML included).
    public var isMarkup: Bool {
        ["text/html", "application/xhtml+xml", "application/xml", "text/xml"].contains(essence)
            || essence.hasSuffix("+xml")
    }

    /// Says nothing useful about the body, so the bytes decide (`application/octet-stream`, none).
    public var isUninformative: Bool {
        essence.isEmpty || essence == "application/octet-stream" || essence == "binary/octet-stream"
    }

    /// What the body is, in words, for a refusal: "an image (image/png)", "a PDF".
    public var description: String {
        let top = essence.split(separator: "/").first.map(String.init) ?? ""
        switch (top, essence) {
        case (_, "application/pdf"): return "a PDF"
        case (_, "application/json"): return "JSON (application/json)"
        case (_, "text/plain"): return "plain text (text/plain)"
        case (_, "text/css"): return "a style sheet (text/css)"
        case (_, "application/javascript"), (_, "text/javascript"): return "a script (\(essence))"
        case (_, "application/zip"), (_, "application/gzip"), (_, "application/x-tar"): return "an archive (\(essence))"
        case ("image", _): return "an image (\(essence))"
        case ("video", _): return "a video (\(essence))"
        case ("audio", _): return "audio (\(essence))"
        case ("font", _): return "a font (\(essence))"
        default: return "a document of type \(essence)"
        }
    }
}
