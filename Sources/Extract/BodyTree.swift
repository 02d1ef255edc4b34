import Markup

/// A page reduced to what main-text extraction weighs: containers and the
/// text blocks inside them, in document order, each with its text measured
/// once.
///
/// Every node has an index; a node's parent has a smaller index than the node
/// (pre-order), so sums over subtrees are one backwards pass.
struct BodyTree {
    /// What kind of text a block holds.
    enum Kind: Equatable {
        case paragraph, title, heading, listItem, quote, preformatted, cell
        /// Running text not wrapped in a paragraph tag (a `div` of text, text between blocks).
        case loose
    }

    /// A container or a text block.
    struct Node {
        var name: String
        var parent: Int
        var label: BodyLabels.Label
        var classNames: String
        /// Whether the page declares this element the article's body (schema.org `itemprop="articleBody"`).
        var declaresBody = false
        var children: [Int] = []
        /// Element children in the page (skipped ones included).
        var elementCount = 0
        /// The text of a block; `nil` for a container.
        var text: String?
        var kind: Kind = .loose
        /// Non-space characters below (or in) the node, and those inside links.
        var chars = 0
        var linkChars = 0
        var commas = 0
        /// Characters of running-text blocks that are not mostly links.
        var mass = 0

        var isBlock: Bool { text != nil }
        var linkDensity: Double { chars == 0 ? 0 : Double(linkChars) / Double(chars) }
    }

    var nodes: [Node] = []
    /// What the page's class and id values say, worked out once per value.
    private let names = BodyLabels.NameVerdicts()

    /// Tags that start a new block of text (behind a ``WordGate``: most elements are
    /// inline or text, and are turned away without hashing their names).
    static let blockTags = WordGate([
        "p", "div", "section", "article", "main", "ul", "ol", "li", "dl", "dt", "dd", "table", "tbody", "thead",
        "tfoot", "tr", "td", "th", "caption", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "header", "footer",
        "aside", "nav", "form", "hr", "address", "fieldset", "details", "summary", "center", "body", "html",
        "figure", "figcaption", "menu", "hgroup",
    ])

    /// Tags that are a block whatever they hold.
    static let leafTags: [String: Kind] = [
        "p": .paragraph, "pre": .preformatted, "h1": .title, "h2": .heading, "h3": .heading, "h4": .heading,
        "h5": .heading, "h6": .heading,
    ]

    /// Tags that are a block when they hold no other block.
    static let inlineBlockKinds: [String: Kind] = [
        "li": .listItem, "dt": .listItem, "dd": .listItem, "blockquote": .quote, "td": .cell, "th": .cell,
    ]

    init(root: Element) {
        guard BodyLabels.label(of: root, names: names) != nil else { return }
        add(root, parent: -1)
        for index in nodes.indices.reversed() {
            let node = nodes[index]
            if node.isBlock, node.kind != .title, node.kind != .heading, node.linkDensity < 0.5 {
                nodes[index].mass = node.chars
            }
            let parent = node.parent
            if parent >= 0 {
                nodes[parent].chars += node.chars
                nodes[parent].linkChars += node.linkChars
                nodes[parent].commas += node.commas
                nodes[parent].mass += nodes[index].mass
            }
        }
    }

    /// Whether `element` holds a block-level element anywhere below it.
    private static func holdsBlock(_ element: Element) -> Bool {
        element.hasDescendant { blockTags.contains($0.name) }
    }

    private mutating func newNode(_ element: Element, parent: Int, label: BodyLabels.Label) -> Int {
        let index = nodes.count
        nodes.append(Node(name: element.name, parent: parent, label: label,
                          classNames: element[attribute: "class"] ?? "",
                          declaresBody: element[attribute: "itemprop"] == "articleBody"))
        if parent >= 0 { nodes[parent].children.append(index) }
        return index
    }

