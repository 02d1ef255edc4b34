import Markup

/// What an element's tag, role, class or id says about it, before any text
/// is weighed: the vocabulary of news-page boilerplate.
enum BodyLabels {
    /// Tags whose subtree is never body text, wherever they stand.
    static let skippedTags = WordGate([
        "nav", "figure", "figcaption", "button", "select", "label", "option",
        "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "head", "dialog",
        "input", "textarea", "video", "audio", "picture", "img", "canvas", "map", "title", "meta", "link",
    ])

    /// Tags that usually hold page furniture, but on some pages wrap the
    /// whole story (an ASP.NET `<form>`, a `<header>` around everything).
    static let furnitureTags = WordGate(["form", "header", "footer", "aside", "menu", "address"])

    /// ARIA roles of page furniture.
    static let furnitureRoles: Set<String> = [
        "navigation", "complementary", "contentinfo", "banner", "dialog", "menu", "menubar", "search",
        "alertdialog", "toolbar", "tooltip",
    ]

    /// Class or id segments that mark boilerplate even next to a body word
    /// (`article-related`, `story-caption`, `content-share`).
    static let strongWords: Set<String> = [
        "comment", "comments", "related", "share", "sharing", "sharebar", "social", "newsletter", "newsletters",
        "subscribe", "subscription", "promo", "advert", "advertisement", "advertising", "caption", "byline",
        "bylines", "credit", "credits", "breadcrumb", "breadcrumbs", "recirc", "recirculation", "recommended",
        "recommendations", "outbrain", "taboola", "signup", "cookie", "cookies", "popup", "modal", "sponsored",
        "dateline", "timestamp", "disclaimer", "copyright", "readmore", "tooltip", "slideshow", "gallery",
        "carousel", "toolbar", "trending", "popular", "most", "skip", "sr", "visually", "offscreen",
    ]

    /// Class or id segments that mark boilerplate unless a body word stands
    /// in the same token (`sidebar`, but not `sidebar-article-body`).
    static let weakWords: Set<String> = [
        "ad", "ads", "sidebar", "teaser", "tags", "nav", "navigation", "menu", "footer", "masthead", "kicker",
        "author", "authors", "bio", "correction", "widget", "rail", "more", "next", "prev", "pagination",
        "video", "audio", "podcast", "print", "alert", "banner", "header", "headline", "meta", "topics", "keywords", "photo", "photos", "image", "img", "figure", "hidden", "hide", "overlay", "footnote",
    ]

    /// Segments that mark the body itself.
    static let bodyWords: Set<String> = [
        "body", "article", "story", "content", "text", "entry", "main", "post", "paragraph", "copy", "prose",
    ]

    /// How an element's own markup classes it.
    enum Label {
        /// Nothing to say.
        case plain
        /// Named or tagged as page furniture (navigation, share tools, captions…).
        case furniture
        /// Named as the body (`article-body`, `story-text`).
        case body
    }

    /// The label of `element`; `nil` when it is never body text at all.
    /// - Parameter names: remembers what class and id values say, across the elements of one page.
    static func label(of element: Element, names: NameVerdicts? = nil) -> Label? {
        if skippedTags.contains(element.name) { return nil }
        // One pass over the attributes; the first of each name counts, as `element[attribute:]` reads it.
        var seen = NamedAttributes()
        for attribute in element.attributes {
            switch attribute.name {
            case "hidden": return nil
            case "aria-hidden": keepFirst(&seen.ariaHidden, attribute.value)
            case "style": keepFirst(&seen.style, attribute.value)
            case "role": keepFirst(&seen.role, attribute.value)
            case "class": keepFirst(&seen.className, attribute.value)
            case "id": keepFirst(&seen.id, attribute.value)
            case "data-component": keepFirst(&seen.dataComponent, attribute.value)
            case "data-testid": keepFirst(&seen.dataTestID, attribute.value)
            case "itemprop": keepFirst(&seen.itemprop, attribute.value)
            default: break
            }
        }
        if seen.ariaHidden == "true" { return nil }
        if let style = seen.style, ASCIIScan.containsAnyFolded(style, ["none", "hidden"]) {
            let squeezed = style.lowercased().filter { !$0.isWhitespace }
            if squeezed.contains("display:none") || squeezed.contains("visibility:hidden") { return nil }
        }
        if let role = seen.role?.lowercased(), furnitureRoles.contains(role) { return .furniture }
        if furnitureTags.contains(element.name) { return .furniture }
        switch element.name {
        case "html", "body", "main", "article", "p": return .plain
        default: break
        }
        var furniture = false
        var body = false
        for value in [seen.className, seen.id, seen.dataComponent, seen.dataTestID, seen.itemprop] {
            guard let value else { continue }
            let verdict = names?.verdict(value) ?? verdict(ofNames: value)
            furniture = furniture || verdict.furniture
            body = body || verdict.body
        }
        if furniture { return .furniture }
        return body ? .body : .plain
    }

    /// What the tokens of one class, id or similar value say: whether one
    /// names furniture, and whether one names the body.
    static func verdict(ofNames value: String) -> NameVerdict {
        var bytes = value
        if let verdict = bytes.withUTF8(asciiVerdict) { return verdict }
        return generalVerdict(ofNames: value)
    }

