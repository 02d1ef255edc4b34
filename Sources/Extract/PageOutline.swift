import Markup

/// What a page shows around its headline, gathered in one walk: the texts of
/// its `<h1>` elements and of the lines that read as bylines, in document
/// order, so a byline can be taken from after the headline (before it stand
/// the page's menus and widgets: "follow our authors", the latest comments).
struct PageOutline {
    /// A line that reads as a byline.
    struct BylineLine: Equatable {
        /// Its visible text, white space folded.
        var text: String
        /// How many of ``PageOutline/headings`` come before it.
        var headingsBefore: Int
    }

    /// The visible text of each `<h1>` that shows any, in document order.
    var headings: [String] = []
    /// Byline lines, in document order (at most ``maximumBylines``).
    var bylines: [BylineLine] = []
    /// The `datetime` of the first `<time>` that has one, and of the first
    /// that says it is the publication time (`itemprop=datePublished`, `pubdate`).
    var firstTime: String?
    var publicationTime: String?

    /// How many byline lines are gathered at most.
    static let maximumBylines = 8

    /// Class, `rel`, `itemprop` or `data-testid` segments that name a byline.
    static let bylineWords: Set<String> = ["byline", "author", "authors", "contributor", "contributors"]

    /// Whether an attribute called `name` names what its element is: class, rel, itemprop, data-testid.
    static func names(_ name: String) -> Bool {
        switch name {
        case "class", "rel", "itemprop", "data-testid": return true
        default: return false
        }
    }

    /// What every byline word holds (compared without case), to rule most names out cheaply.
    static let bylineStems: [StaticString] = ["byline", "author", "contributor"]

    /// Openings of a short line that credits its writers ("By …", "Written by …", "Author: …").
    static let bylineOpenings = ["by ", "by:", "researched by", "written by", "reported by", "words by", "posted by",
                                 "author ", "author:", "authors:"]

    /// Whether no byline is looked for below an element called `name`: script,
    /// style, noscript, template, svg, nav, form, button, select. (A `switch`
    /// on short names costs less than hashing, and every element is asked.)
    static func holdsNoByline(_ name: String) -> Bool {
        switch name {
        case "script", "style", "noscript", "template", "svg", "nav", "form", "button", "select": return true
        default: return false
        }
    }

    /// The outline of the page rooted at `root`.
    init(root: Element) {
        visit(root, bylinesAllowed: true)
    }

    private mutating func visit(_ element: Element, bylinesAllowed: Bool) {
        if element.name == "h1" {
            let text = TextFolding.visibleText(of: element)
            if !text.isEmpty { headings.append(text) }
        } else if element.name == "time", publicationTime == nil, let datetime = element[attribute: "datetime"] {
            if firstTime == nil { firstTime = datetime }
            if element[attribute: "pubdate"] != nil || element[attribute: "itemprop"]?.lowercased() == "datepublished" {
                publicationTime = datetime
            }
        }
        var allowed = bylinesAllowed && bylines.count < Self.maximumBylines && !Self.holdsNoByline(element.name)
        if allowed, let text = bylineText(of: element) {
            if !text.isEmpty { bylines.append(BylineLine(text: text, headingsBefore: headings.count)) }
            allowed = false
        }
        for case .element(let child) in element.children { visit(child, bylinesAllowed: allowed) }
    }

    /// The text of `element` when it is a byline: named as one (not a
    /// reader's comment), or a short line that opens with a byline label.
    /// Nil when it is neither (a long element named a byline is looked into);
    /// an empty string for a comment's author, so nothing below it is looked at.
    private func bylineText(of element: Element) -> String? {
        // Segments are split only from names that hold a byline word at all (most hold none).
        if element.attributes.contains(where: { Self.names($0.name) && ASCIIScan.containsAnyFolded($0.value, Self.bylineStems) }) {
            let names = element.attributes.filter { Self.names($0.name) }.map(\.value)
            let segments = Set(names.flatMap { $0.split(separator: " ") }.flatMap { BodyExtractor.splitSegments(String($0)) })
            if !segments.isDisjoint(with: Self.bylineWords) {
                if segments.contains("comment") || segments.contains("comments") { return "" }
                if let text = TextFolding.shortVisibleText(of: element, limit: 199), !text.isEmpty { return text }
            }
        }
        guard element.name == "p" || element.name == "div" || element.name == "span" || element.name == "li",
              element.children.count <= 12,
              let first = TextFolding.firstVisibleScalar(of: element),
              "bBwWrRpPaA".unicodeScalars.contains(first) else { return nil }
        let lead = TextFolding.leadingText(of: element, count: 16).lowercased()
        guard Self.bylineOpenings.contains(where: lead.hasPrefix),
              let text = TextFolding.shortVisibleText(of: element, limit: 149) else { return nil }
        return text
    }
}
