import Markup

/// White-space folding and visible-text rendering of elements.
enum TextFolding {
    /// Folds runs of white space (including non-breaking spaces) to one
    /// space and trims both ends. Non-breaking hyphens and other marks stay.
    static func fold(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var i = 0
            var runStart = 0 // start of the run of non-space bytes being gathered
            var pendingSpace = false
            func flushRun(_ end: Int) {
                guard end > runStart else { return }
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart ..< end]))
            }
            while i < bytes.count {
                let lead = bytes[i]
                if lead < 0x80 {
                    if lead == 0x20 || (lead >= 0x09 && lead <= 0x0D) {
                        flushRun(i)
                        pendingSpace = !out.isEmpty
                        runStart = i + 1
                    }
                    i += 1
                    continue
                }
                // The text is valid UTF-8, so a lead byte tells its sequence's length.
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                if isSpaceSequence(bytes, at: i, length: length) {
                    flushRun(i)
                    pendingSpace = !out.isEmpty
                    runStart = i + length
                }
                i += length
            }
            flushRun(bytes.count)
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Whether the multi-byte sequence at `i` encodes a space ``isSpace(_:)``
    /// accepts: U+0085, U+00A0, U+1680, U+2000–U+200B, U+2028, U+2029,
    /// U+202F, U+205F, U+3000 and U+FEFF (Unicode's White_Space outside
    /// ASCII, with the zero-width spaces).
    @inline(__always)
    private static func isSpaceSequence(_ b: UnsafeBufferPointer<UInt8>, at i: Int, length: Int) -> Bool {
        switch length {
        case 2:
            return b[i] == 0xC2 && (b[i + 1] == 0x85 || b[i + 1] == 0xA0)
        case 3:
            let (x, y, z) = (b[i], b[i + 1], b[i + 2])
            switch x {
            case 0xE1: return y == 0x9A && z == 0x80
            case 0xE2: return y == 0x80 ? (z <= 0x8B || z == 0xA8 || z == 0xA9 || z == 0xAF) : y == 0x81 && z == 0x9F
            case 0xE3: return y == 0x80 && z == 0x80
            case 0xEF: return y == 0xBB && z == 0xBF
            default: return false
            }
        default:
            return false
        }
    }

    /// `text` without the white space at either end: the scalars Unicode
    /// calls White_Space and U+200B, the set of Foundation's
    /// `.whitespacesAndNewlines` here, looked at only at the ends
    /// (Foundation's trim costs as much as the text is long).
    static func trimmingWhiteSpace(_ text: String) -> String {
        let scalars = text.unicodeScalars
        let isSpace = { (s: Unicode.Scalar) in s.properties.isWhitespace || s == "\u{200B}" }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[first...last])
    }

    /// White space, including no-break and zero-width spaces (ASCII decided without a table lookup).
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value == 0x20 || (scalar.value >= 0x09 && scalar.value <= 0x0D) }
        return scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}"
    }

    /// Whether `text` holds a character that is not white space, as
    /// `Character.isWhitespace` decides; ASCII text is decided on its bytes.
    static func hasVisibleCharacter(_ text: String) -> Bool {
        for byte in text.utf8 {
            if byte >= 0x80 { return text.contains { !$0.isWhitespace } }
            if byte != 0x20 && !(byte >= 0x09 && byte <= 0x0D) { return true }
        }
        return false
    }

    /// The characters of `text` that are not white space (as
    /// `Character.isWhitespace` decides), and how many of them are commas
    /// (`,`, `，`, `、`).
    ///
    /// Text made only of ASCII, U+0080–U+02FF and U+2000–U+207F (all but the
    /// joiners U+200C and U+200D) is counted on its bytes: there every scalar
    /// is a character of its own (no combining marks, joiners or emoji
    /// sequences), and CR LF, the one pair, is white space. Other text is
    /// counted by `Character`.
    static func visibleCount(_ text: String) -> (characters: Int, commas: Int) {
        var characters = 0
        var commas = 0
        var utf8 = text.utf8.makeIterator()
        while let lead = utf8.next() {
            if lead < 0x80 {
                if lead != 0x20 && !(lead >= 0x09 && lead <= 0x0D) {
                    characters += 1
                    if lead == UInt8(ascii: ",") { commas += 1 }
                }
            } else if lead >= 0xC2 && lead <= 0xCB {
                // U+0080–U+02FF: white space only U+0085 and U+00A0.
                guard let next = utf8.next() else { break }
                if !(lead == 0xC2 && (next == 0x85 || next == 0xA0)) { characters += 1 }
            } else if lead == 0xE2 {
                guard let second = utf8.next(), let third = utf8.next() else { break }
                switch (second, third) {
                case (0x80, 0x8C), (0x80, 0x8D):
                    return visibleCountOfCharacters(text)
                case (0x80, 0x80 ... 0x8A), (0x80, 0xA8), (0x80, 0xA9), (0x80, 0xAF), (0x81, 0x9F):
                    break // White space: U+2000–U+200A, U+2028, U+2029, U+202F, U+205F.
                case (0x80, _), (0x81, _):
                    characters += 1
                default:
                    return visibleCountOfCharacters(text)
                }
            } else {
                return visibleCountOfCharacters(text)
            }
        }
        return (characters, commas)
    }

    private static func visibleCountOfCharacters(_ text: String) -> (characters: Int, commas: Int) {
        var characters = 0
        var commas = 0
        for ch in text where !ch.isWhitespace {
            characters += 1
            if ch == "," || ch == "，" || ch == "、" { commas += 1 }
        }
        return (characters, commas)
    }

    /// The visible text of an element, white space folded, stopping once it
    /// is longer than `limit` characters (nil then): for looking at small
    /// elements without walking big ones to the end.
    static func shortVisibleText(of element: Element, limit: Int) -> String? {
        var raw = ""
        let overflow = appendVisibleText(of: element, to: &raw) { $0.utf8.count > limit * 4 }
        if overflow { return nil }
        let text = fold(raw)
        return text.count > limit ? nil : text
    }

    /// The first `count` characters or so of an element's visible text, white
    /// space folded: enough to see how it starts without reading it all.
    static func leadingText(of element: Element, count: Int) -> String {
        let bound = count * 2 + 8
        var raw = ""
        // More than `bound` characters: the byte count rules it out cheaply, else look past `bound`.
        _ = appendVisibleText(of: element, to: &raw) { $0.utf8.count > bound && !$0.dropFirst(bound).isEmpty }
        return String(fold(raw).prefix(count))
    }

    /// Appends the text `element` shows to `out`, as a reader sees it: invisible
    /// elements left out, a space for `br`, around each block element and where
    /// ``InlineBoundary`` sees two touching inline elements of a line of
    /// metadata as two words.
    /// Stops, returning true, as soon as `enough` holds after a run of text.
    private static func appendVisibleText(of element: Element, to out: inout String, until enough: (String) -> Bool) -> Bool {
        // Where the text of the last child element began, while nothing has come after it.
        var previousStart: Int?
        for child in element.children {
            switch child {
            case .text(let t):
                // Text right after an element, as after a touching element ("<span>Jane Doe</span>Nov. 5").
                if let start = previousStart, InlineBoundary.separates(Substring(out.utf8.dropFirst(start)), fromText: t) {
                    out += " "
                }
                let start = out.utf8.count
                out += t
                // The text's own run, so that an element touching it is looked at too ("Jane Doe<span>Senior …").
                previousStart = start
                if enough(out) { return true }
            case .element(let c):
                if isInvisible(c.name) { continue }
                if c.name == "br" { out += " "; previousStart = nil; continue }
                let isBlock = BodyTree.blockTags.contains(c.name)
                if isBlock {
                    out += " "
                } else if let start = previousStart,
                          InlineBoundary.separates(Substring(out.utf8.dropFirst(start)), from: c, anyCase: true) {
                    out += " "
                }
                let start = out.utf8.count
                if appendVisibleText(of: c, to: &out, until: enough) { return true }
                if isBlock { out += " " }
                previousStart = start
            }
        }
        return false
    }

    /// The first scalar of ``leadingText(of:count:)``, found without
    /// gathering any text: the first one that is not a space, in the text an
    /// element shows (invisible elements passed over, `br` a space).
    static func firstVisibleScalar(of element: Element) -> Unicode.Scalar? {
        for child in element.children {
            switch child {
            case .text(let t):
                if let scalar = t.unicodeScalars.first(where: { !isSpace($0) }) { return scalar }
            case .element(let c):
                if isInvisible(c.name) || c.name == "br" { continue }
                if let scalar = firstVisibleScalar(of: c) { return scalar }
            }
        }
        return nil
    }

    /// Whether an element called `name` never shows its text to a reader:
    /// script, style, noscript, template, svg, iframe, object, head. (A
    /// `switch` on short names costs less than hashing, and every element of
    /// a page is asked.)
    @inline(__always)
    static func isInvisible(_ name: String) -> Bool {
        switch name {
        case "script", "style", "noscript", "template", "svg", "iframe", "object", "head": return true
        default: return false
        }
    }

    /// The visible text of an element, white space folded.
    static func visibleText(of element: Element) -> String {
        var raw = ""
        _ = appendVisibleText(of: element, to: &raw) { _ in false }
        return fold(raw)
    }
}