    /// ``verdict(ofNames:)`` of an ASCII value, in one pass over its bytes: the
    /// tokens and segments ``splitSegments(_:)`` would give, without making them
    /// into arrays. Nil when the value is not ASCII.
    private static func asciiVerdict(_ bytes: UnsafeBufferPointer<UInt8>) -> NameVerdict? {
        var verdict = NameVerdict(furniture: false, body: false)
        var kinds: WordKinds = []
        let isASCII = scanASCII(bytes, splitsTokens: true, segment: { segment in
            if let found = wordKinds[segment] { kinds.formUnion(found) }
        }, tokenEnd: {
            let hasBody = kinds.contains(.body)
            if kinds.contains(.strong) || (!hasBody && kinds.contains(.weak)) {
                verdict.furniture = true
            } else if hasBody {
                verdict.body = true
            }
            kinds = []
        })
        return isASCII ? verdict : nil
    }

    /// ``verdict(ofNames:)`` token by token, for any value.
    static func generalVerdict(ofNames value: String) -> NameVerdict {
        var verdict = NameVerdict(furniture: false, body: false)
        // Split on the bytes: the separators are ASCII, and Character iteration is slow.
        for token in value.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A }) {
            // One lookup per segment tells which of the three word sets hold it.
            var kinds: WordKinds = []
            for segment in splitSegments(String(Substring(token))) {
                if let found = wordKinds[segment] { kinds.formUnion(found) }
            }
            let hasBody = kinds.contains(.body)
            if kinds.contains(.strong) || (!hasBody && kinds.contains(.weak)) {
                verdict.furniture = true
            } else if hasBody {
                verdict.body = true
            }
        }
        return verdict
    }

    /// Which of ``strongWords``, ``weakWords`` and ``bodyWords`` hold a segment.
    struct WordKinds: OptionSet {
        let rawValue: UInt8
        static let strong = WordKinds(rawValue: 1)
        static let weak = WordKinds(rawValue: 2)
        static let body = WordKinds(rawValue: 4)
    }

    /// Every word of the three sets, with the sets that hold it.
    static let wordKinds: [String: WordKinds] = {
        var kinds: [String: WordKinds] = [:]
        for (words, kind) in [(strongWords, WordKinds.strong), (weakWords, .weak), (bodyWords, .body)] {
            for word in words { kinds[word, default: []].insert(kind) }
        }
        return kinds
    }()

    /// What a class or id value says (see ``verdict(ofNames:)``).
    struct NameVerdict: Equatable {
        var furniture: Bool
        var body: Bool
    }

    /// Remembers what class and id values say, for the elements of one page:
    /// the same values recur on many elements, and splitting them into
    /// segments is the costly part of a label.
    final class NameVerdicts {
        private var known: [String: NameVerdict] = [:]

        func verdict(_ value: String) -> NameVerdict {
            if let known = known[value] { return known }
            let verdict = BodyLabels.verdict(ofNames: value)
            known[value] = verdict
            return verdict
        }
    }

    /// The attributes ``label(of:)`` reads, the first of each name.
    private struct NamedAttributes {
        var ariaHidden: String?
        var style: String?
        var role: String?
        var className: String?
        var id: String?
        var dataComponent: String?
        var dataTestID: String?
        var itemprop: String?
    }

    @inline(__always)
    private static func keepFirst(_ slot: inout String?, _ value: String) {
        if slot == nil { slot = value }
    }

    /// Splits a class or id token into lower-case segments at `-`, `_`, `.` and camelCase humps.
    static func splitSegments(_ token: String) -> [String] {
        // ASCII (nearly every class name): bytes, no Character machinery.
        var token = token
        if let segments = token.withUTF8({ asciiSegments($0) }) { return segments }
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

    /// ``splitSegments(_:)`` on ASCII bytes; nil when a byte is not ASCII.
    private static func asciiSegments(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        var segments: [String] = []
        let isASCII = scanASCII(bytes, splitsTokens: false, segment: { segments.append($0) }, tokenEnd: {})
        return isASCII ? segments : nil
    }

    /// Walks ASCII class or id bytes as ``splitSegments(_:)`` splits them: hands
    /// each segment, lower-cased, to `segment`; with `splitsTokens`, a blank
    /// (space, tab, LF) also ends a token, and `tokenEnd` is called there and at
    /// the end. Stops and returns false at the first byte that is not ASCII.
    private static func scanASCII(_ bytes: UnsafeBufferPointer<UInt8>, splitsTokens: Bool,
                                  segment: (String) -> Void, tokenEnd: () -> Void) -> Bool {
        var start = 0
        var hasUpper = false
        var previousLower = false
        func endSegment(_ end: Int) {
            guard end > start else { return }
            let piece = UnsafeBufferPointer(rebasing: bytes[start ..< end])
            segment(hasUpper ? String(decoding: piece.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
                             : String(decoding: piece, as: UTF8.self))
        }
        for (i, b) in bytes.enumerated() {
            if b >= 0x80 { return false }
            if splitsTokens, b == 0x20 || b == 0x09 || b == 0x0A {
                endSegment(i)
                tokenEnd()
            } else if b == UInt8(ascii: "-") || b == UInt8(ascii: "_") || b == UInt8(ascii: ".") || b == UInt8(ascii: ":") || b == UInt8(ascii: "/") {
                endSegment(i)
            } else {
                let upper = b >= 65 && b <= 90
                if upper && previousLower {
                    endSegment(i)
                    start = i
                    hasUpper = false
                }
                if upper { hasUpper = true }
                previousLower = (b >= 97 && b <= 122) || (b >= 48 && b <= 57)
                continue
            }
            start = i + 1
            hasUpper = false
            previousLower = false
        }
        endSegment(bytes.count)
        if splitsTokens { tokenEnd() }
        return true
    }
}
