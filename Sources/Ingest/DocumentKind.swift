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
        let text = String(decoding: head, as: UTF8.self)
        guard let root = firstElementName(in: text)?.lowercased() else { return .html }
        let local = root.split(separator: ":").last.map(String.init) ?? root
        switch local {
        case "rss", "rdf", "feed": return .feed
        case "akomantoso", "publicwhip", "debate", "debates", "transcript": return .transcript
        case "html": return .html
        default:
            return text.contains("<speech") ? .transcript : .html
        }
    }

    /// The name of the first element that is not a declaration, comment,
    /// processing instruction or DOCTYPE.
    static func firstElementName(in text: String) -> String? {
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            if rest.hasPrefix("?") || rest.hasPrefix("!") {
                if rest.hasPrefix("!--"), let end = rest.range(of: "-->") {
                    rest = rest[end.upperBound...]
                } else if let end = rest.firstIndex(of: ">") {
                    rest = rest[rest.index(after: end)...]
                }
                continue
            }
            let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == ":" || $0 == "-" || $0 == "_" }
            return name.isEmpty ? nil : String(name)
        }
        return nil
    }
}
