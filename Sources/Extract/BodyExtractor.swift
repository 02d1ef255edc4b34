import Markup

/// Finds the paragraphs of an article's body: the container that holds most
/// of the page's running text, without navigation, bylines, captions, related
/// links, newsletter boxes or comments.
///
/// The method follows Readability's idea: each paragraph scores its parent
/// (and half of it to the grandparent) by its length; the best-scoring
/// container wins, with those of its siblings that score well too (stories
/// split over several blocks).
enum BodyExtractor {
    /// Tags whose subtree is never body text.
    static let skippedTags: Set<String> = [
        "nav", "footer", "aside", "form", "figure", "figcaption", "button", "select", "label",
        "script", "style", "noscript", "template", "svg", "iframe", "object", "head", "menu", "dialog",
        "input", "textarea", "video", "audio", "picture",
    ]

    /// Segments of class or id names that mark boilerplate.
    static let boilerplateWords: Set<String> = [
        "comment", "comments", "related", "share", "sharing", "social", "newsletter", "subscribe",
        "subscription", "sidebar", "promo", "advert", "advertisement", "ad", "ads", "caption", "byline",
        "credit", "credits", "breadcrumb", "breadcrumbs", "recirc", "recommended", "recommendations",
        "popular", "trending", "signup", "paywall", "disclaimer", "copyright", "toolbar", "modal",
        "popup", "cookie", "outbrain", "taboola", "teaser", "readmore", "newsletters", "tags", "nav",
        "navigation", "menu", "footer", "masthead", "dateline", "timestamp", "kicker", "author", "authors",
        "bio", "correction", "inline-ad", "sponsored", "widget", "rail", "more", "next", "prev", "pagination",
        "gallery", "slideshow", "video", "audio", "podcast", "skip", "tooltip", "print", "alert", "banner",
        "header", "headline", "meta", "embed", "twitter", "instagram", "facebook", "sr", "visually",
    ]

    /// Segments that mark the body itself: they protect an element from the words above.
    static let bodyWords: Set<String> = ["body", "article", "story", "content", "text", "entry", "main", "post"]

    /// A paragraph candidate and the chain of its container ids, innermost first.
    struct Candidate {
        var text: String
        var containers: [Int]
    }

