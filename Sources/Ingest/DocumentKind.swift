/// What kind of document a SOURCE holds, told from its first bytes.
public enum DocumentKind: Sendable, Equatable {
    /// An HTML page (the default).
    case html
    /// An RSS or Atom feed.
    case feed
    /// A speaker-tagged XML transcript (Akoma Ntoso or ParlParse).
    case transcript
    /// A JSON Lines export of another workbench.
    case exportLines

    /// The kind of `bytes`: a workbench export when its first line is a quote
    /// record (``ExportImport/isJSONLinesExport(_:)``); a feed or a transcript when the document element (after any
    /// XML declaration, comments and DOCTYPE) names one; HTML otherwise.
    public static func detect(_ bytes: [UInt8]) -> DocumentKind {
        var head = Array(bytes.prefix(65_536))
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head.removeFirst(3) }
        guard let first = head.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else { return .html }
        if first == UInt8(ascii: "{") { return ExportImport.isJSONLinesExport(bytes) ? .exportLines : .html }
        guard let root = firstElementName(in: head)?.lowercased() else { return .html }
        let local = root.split(separator: ":").last.map(String.init) ?? root
        switch local {
        case "rss", "rdf", "feed": return .feed
        case "akomantoso", "publicwhip", "debate", "debates", "transcript": return .transcript
        case "html": return .html
        default:
            return find(Array("<speech".utf8), in: head[...], from: 0) != nil ? .transcript : .html
        }
    }

    /// The name of the first element that is not a declaration, comment,
    /// processing instruction or DOCTYPE: letters, digits, `:`, `-` and `_`,
    /// as `Character`s judge them. Read on the bytes; only a name with
    /// non-ASCII letters is decoded.
    static func firstElementName(in bytes: [UInt8]) -> String? {
        var i = 0
        while let open = bytes[i...].firstIndex(of: UInt8(ascii: "<")) {
            i = open + 1
            guard i < bytes.count else { return nil }
            if bytes[i] == UInt8(ascii: "?") || bytes[i] == UInt8(ascii: "!") {
                if bytes[i...].starts(with: Array("!--".utf8)), let end = find(Array("-->".utf8), in: bytes[...], from: i) {
                    i = end + 3
                } else if let end = bytes[i...].firstIndex(of: UInt8(ascii: ">")) {
                    i = end + 1
                }
                continue
            }
            var end = i
            var isASCII = true
            while end < bytes.count, bytes[end] >= 0x80 || isASCIINameByte(bytes[end]) {
                if bytes[end] >= 0x80 { isASCII = false }
                end += 1
            }
            guard end > i else { return nil }
            let run = String(decoding: bytes[i ..< end], as: UTF8.self)
            if isASCII { return run }
            let name = run.prefix { $0.isLetter || $0.isNumber || $0 == ":" || $0 == "-" || $0 == "_" }
            return name.isEmpty ? nil : String(name)
        }
        return nil
    }

    private static func isASCIINameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
            || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }

    /// The offset of `needle` in `bytes` at or after `start`.
    private static func find(_ needle: [UInt8], in bytes: ArraySlice<UInt8>, from start: Int) -> Int? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var i = start
        while let hit = bytes[i...].firstIndex(of: first) {
            if bytes[hit...].starts(with: needle) { return hit }
            i = hit + 1
        }
        return nil
    }
}
