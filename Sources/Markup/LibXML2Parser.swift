import CArena
import CLibXML2

/// The one place that calls libxml2. It parses UTF-8 bytes, converts the C
/// tree into ``Node`` values and frees every C object before returning.
enum LibXML2Parser {
    /// The result of one parse.
    struct Result {
        var root: Element?
        /// The parser hit its nesting limit and dropped the rest of the document.
        var depthExceeded: Bool
    }

    /// Collects what the structured error handler reports during one parse.
    private final class ErrorLog {
        var depthExceeded = false
    }

    private static let initialise: Void = {
        // Every libxml2 allocation goes through CArena's hooks: plain malloc and
        // free, except inside an HTML parse, where it comes from the thread's arena.
        xmlMemSetup(qc_arena_free, qc_arena_malloc, qc_arena_realloc, qc_arena_strdup)
        xmlInitParser()
        qc_lockDownParser()
    }()

    /// Runs the one-time initialisation now (see ``ParserSetup/prepare()``).
    static func prepare() {
        _ = initialise
    }

    /// Parses HTML with recovery and no network access.
    /// - Parameter stripsCode: take script and style text out, and empty
    ///   browser data attribute values, before libxml2 reads the page
    ///   (``CodeStripper``); the tree is otherwise the same either way.
    /// - Parameter inArena: allocate libxml2's memory from the thread's arena
    ///   (the tree is the same either way; tests compare the two).
    static func parseHTML(utf8 bytes: [UInt8], url: String?, stripsCode: Bool = true, inArena: Bool = true) -> Result {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_NOBLANKS.rawValue)
        let bytes = stripsCode ? CodeStripper.strip(bytes) : bytes
        return parse(bytes, dropsCode: true, inArena: inArena) { buffer, count in
            htmlReadMemory(buffer, count, url, "UTF-8", options)
        }
    }

    /// Parses HTML like ``parseHTML(utf8:url:)`` and frees the tree without converting it.
    static func parseOnly(utf8 bytes: [UInt8]) -> Bool {
        _ = initialise
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_NOBLANKS.rawValue)
        qc_silenceGenericErrors()
        let doc: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", options)
                }
            }
        }
        guard let doc else { return false }
        xmlFreeDoc(doc)
        return true
    }

    /// Parses XML with no network, no DTD loading and no entity expansion.
    static func parseXML(utf8 bytes: [UInt8], url: String?) -> Result {
        // Never NOENT, DTDLOAD, DTDATTR, DTDVALID, XINCLUDE or HUGE (LIBXML2.md).
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_RECOVER.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)
        return parse(bytes) { buffer, count in
            xmlReadMemory(buffer, count, url, "UTF-8", options)
        }
    }

    /// - Parameter dropsCode: leave out the text of HTML `<style>` and of
    ///   `<script>` elements that are not JSON data blocks (see ``isCode(_:attributes:)``).
    /// - Parameter inArena: allocate the parse's C memory from the thread's
    ///   arena (``CArena``) and release it in one step once the tree is
    ///   converted. Only for HTML: the XML parser can expand entities, whose
    ///   passing buffers an arena would keep until the end.
    private static func parse(_ bytes: [UInt8], dropsCode: Bool = false, inArena: Bool = false,
                              read: (UnsafePointer<CChar>, Int32) -> xmlDocPtr?) -> Result {
        _ = initialise
        if inArena { qc_arena_begin() }
        defer {
            if inArena {
                // The thread's last error keeps a copy of the parse's last message;
                // it goes before the arena does.
                xmlResetLastError()
                qc_arena_end()
            }
        }
        let log = ErrorLog()
        let context = Unmanaged.passUnretained(log).toOpaque()
        // Error handlers are per thread in libxml2 2.9: install ours for this parse.
        qc_silenceGenericErrors()
        xmlSetStructuredErrorFunc(context) { userData, error in
            guard let userData, let error else { return }
            let log = Unmanaged<ErrorLog>.fromOpaque(userData).takeUnretainedValue()
            if error.pointee.code == Int32(XML_ERR_INTERNAL_ERROR.rawValue),
               let message = error.pointee.message, String(cString: message).contains("depth") {
                log.depthExceeded = true
            }
        }
        defer { xmlSetStructuredErrorFunc(nil, qc_silentStructuredError) }
        let doc: xmlDocPtr? = withExtendedLifetime(log) {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress.flatMap { base in
                    base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { read($0, Int32(buffer.count)) }
                }
            }
        }
        guard let doc else { return Result(root: nil, depthExceeded: log.depthExceeded) }
        defer {
            if inArena {
                // The tree's blocks are all the arena's and go with it, unvisited. The name
                // dictionary is reference-counted under a process-wide lock: xmlDictFree settles that.
                if let dict = doc.pointee.dict { xmlDictFree(dict) }
            } else {
                xmlFreeDoc(doc)
            }
        }
        let root = xmlDocGetRootElement(doc).map { convert($0, dropsCode: dropsCode) }
        return Result(root: root, depthExceeded: log.depthExceeded)
    }

    /// Whether an HTML element holds code or style rules rather than text or
    /// data: `<style>`, and `<script>` unless its `type` names JSON
    /// (`application/ld+json`, `application/json`), whose text pages use as metadata.
    static func isCode(_ name: String, attributes: [(name: String, value: String)]) -> Bool {
        switch name {
        case "style": return true
        case "script":
            guard let type = attributes.first(where: { $0.name == "type" })?.value else { return true }
            // (On the bytes: Foundation's `contains` bridges the value to NSString.)
            let lower = Array(type.lowercased().utf8), json = Array("json".utf8)
            return !(lower.count >= json.count && (0 ... lower.count - json.count).contains { lower[$0 ..< $0 + json.count].elementsEqual(json) })
        default: return false
        }
    }

    /// The value of an attribute: the text of its one text child as it stands
    /// (how the HTML parser stores values), else what libxml2 gathers.
    private static func value(of attribute: xmlAttrPtr) -> String {
        if let child = attribute.pointee.children, child.pointee.next == nil, child.pointee.type == XML_TEXT_NODE,
           let content = child.pointee.content {
            return String(cString: content)
        }
        guard let raw = xmlNodeGetContent(UnsafeMutableRawPointer(attribute).assumingMemoryBound(to: xmlNode.self)) else {
            return ""
        }
        defer { qc_xmlFree(raw) }
        return String(cString: raw)
    }

    /// Converts an element and its subtree into Swift values.
    private static func convert(_ node: xmlNodePtr, dropsCode: Bool) -> Element {
        let name = node.pointee.name.map { String(cString: $0) } ?? ""
        var attributes: [(name: String, value: String)] = []
        var attribute = node.pointee.properties
        while let a = attribute {
            attributes.append((a.pointee.name.map { String(cString: $0) } ?? "", value(of: a)))
            attribute = a.pointee.next
        }
        var children: [Node] = []
        // Scripts and style sheets are often most of a page's bytes, and no reader sees them.
        if dropsCode, isCode(name, attributes: attributes) {
            return Element(name: name, attributes: attributes, children: children)
        }
        var child = node.pointee.children
        while let c = child {
            switch c.pointee.type {
            case XML_ELEMENT_NODE:
                children.append(.element(convert(c, dropsCode: dropsCode)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = c.pointee.content {
                    children.append(.text(String(cString: content)))
                }
            default:
                break // comments, processing instructions, unexpanded entity references
            }
            child = c.pointee.next
        }
        return Element(name: name, attributes: attributes, children: children)
    }
}