    /// The body paragraphs of the page rooted at `root`.
    static func paragraphs(in root: Element) -> [String] {
        var candidates: [Candidate] = []
        var nextID = 0
        collect(root, path: [], into: &candidates, nextID: &nextID)
        guard !candidates.isEmpty else { return [] }

        var score: [Int: Double] = [:]
        for candidate in candidates where candidate.text.count >= 25 {
            let weight = 1.0 + Double(candidate.text.count) / 100.0
                + Double(candidate.text.filter { $0 == "," }.count) * 0.5
            if let parent = candidate.containers.first { score[parent, default: 0] += weight }
            if candidate.containers.count > 1 { score[candidate.containers[1], default: 0] += weight / 2 }
        }
        guard let (best, bestScore) = score.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) else {
            return candidates.map(\.text)
        }
        // The parent of the best container, to take in well-scoring siblings.
        let grand = candidates.first { $0.containers.first == best }?.containers.dropFirst().first
        let siblings: Set<Int> = grand.map { g in
            Set(score.filter { id, value in
                value >= bestScore * 0.2 && candidates.contains { $0.containers.first == id && $0.containers.dropFirst().first == g }
            }.keys)
        } ?? []
        let chosen = siblings.union([best])
        return candidates.filter { candidate in
            candidate.containers.contains { chosen.contains($0) }
        }.map(\.text).filter { !$0.isEmpty }
    }

    /// Walks the tree, skipping boilerplate, and records block-level text.
    private static func collect(_ element: Element, path: [Int], into out: inout [Candidate], nextID: inout Int) {
        let id = nextID
        nextID += 1
        let path = [id] + path
        for child in element.elementChildren {
            if isBoilerplate(child) { continue }
            switch child.name {
            case "p", "h2", "h3", "h4", "li", "pre":
                if child.name == "li", child.firstDescendant(where: { $0.name == "p" }) != nil {
                    collect(child, path: path, into: &out, nextID: &nextID)
                    continue
                }
                if child.name == "li" && isLinkList(child) { continue }
                let text = TextFolding.visibleText(of: child)
                if !text.isEmpty, child.name == "p" || child.name == "li" || child.name == "pre" {
                    out.append(Candidate(text: text, containers: path))
                }
            case "blockquote":
                if child.firstDescendant(where: { $0.name == "p" }) != nil {
                    collect(child, path: path, into: &out, nextID: &nextID)
                } else {
                    let text = TextFolding.visibleText(of: child)
                    if !text.isEmpty { out.append(Candidate(text: text, containers: path)) }
                }
            case "div", "section", "span", "font", "center", "td", "main", "article", "body", "html", "header",
                 "ul", "ol", "table", "tbody", "tr", "dl", "dd":
                if child.name == "div" || child.name == "td" || child.name == "section",
                   let text = loneTextBlock(child) {
                    out.append(Candidate(text: text, containers: path))
                } else {
                    collect(child, path: path, into: &out, nextID: &nextID)
                }
            default:
                collect(child, path: path, into: &out, nextID: &nextID)
            }
        }
    }

    /// A `div` holding running text directly (no block children): its text.
    private static func loneTextBlock(_ element: Element) -> String? {
        let blockChildren: Set<String> = ["p", "div", "section", "ul", "ol", "table", "h1", "h2", "h3", "h4", "blockquote", "article", "figure", "header", "footer", "aside", "nav", "form", "li"]
        guard element.descendants(where: { blockChildren.contains($0.name) }).isEmpty else { return nil }
        var hasOwnText = false
        for child in element.children {
            if case .text(let t) = child, t.contains(where: { !$0.isWhitespace }) { hasOwnText = true }
        }
        guard hasOwnText else { return nil }
        let text = TextFolding.visibleText(of: element)
        return text.count >= 60 ? text : nil
    }

    /// A list item that is only a link (a menu or a related-stories list).
    private static func isLinkList(_ element: Element) -> Bool {
        let text = TextFolding.visibleText(of: element)
        let linked = element.descendants { $0.name == "a" }.map { TextFolding.visibleText(of: $0) }.joined()
        return !text.isEmpty && Double(linked.count) >= Double(text.count) * 0.8
    }

    /// Whether an element's tag, role, class or id marks it as not body text.
    static func isBoilerplate(_ element: Element) -> Bool {
        if skippedTags.contains(element.name) { return true }
        if element[attribute: "hidden"] != nil || element[attribute: "aria-hidden"] == "true" { return true }
        if let role = element[attribute: "role"]?.lowercased(),
           ["navigation", "complementary", "contentinfo", "banner", "dialog", "menu", "search"].contains(role) {
            return true
        }
        if ["article", "main", "body", "html", "p"].contains(element.name) { return false }
        let names = [element[attribute: "class"], element[attribute: "id"], element[attribute: "data-component"], element[attribute: "data-testid"]]
            .compactMap { $0 }.joined(separator: " ")
        guard !names.isEmpty else { return false }
        var hasBoilerplate = false
        var hasBody = false
        for token in names.split(whereSeparator: { $0 == " " }) {
            let segments = splitSegments(String(token))
            if segments.contains(where: boilerplateWords.contains) { hasBoilerplate = true }
            if segments.contains(where: bodyWords.contains) { hasBody = true }
        }
        return hasBoilerplate && !hasBody
    }

    /// Splits a class or id token into lower-case segments at `-`, `_`, `.` and camelCase humps.
    static func splitSegments(_ token: String) -> [String] {
        var segments: [String] = []
        var current = ""
        var previousLower = false
        for ch in token {
            if ch == "-" || ch == "_" || ch == "." || ch == ":" || ch == "/" {
                if !current.isEmpty { segments.append(current.lowercased()) }
                current = ""
                previousLower = false
                continue
            }
            if ch.isUppercase && previousLower {
                segments.append(current.lowercased())
                current = ""
            }
            current.append(ch)
            previousLower = ch.isLowercase || ch.isNumber
        }
        if !current.isEmpty { segments.append(current.lowercased()) }
        return segments
    }
}
