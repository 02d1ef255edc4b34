import Markup

/// White-space folding and visible-text rendering of elements.
enum TextFolding {
    /// Folds runs of white space (including non-breaking spaces) to one
    /// space and trims both ends. Non-breaking hyphens and other marks stay.
    static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Elements whose text is never shown to a reader.
    static let invisible: Set<String> = ["script", "style", "noscript", "template", "svg", "iframe", "object", "head"]

    /// The visible text of an element, white space folded.
    static func visibleText(of element: Element) -> String {
        var raw = ""
        append(element, to: &raw)
        return fold(raw)
    }

    private static func append(_ element: Element, to out: inout String) {
        for child in element.children {
            switch child {
            case .text(let t): out += t
            case .element(let e):
                if invisible.contains(e.name) { continue }
                if e.name == "br" { out += " "; continue }
                append(e, to: &out)
            }
        }
    }
}
