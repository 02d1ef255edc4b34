#if canImport(Glibc)
import Glibc
#endif

/// Takes the code out of `<script>` and `<style>` elements before libxml2
/// parses a page, for speed: on news pages it is often half the bytes, libxml2
/// reads it character by character, and ``HTMLDocument`` drops it anyway.
///
/// It also empties the values of attributes that only carry data for the
/// browser (``isBrowserData(_:)``: SVG drawing, image sources, event
/// handlers, `data-` attributes), a fifth of what is left of a page once its
/// code is gone. No reader sees them and nothing in quotecheck reads them.
///
/// The scan follows libxml2 2.9.14's own HTML tokenizer where it matters, so
/// that the tree comes out as it would from the whole page: comments end at
/// `-->` or `--!>`; a start tag's name is `[A-Za-z_:.][A-Za-z0-9_:.-]*`, its
/// attribute values are quoted with `"` or `'` or run to a blank or `>`, and
/// an attribute whose name cannot start skips to the next blank or `>`; end
/// tags, processing instructions and doctypes run to the next `>`; and
/// script or style text ends at the first
/// `</script` or `</style`, in any case (libxml2's recovery mode).
///
/// It only ever removes text it is sure libxml2 would have read as script or
/// style text, or as the value of a browser data attribute: whenever the page leaves any doubt (an unterminated comment,
/// quote or element, an entity in a `type`), it stops and leaves the rest of
/// the page as it is. Scripts whose `type` names JSON (JSON-LD metadata) keep
/// their text, as ``HTMLDocument`` keeps it.
enum CodeStripper {
    /// `bytes` with the text of scripts and style sheets removed and browser
    /// data attributes emptied, or the same bytes when there was nothing to take out.
    static func strip(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = Scanner(bytes: buffer)
            return scanner.run() ?? bytes
        }
    }

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var out: [UInt8] = []
        /// Bytes before this offset that are kept have been copied to `out`.
        var copied = 0
        var removedAny = false
        /// The browser data values of the start tag read last: quoted ones
        /// without their quotes, to be emptied; unquoted ones, to become `""`.
        var dataValues: [(range: Range<Int>, quoted: Bool)] = []

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        /// The stripped bytes, or nil when nothing was removed.
        mutating func run() -> [UInt8]? {
            var i = 0
            let n = bytes.count
            scan: while let lt = find(UInt8(ascii: "<"), from: i) {
                let next = lt + 1 < n ? bytes[lt + 1] : 0
                if next == UInt8(ascii: "!"), matches("!--", at: lt + 1) {
                    guard let end = commentEnd(from: lt + 4) else { break scan }
                    i = end
                } else if next == UInt8(ascii: "?") {
                    // A processing instruction with a target runs to the next `>`; without one,
                    // libxml2 passes over the `<?` and reads on.
                    let after = lt + 2 < n ? bytes[lt + 2] : 0
                    if isNameStart(after) || after >= 0x80 {
                        guard let gt = find(UInt8(ascii: ">"), from: lt + 2) else { break scan }
                        i = gt + 1
                    } else {
                        i = lt + 2
                    }
                } else if next == UInt8(ascii: "!"), matchesFolded("!doctype", at: lt + 1) {
                    guard let gt = find(UInt8(ascii: ">"), from: lt + 2) else { break scan }
                    i = gt + 1
                } else if next == UInt8(ascii: "/") {
                    // An end tag runs to the next `>` (libxml2 skips whatever stands before it).
                    guard let gt = find(UInt8(ascii: ">"), from: lt + 2) else { break scan }
                    i = gt + 1
                } else if isASCIILetter(next) {
                    guard let tag = startTag(at: lt) else { break scan }
                    i = tag.end
                    for value in dataValues {
                        remove(value.range, insert: value.quoted ? "" : "\"\"")
                    }
                    guard tag.name == .script || tag.name == .style, !tag.isSelfClosing else { continue scan }
                    // libxml2 reads the element's text raw up to `</script` or `</style`, whatever the case.
                    let closing: StaticString = tag.name == .script ? "</script" : "</style"
                    guard let close = findFolded(closing, from: tag.end) else { break scan }
                    // The text ends there, but only an end tag of that very name closes the
                    // element (`</scripts>` leaves it open and libxml2 reads on as text): stop.
                    let nameEnd = close + closing.utf8CodeUnitCount
                    guard nameEnd >= n || !isNameByte(bytes[nameEnd]) else { break scan }
                    if tag.keepsText {
                        i = close
                    } else {
                        if close > tag.end { remove(tag.end ..< close) }
                        i = close
                    }
                } else {
                    i = lt + 1
                }
            }
            guard removedAny else { return nil }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return out
        }

        /// Leaves out the bytes of `range` (which follows what was copied so far),
        /// writing `insert` in their place.
        private mutating func remove(_ range: Range<Int>, insert: StaticString = "") {
            if out.isEmpty { out.reserveCapacity(bytes.count) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied ..< range.lowerBound]))
            out.append(contentsOf: UnsafeBufferPointer(start: insert.utf8Start, count: insert.utf8CodeUnitCount))
            copied = range.upperBound
            removedAny = true
        }

        // MARK: Comments

        /// The offset after the comment whose text starts at `start` (after `<!--`):
        /// after the first `-->` or `--!>`; nil when the comment never ends.
        private func commentEnd(from start: Int) -> Int? {
            var i = start
            while let dash = find(UInt8(ascii: "-"), from: i) {
                if matches("-->", at: dash) { return dash + 3 }
                if matches("--!>", at: dash) { return dash + 4 }
                i = dash + 1
            }
            return nil
        }

        // MARK: Start tags

        enum TagName { case script, style, other }

        struct StartTag {
            var name: TagName
            /// The offset after the tag's `>`.
            var end: Int
            var isSelfClosing: Bool
            /// A script whose `type` names JSON, or one whose `type` holds an
            /// entity reference (its decoded value is not known here).
            var keepsText: Bool
        }

        /// The start tag at `lt` (a `<` followed by a letter), read as libxml2
        /// reads it; nil when it does not end before the page does. Its
        /// non-empty browser data values are left in `dataValues`.
        private mutating func startTag(at lt: Int) -> StartTag? {
            dataValues.removeAll(keepingCapacity: true)
            let n = bytes.count
            var i = lt + 1
            let nameStart = i
            while i < n, isNameByte(bytes[i]) { i += 1 }
            let name: TagName = equalsFolded(nameStart ..< i, "script") ? .script
                : equalsFolded(nameStart ..< i, "style") ? .style : .other
            var sawType = false
            var keepsText = false
            while true {
                while i < n, isBlank(bytes[i]) { i += 1 }
                guard i < n else { return nil }
                if bytes[i] == UInt8(ascii: ">") {
                    return StartTag(name: name, end: i + 1, isSelfClosing: false, keepsText: keepsText)
                }
                if bytes[i] == UInt8(ascii: "/"), i + 1 < n, bytes[i + 1] == UInt8(ascii: ">") {
                    return StartTag(name: name, end: i + 2, isSelfClosing: true, keepsText: keepsText)
                }
                guard isNameStart(bytes[i]) else {
                    // A bogus attribute: skipped to the next blank or the tag's end, quotes or not.
                    while i < n, !isBlank(bytes[i]), bytes[i] != UInt8(ascii: ">"),
                          !(bytes[i] == UInt8(ascii: "/") && i + 1 < n && bytes[i + 1] == UInt8(ascii: ">")) {
                        i += 1
                    }
                    continue
                }
                let attributeStart = i
                while i < n, isNameByte(bytes[i]) { i += 1 }
                let attributeName = attributeStart ..< i
                while i < n, isBlank(bytes[i]) { i += 1 }
                guard i < n else { return nil }
                guard bytes[i] == UInt8(ascii: "=") else { continue }
                i += 1
                while i < n, isBlank(bytes[i]) { i += 1 }
                guard i < n else { return nil }
                let value: Range<Int>
                let quoted = bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'")
                if quoted {
                    guard let close = find(bytes[i], from: i + 1) else { return nil }
                    value = i + 1 ..< close
                    i = close + 1
                } else {
                    let start = i
                    while i < n, !isBlank(bytes[i]), bytes[i] != UInt8(ascii: ">") { i += 1 }
                    value = start ..< i
                }
                if !value.isEmpty, isBrowserData(attributeName) { dataValues.append((value, quoted)) }
                // The first `type` counts (libxml2 drops a repeated attribute).
                if name == .script, !sawType, equalsFolded(attributeName, "type") {
                    sawType = true
                    keepsText = containsFolded(value, "json") || bytes[value].contains(UInt8(ascii: "&"))
                }
            }
        }

        /// Whether an attribute only carries data for the browser, so that its
        /// value may be emptied: `d`, `points` and `transform` (SVG drawing),
        /// `src`, `srcset` and `sizes` (what to load), event handlers (`on…`),
        /// and `data-` attributes except `data-component` and `data-testid`,
        /// which ``BodyLabels`` reads. A reader of any of these must take it off
        /// this list (and from the one in `CodeStripperTests`).
        private func isBrowserData(_ name: Range<Int>) -> Bool {
            switch name.count {
            case 0: return false
            case 1: return lower(bytes[name.lowerBound]) == UInt8(ascii: "d")
            default:
                if matchesFolded("on", at: name.lowerBound) { return true }
                if name.count >= 5, matchesFolded("data-", at: name.lowerBound) {
                    return !equalsFolded(name, "data-component") && !equalsFolded(name, "data-testid")
                }
                return equalsFolded(name, "src") || equalsFolded(name, "srcset") || equalsFolded(name, "sizes")
                    || equalsFolded(name, "points") || equalsFolded(name, "transform")
            }
        }

        // MARK: Bytes

        private func find(_ byte: UInt8, from start: Int) -> Int? {
            guard start < bytes.count, let base = bytes.baseAddress,
                  let hit = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }

        /// The offset of `needle` (lower-case ASCII) at or after `start`, compared without case.
        private func findFolded(_ needle: StaticString, from start: Int) -> Int? {
            var i = start
            while let lt = find(needle.utf8Start.pointee, from: i) {
                if matchesFolded(needle, at: lt) { return lt }
                i = lt + 1
            }
            return nil
        }

        private func matches(_ literal: StaticString, at start: Int) -> Bool {
            let count = literal.utf8CodeUnitCount
            guard start + count <= bytes.count else { return false }
            for k in 0 ..< count where bytes[start + k] != literal.utf8Start[k] { return false }
            return true
        }

        private func matchesFolded(_ literal: StaticString, at start: Int) -> Bool {
            let count = literal.utf8CodeUnitCount
            guard start + count <= bytes.count else { return false }
            for k in 0 ..< count where lower(bytes[start + k]) != literal.utf8Start[k] { return false }
            return true
        }

        private func equalsFolded(_ range: Range<Int>, _ literal: StaticString) -> Bool {
            range.count == literal.utf8CodeUnitCount && matchesFolded(literal, at: range.lowerBound)
        }

        private func containsFolded(_ range: Range<Int>, _ literal: StaticString) -> Bool {
            let count = literal.utf8CodeUnitCount
            guard range.count >= count else { return false }
            return (range.lowerBound ... range.upperBound - count).contains { matchesFolded(literal, at: $0) }
        }

        private func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
        private func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 97 && (byte | 0x20) <= 122 }
        /// libxml2's blanks: space, tab, LF, CR.
        private func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        /// What may start an HTML name for libxml2: a letter, `_`, `:` or `.`.
        private func isNameStart(_ byte: UInt8) -> Bool {
            isASCIILetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
        }
        /// What may continue an HTML name: those, digits and `-`.
        private func isNameByte(_ byte: UInt8) -> Bool {
            isNameStart(byte) || (byte >= 48 && byte <= 57) || byte == UInt8(ascii: "-")
        }
    }
}
