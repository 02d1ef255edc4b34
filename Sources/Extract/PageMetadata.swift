import Foundation
import Markup

/// The machine-readable metadata of a page: `<meta>` tags, `<link>`s and
/// JSON-LD objects, gathered in one walk.
struct PageMetadata {
    /// `<meta name|property|itemprop=… content=…>`, keys lower-cased, first value wins.
    var meta: [String: String] = [:]
    /// `<link rel=canonical href>`.
    var canonical: String?
    /// `<html lang>`.
    var language: String?
    /// `<title>` text.
    var documentTitle: String?
    /// Every JSON-LD object found (graphs flattened).
    var jsonLD: [[String: Any]] = []

    init(root: Element) {
        language = root[attribute: "lang"].map(TextFolding.fold).flatMap { $0.isEmpty ? nil : $0 }
        walk(root)
    }

    private mutating func walk(_ element: Element) {
        for case .element(let child) in element.children {
            switch child.name {
            case "meta":
                if let content = child[attribute: "content"] {
                    for keyAttribute in ["property", "name", "itemprop", "http-equiv"] {
                        if let key = child[attribute: keyAttribute]?.lowercased(), meta[key] == nil {
                            meta[key] = TextFolding.fold(content)
                        }
                    }
                }
            case "link":
                if canonical == nil, child[attribute: "rel"]?.lowercased().split(separator: " ").contains("canonical") == true {
                    canonical = child[attribute: "href"]
                }
            case "title":
                if documentTitle == nil { documentTitle = TextFolding.fold(child.textContent) }
            case "script":
                if let type = child[attribute: "type"], ASCIIScan.containsFolded(type, "ld+json") {
                    addJSONLD(child.textContent)
                }
            default:
                walk(child)
            }
        }
    }

    private mutating func addJSONLD(_ text: String) {
        guard let data = TextFolding.trimmingWhiteSpace(text).data(using: .utf8),
              let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        else { return } // a broken JSON-LD block is ignored: the page's other metadata still counts
        flatten(value)
    }

    private mutating func flatten(_ value: Any) {
        if let array = value as? [Any] {
            array.forEach { flatten($0) }
        } else if let object = value as? [String: Any] {
            jsonLD.append(object)
            if let graph = object["@graph"] { flatten(graph) }
        }
    }

    /// The JSON-LD objects describing the article itself.
    var articleObjects: [[String: Any]] {
        jsonLD.filter { object in
            let types = Self.strings(object["@type"])
            return types.contains { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" || $0 == "LiveBlogPosting" }
        }
    }

    /// The names of the people in a JSON-LD `author` value (a string, an
    /// array, or objects with `name`), leaving out organisations: a
    /// publication credited as the author is no byline.
    static func people(_ value: Any?) -> [String] {
        switch value {
        case let s as String: return [s]
        case let a as [Any]: return a.flatMap { people($0) }
        case let o as [String: Any]:
            if strings(o["@type"]).contains(where: { $0.hasSuffix("Organization") || $0 == "Corporation" }) { return [] }
            return strings(o["name"])
        default: return []
        }
    }

    /// Strings in a JSON-LD value that may be a string, an array or an object with `name`.
    static func strings(_ value: Any?) -> [String] {
        switch value {
        case let s as String: return [s]
        case let a as [Any]: return a.flatMap { strings($0) }
        case let o as [String: Any]: return strings(o["name"])
        default: return []
        }
    }
}
