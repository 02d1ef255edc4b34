/// A node of a parsed document, as a plain Swift value.
///
/// Markup turns libxml2's C tree into these values before it returns, so no C
/// pointer ever leaves the module.
public enum Node: Sendable, Equatable {
    /// An element with its children.
    case element(Element)
    /// A run of character data (entities already decoded).
    case text(String)
}

/// An element: its lower-cased tag name, attributes and children.
///
/// An immutable reference: the extraction walks every page's tree several
/// times, and handing an element on costs one reference count instead of one
/// for each of its three fields. It compares by value (``==(_:_:)``).
public final class Element: Sendable, Equatable {
    /// The tag name, lower-cased for HTML.
    public let name: String
    /// Attributes in document order (names lower-cased for HTML).
    public let attributes: [(name: String, value: String)]
    /// Child nodes in document order.
    public let children: [Node]

    /// Creates an element.
    public init(name: String, attributes: [(name: String, value: String)] = [], children: [Node] = []) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }

    /// The value of the first attribute called `name`, if any.
    public subscript(attribute name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The element children, in order.
    public var elementChildren: [Element] {
        children.compactMap { if case .element(let e) = $0 { return e } else { return nil } }
    }

    /// All text below this element, concatenated as it stands.
    public var textContent: String {
        var out = ""
        appendText(to: &out)
        return out
    }

    private func appendText(to out: inout String) {
        for child in children {
            switch child {
            case .text(let t): out += t
            case .element(let e): e.appendText(to: &out)
            }
        }
    }

    /// Every descendant element (not this one) in document order, depth first.
    public func descendants(where predicate: (Element) -> Bool) -> [Element] {
        var found: [Element] = []
        collect(into: &found, predicate)
        return found
    }

    private func collect(into found: inout [Element], _ predicate: (Element) -> Bool) {
        for case .element(let child) in children {
            if predicate(child) { found.append(child) }
            child.collect(into: &found, predicate)
        }
    }

    /// The first descendant element in document order that satisfies `predicate`.
    public func firstDescendant(where predicate: (Element) -> Bool) -> Element? {
        for case .element(let child) in children {
            if predicate(child) { return child }
            if let hit = child.firstDescendant(where: predicate) { return hit }
        }
        return nil
    }

    /// Whether any descendant element satisfies `predicate`: ``firstDescendant(where:)``
    /// without handing the element back.
    public func hasDescendant(where predicate: (Element) -> Bool) -> Bool {
        for case .element(let child) in children {
            if predicate(child) || child.hasDescendant(where: predicate) { return true }
        }
        return false
    }

    public static func == (lhs: Element, rhs: Element) -> Bool {
        lhs.name == rhs.name && lhs.children == rhs.children
            && lhs.attributes.map(\.name) == rhs.attributes.map(\.name)
            && lhs.attributes.map(\.value) == rhs.attributes.map(\.value)
    }
}
