import Markup

/// Finds the paragraphs of an article's body: the container that holds most
/// of the page's running text, without navigation, bylines, captions, related
/// links, newsletter boxes or comments.
///
/// The method follows Readability: each paragraph scores the containers
/// above it by its length and commas; the best-scoring container wins, is
/// widened to the ancestor that several good containers share, and takes in
/// its siblings that score well too (stories split over several blocks).
/// Inside it, boxes named or tagged as page furniture and boxes made mostly
/// of links are left out.
///
/// Names and tags of furniture are trusted only for elements that hold a
/// minority of the page's running text: a wrapper around the whole story is
/// not a sidebar, whatever its class says.
enum BodyExtractor {
    /// The body paragraphs of the page rooted at `root`.
    static func paragraphs(in root: Element) -> [String] {
        let tree = BodyTree(root: root)
        guard !tree.nodes.isEmpty else { return [] }
        let strict = Selection(tree: tree, trustLabels: true).paragraphs()
        if strict.reduce(0, { $0 + $1.count }) >= 250 { return strict }
        let loose = Selection(tree: tree, trustLabels: false).paragraphs()
        return loose.reduce(0, { $0 + $1.count }) > strict.reduce(0, { $0 + $1.count }) * 2 ? loose : strict
    }

    /// Splits a class or id token into lower-case segments at `-`, `_`, `.` and camelCase humps.
    static func splitSegments(_ token: String) -> [String] {
        BodyLabels.splitSegments(token)
    }
}

/// One choice of the body in a ``BodyTree``.
struct Selection {
    let tree: BodyTree
    /// Whether furniture labels exclude what they name.
    let trustLabels: Bool
    /// Nodes left out with everything below them.
    var excluded: [Bool]

    init(tree: BodyTree, trustLabels: Bool) {
        self.tree = tree
        self.trustLabels = trustLabels
        let total = tree.nodes.first?.mass ?? 0
        var excluded = [Bool](repeating: false, count: tree.nodes.count)
        for (index, node) in tree.nodes.enumerated() {
            if node.parent >= 0, excluded[node.parent] { excluded[index] = true; continue }
            if trustLabels, node.label == .furniture, node.mass * 2 <= total { excluded[index] = true }
        }
        // Inside the body the page declares, a box named as furniture (a gallery, a carousel) is
        // furniture whatever its size, as long as the story keeps a story's worth of text.
        if trustLabels, let declared = Self.declaredBody(in: tree, excluded: excluded) {
            var remaining = tree.nodes[declared].mass
            var inside = Set([declared])
            for index in tree.nodes.indices where index > declared {
                let node = tree.nodes[index]
                guard inside.contains(node.parent) else { continue }
                inside.insert(index)
                if excluded[node.parent] { excluded[index] = true; continue }
                if excluded[index] || node.label != .furniture { continue }
                if remaining - node.mass >= Self.declaredBodyMass {
                    remaining -= node.mass
                    excluded[index] = true
                }
            }
        }
        self.excluded = excluded
    }

    /// Running text a declared body must hold to be taken at its word.
    static let declaredBodyMass = 500

    /// The container the page declares its article's body (schema.org
    /// `itemprop="articleBody"`), when it holds a story's worth of running
    /// text: inside it a gallery or a carousel is not the story, however
    /// much caption text it runs up.
    static func declaredBody(in tree: BodyTree, excluded: [Bool]) -> Int? {
        tree.nodes.indices.first { index in
            tree.nodes[index].declaresBody && !excluded[index] && tree.nodes[index].mass >= declaredBodyMass
        }
    }

    /// The weight of a container's own markup.
    private func markupWeight(_ node: BodyTree.Node) -> Double {
        var weight: Double
        switch node.name {
        case "div", "article", "section", "main": weight = 5
        case "pre", "td", "blockquote": weight = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": weight = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": weight = -5
        default: weight = 0
        }
        switch node.label {
        // A body name counts as far as there is running text to back it.
        case .body: weight += 25 * min(1, Double(node.mass) / 500)
        case .furniture: weight -= trustLabels ? 0 : 25
        case .plain: break
        }
        return weight
    }

    /// Scores of containers: what the running text below them adds up to.
    private func scores() -> [Int: Double] {
        var score: [Int: Double] = [:]
        for (index, node) in tree.nodes.enumerated() where node.isBlock && !excluded[index] {
            guard [.paragraph, .loose, .preformatted, .cell].contains(node.kind), node.chars >= 25 else { continue }
            let content = 1 + Double(node.commas) + min(Double(node.chars) / 100, 3)
            var ancestor = node.parent
            var level = 0
            while ancestor >= 0, level < 5 {
                if score[ancestor] == nil { score[ancestor] = markupWeight(tree.nodes[ancestor]) }
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
                score[ancestor]! += content / divider
                ancestor = tree.nodes[ancestor].parent
                level += 1
            }
        }
        for (index, value) in score {
            score[index] = value * (1 - tree.nodes[index].linkDensity)
        }
        return score
    }

    private func isAncestor(_ ancestor: Int, of node: Int) -> Bool {
        var current = tree.nodes[node].parent
        while current >= 0 {
            if current == ancestor { return true }
            current = tree.nodes[current].parent
        }
        return false
    }