    /// Adds `element` below `parent`; `holdsBlock` is known when the caller has already looked.
    private mutating func add(_ element: Element, parent: Int, holdsBlock known: Bool? = nil) {
        guard let label = BodyLabels.label(of: element, names: names) else { return }
        // A heading that holds paragraphs is a wrapper left open by the markup, not a heading.
        if let kind = Self.leafTags[element.name],
           kind == .paragraph || !element.hasDescendant(where: { $0.name == "p" }) {
            addBlock([.element(element)], kind: kind, element: element, parent: parent, label: label)
            return
        }
        if !(known ?? Self.holdsBlock(element)) {
            let kind = Self.inlineBlockKinds[element.name] ?? .loose
            addBlock([.element(element)], kind: kind, element: element, parent: parent, label: label)
            return
        }
        let index = newNode(element, parent: parent, label: label)
        var run: [Markup.Node] = []
        var breaks = 0
        for child in element.children {
            switch child {
            case .text(let t):
                if TextFolding.hasVisibleCharacter(t) { breaks = 0 }
                run.append(child)
            case .element(let e):
                nodes[index].elementCount += 1
                if e.name == "br" {
                    breaks += 1
                    if breaks >= 2 {
                        flush(&run, parent: index)
                    } else {
                        run.append(child)
                    }
                } else {
                    breaks = 0
                    let holds = Self.holdsBlock(e)
                    if Self.blockTags.contains(e.name) || holds {
                        flush(&run, parent: index)
                        add(e, parent: index, holdsBlock: holds)
                    } else {
                        run.append(child)
                    }
                }
            }
        }
        flush(&run, parent: index)
    }

    /// Makes a loose block of a run of inline nodes between blocks.
    private mutating func flush(_ run: inout [Markup.Node], parent: Int) {
        defer { run.removeAll() }
        guard run.contains(where: { node in
            switch node {
            case .text(let t): return TextFolding.hasVisibleCharacter(t)
            case .element(let e): return BodyLabels.label(of: e, names: names) != nil
            }
        }) else { return }
        addBlock(run, kind: .loose, element: nil, parent: parent, label: .plain)
    }

    private mutating func addBlock(_ content: [Markup.Node], kind: Kind, element: Element?, parent: Int,
                                   label: BodyLabels.Label) {
        // Loose text (a `div` of text, text between blocks) sheds the captions and credits tucked
        // into it; a paragraph keeps every character it has.
        var measure = InlineText(shedsFurniture: kind == .loose, names: names)
        for node in content { measure.append(node, inLink: false, isRoot: element != nil) }
        let text = TextFolding.fold(measure.raw)
        guard !text.isEmpty else { return }
        let index = nodes.count
        nodes.append(Node(name: element?.name ?? "#text", parent: parent, label: label,
                          classNames: element?[attribute: "class"] ?? "", text: text, kind: kind,
                          chars: measure.chars, linkChars: measure.linkChars, commas: measure.commas))
        if parent >= 0 { nodes[parent].children.append(index) }
    }

    /// The visible text of inline content, with its measures.
    private struct InlineText {
        var raw = ""
        var chars = 0
        var linkChars = 0
        var commas = 0
        var links = 0
        /// Where in `raw` (in UTF-8 bytes) the last element's text began, while no text has come after it.
        private var previousElementStart: Int?
        let shedsFurniture: Bool
        let names: BodyLabels.NameVerdicts

        init(shedsFurniture: Bool, names: BodyLabels.NameVerdicts) {
            self.shedsFurniture = shedsFurniture
            self.names = names
        }

        mutating func append(_ node: Markup.Node, inLink: Bool, isRoot: Bool = false) {
            switch node {
            case .text(let t):
                raw += t
                previousElementStart = nil
                let count = TextFolding.visibleCount(t)
                chars += count.characters
                if inLink { linkChars += count.characters }
                commas += count.commas
            case .element(let e):
                if e.name == "br" || e.name == "hr" { raw += " "; previousElementStart = nil; return }
                // The block's own tag was weighed by the caller; below it only what a reader never sees goes.
                if !isRoot, let label = BodyLabels.label(of: e, names: names) {
                    if shedsFurniture, label == .furniture { return }
                } else if !isRoot {
                    return
                }
                let link = inLink || e.name == "a"
                var inner = InlineText(shedsFurniture: shedsFurniture, names: names)
                for child in e.children { inner.append(child, inLink: link) }
                if e.name == "a" { inner.links += 1 }
                // A cluster of links tucked into running text (a hover card, a "related" strip) is not the text.
                if !isRoot, e.name != "a", inner.links >= 3, inner.chars >= 60,
                   Double(inner.linkChars) >= Double(inner.chars) * 0.9 {
                    return
                }
                let separate = BodyTree.blockTags.contains(e.name)
                if separate {
                    raw += " "
                } else if let start = previousElementStart,
                          InlineBoundary.separates(Substring(raw.utf8.dropFirst(start)), from: e) {
                    raw += " "
                }
                previousElementStart = raw.utf8.count
                raw += inner.raw
                if separate { raw += " " }
                chars += inner.chars
                linkChars += inner.linkChars
                commas += inner.commas
                links += inner.links
            }
        }
    }
}