    /// The container of the story.
    private func topCandidate(_ score: [Int: Double]) -> Int? {
        let ranked = score.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        guard var (top, topScore) = ranked.first else { return nil }
        // Several near-best containers under one ancestor: the story is split, take the ancestor.
        let alternatives = ranked.dropFirst().prefix(4).filter { $0.value >= topScore * 0.75 }.map(\.key)
        if alternatives.count >= 3 {
            var ancestor = tree.nodes[top].parent
            while ancestor > 0 {
                if alternatives.filter({ isAncestor(ancestor, of: $0) }).count >= 3 {
                    top = ancestor
                    topScore = score[ancestor] ?? topScore
                    break
                }
                ancestor = tree.nodes[ancestor].parent
            }
        }
        // A parent that scores higher than its best child holds more of the story.
        var lastScore = topScore
        let threshold = lastScore / 3
        var parent = tree.nodes[top].parent
        while parent > 0 {
            guard let parentScore = score[parent] else { parent = tree.nodes[parent].parent; continue }
            if parentScore < threshold { break }
            if parentScore > lastScore { top = parent; break }
            lastScore = parentScore
            parent = tree.nodes[parent].parent
        }
        // An only child says no more than its parent.
        while tree.nodes[top].parent > 0, tree.nodes[tree.nodes[top].parent].elementCount == 1,
              !excluded[tree.nodes[top].parent] {
            top = tree.nodes[top].parent
        }
        return top
    }

    /// The top container and those of its siblings that belong to the story, in order.
    private func chosen(_ top: Int, _ score: [Int: Double]) -> [Int] {
        // The best score in each subtree, so a sibling is judged by its best container.
        var bestBelow = [Double](repeating: 0, count: tree.nodes.count)
        for index in tree.nodes.indices.reversed() {
            bestBelow[index] = max(bestBelow[index], score[index] ?? 0)
            let parent = tree.nodes[index].parent
            if parent >= 0 { bestBelow[parent] = max(bestBelow[parent], bestBelow[index]) }
        }
        let parent = tree.nodes[top].parent
        guard parent >= 0 else { return [top] }
        let topScore = score[top] ?? 0
        let threshold = max(10, topScore * 0.2)
        let topClass = tree.nodes[top].classNames
        let siblings = tree.nodes[parent].children
        var picked = siblings.filter { sibling in
            if sibling == top { return true }
            if excluded[sibling] { return false }
            let node = tree.nodes[sibling]
            let bonus = !topClass.isEmpty && node.classNames == topClass ? topScore * 0.2 : 0
            if let s = score[sibling], s + bonus >= threshold { return true }
            // A box of running text beside the story (its first paragraph set apart, a later part
            // between figures): something in it scores as running text on its own (the floor of the
            // threshold above), and it has few links.
            if !node.isBlock {
                return bestBelow[sibling] >= 10 && node.mass >= 80 && node.linkDensity < 0.25 && readsAsProse(sibling)
            }
            guard node.isBlock, node.kind == .paragraph || node.kind == .loose else { return false }
            if node.chars > 80 { return node.linkDensity < 0.25 }
            return node.chars > 0 && node.linkDensity == 0 && BodyText.endsSentence(node.text ?? "")
        }
        // The lead set apart in a box of its own, just before the rest: prose with few links is enough.
        if let first = picked.first, let position = siblings.firstIndex(of: first), position > 0 {
            let lead = siblings[position - 1]
            let node = tree.nodes[lead]
            if !excluded[lead], !node.isBlock, node.mass >= 80, node.linkDensity < 0.25, readsAsProse(lead) {
                picked.insert(lead, at: 0)
            }
        }
        return picked
    }

    /// Whether every paragraph below `index` ends as a sentence: story text,
    /// not a header of labels and dates or a box with a verdict line.
    private func readsAsProse(_ index: Int) -> Bool {
        var stack = [index]
        while let current = stack.popLast() {
            let node = tree.nodes[current]
            if excluded[current] { continue }
            if let text = node.text {
                if node.kind == .paragraph || node.kind == .loose, !BodyText.endsSentence(text) { return false }
            } else {
                stack += node.children
            }
        }
        return true
    }

    /// Whether a box inside the story is furniture by its make-up: mostly links, few commas.
    private func isLinkBox(_ node: BodyTree.Node) -> Bool {
        guard !node.isBlock, node.commas < 10 else { return false }
        return node.linkDensity > (node.label == .body ? 0.5 : 0.33)
    }

    /// Whether a block inside the story is a link rather than text: all link,
    /// or mostly link and not a sentence ("Read more: …", a list of headlines).
    private func isLinkBlock(_ node: BodyTree.Node) -> Bool {
        node.linkDensity >= 0.9 || (node.linkDensity > 0.5 && !BodyText.endsSentence(node.text ?? ""))
    }

    /// What the walk of the chosen containers met, in order.
    enum Piece {
        case text(String, BodyTree.Kind)
        /// A box or block inside the story left out for being links.
        case dropped
    }

    /// The paragraphs of the chosen containers, in reading order.
    func paragraphs() -> [String] {
        let score = scores()
        guard let top = topCandidate(score) else { return [] }
        var pieces: [Piece] = []
        for index in chosen(top, score) { emit(index, into: &pieces, isRoot: true) }
        return BodyText.tidy(pieces)
    }

    private func emit(_ index: Int, into out: inout [Piece], isRoot: Bool = false) {
        if excluded[index] { return }
        let node = tree.nodes[index]
        if let text = node.text {
            guard node.kind != .title else { return }
            out.append(node.kind != .heading && isLinkBlock(node) ? .dropped : .text(text, node.kind))
            return
        }
        if !isRoot, isLinkBox(node) { out.append(.dropped); return }
        for child in node.children { emit(child, into: &out) }
    }
}
