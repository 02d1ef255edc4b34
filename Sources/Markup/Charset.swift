import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Character-set detection and decoding, done in Swift before libxml2 sees
/// the bytes (libxml2 2.9's own guesses garble real pages; see LIBXML2.md).
///
/// The order of evidence: a byte-order mark; the charset of an HTTP
/// `Content-Type` header; bytes that are valid UTF-8 and not plain ASCII
/// (these beat a `<meta>` label, because a page that is valid multi-byte
/// UTF-8 but labelled otherwise is mislabelled far more often than not);
/// a `<meta charset>` or `http-equiv` label in the first 1024 bytes (or an
/// XML declaration's `encoding`); plain ASCII or valid UTF-8; and last
/// windows-1252. Labels map as the WHATWG Encoding Standard does
/// (`iso-8859-1` and `us-ascii` mean windows-1252).
public enum Charset {
    /// Where the character set of a decoded document came from.
    public enum Evidence: String, Sendable {
        case byteOrderMark = "bom"
        case header
        case declaration
        case sniffed
    }

    /// A decoded document: its text and the charset used.
    public struct Decoded: Sendable {
        /// The text.
        public var text: String
        /// The canonical name of the charset used (`UTF-8`, `windows-1252`, …).
        public var charset: String
        /// What decided the charset.
        public var evidence: Evidence
    }

    /// Decodes `bytes`, choosing the charset as described on ``Charset``.
    /// - Parameter header: the charset label of an HTTP `Content-Type`, if known.
    public static func decode(_ bytes: [UInt8], header: String? = nil) throws -> Decoded {
        if let (name, bomLength) = byteOrderMark(bytes) {
            return Decoded(text: try decode(Array(bytes[bomLength...]), as: name), charset: name, evidence: .byteOrderMark)
        }
        if let header, let name = canonicalName(forLabel: header) {
            return Decoded(text: try decode(bytes, as: name), charset: name, evidence: .header)
        }
        let scan = UTF8Check.check(bytes)
        // Valid UTF-8 is decoded without a second validation.
        let utf8 = scan.isValid ? String(decoding: bytes, as: UTF8.self) : nil
        if let utf8, !scan.isASCII {
            return Decoded(text: utf8, charset: "UTF-8", evidence: .sniffed)
        }
        if let label = declaredLabel(bytes), let name = canonicalName(forLabel: label) {
            // A UTF-16 label on bytes without a BOM that reached here is wrong
            // (the label itself was readable as ASCII): ignore it.
            if !name.hasPrefix("UTF-16") {
                return Decoded(text: try decode(bytes, as: name), charset: name, evidence: .declaration)
            }
        }
        if let utf8 { return Decoded(text: utf8, charset: "UTF-8", evidence: .sniffed) }
        // Mostly UTF-8 with a few stray bytes: UTF-8, the strays replaced (windows-1252
        // would turn every multi-byte character of the page into mojibake).
        if isMostlyUTF8(bytes) {
            return Decoded(text: String(decoding: bytes, as: UTF8.self), charset: "UTF-8", evidence: .sniffed)
        }
        return Decoded(text: try decode(bytes, as: "windows-1252"), charset: "windows-1252", evidence: .sniffed)
    }

    /// Decodes `bytes` like ``decode(_:header:)`` and hands back the text as
    /// UTF-8 bytes: bytes that are already valid UTF-8 (and not plain ASCII,
    /// with no byte-order mark or header label to weigh) come back as they
    /// are, without building a `String` on the way.
    public static func decodeToUTF8(_ bytes: [UInt8], header: String? = nil) throws
        -> (utf8: [UInt8], charset: String, evidence: Evidence) {
        if byteOrderMark(bytes) == nil, header.flatMap(canonicalName(forLabel:)) == nil {
            let scan = UTF8Check.check(bytes)
            if scan.isValid, !scan.isASCII { return (bytes, "UTF-8", .sniffed) }
        }
        let decoded = try decode(bytes, header: header)
        return (Array(decoded.text.utf8), decoded.charset, decoded.evidence)
    }

    /// Whether well-formed multi-byte UTF-8 sequences are at least as many as
    /// the bytes that break UTF-8 (legacy text has almost none of the former).
    static func isMostlyUTF8(_ bytes: [UInt8]) -> Bool {
        var valid = 0, invalid = 0, i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b < 0xE0 ? 2 : 0
            if length > 0, i + length <= bytes.count, bytes[(i + 1)..<(i + length)].allSatisfy({ $0 & 0xC0 == 0x80 }) {
                valid += 1
                i += length
            } else {
                invalid += 1
                i += 1
            }
        }
        return valid > 0 && valid >= invalid
    }

    /// The charset named by a byte-order mark, and the mark's length.
    static func byteOrderMark(_ bytes: [UInt8]) -> (String, Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return ("UTF-8", 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return ("UTF-16LE", 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return ("UTF-16BE", 2) }
        return nil
    }

    /// The label of a `<meta charset>`, `<meta http-equiv content="…charset=…">`
    /// or `<?xml … encoding="…"?>` in the first 1024 bytes.
    static func declaredLabel(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(1024), as: UTF8.self).lowercased()
        for marker in ["charset=", "encoding="] {
            var search = head.startIndex
            while let range = head.range(of: marker, range: search..<head.endIndex) {
                search = range.upperBound
                if marker == "encoding=", !head[..<range.lowerBound].contains("<?xml") { continue }
                if marker == "charset=", !head[..<range.lowerBound].contains("<meta") { continue }
                var label = head[range.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
                label = label.prefix { $0.isLetter || $0.isNumber || "-_.:".contains($0) }
                if !label.isEmpty { return String(label) }
            }
        }
        return nil
    }

    /// Maps a charset label to the name this module decodes it with, or nil
    /// when the label is unknown.
    public static func canonicalName(forLabel label: String) -> String? {
        let l = label.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\"'")))
            .lowercased()
        switch l {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8":
            return "UTF-8"
        case "utf-16", "utf-16le", "unicode", "ucs-2", "csunicode", "iso-10646-ucs-2", "unicodefeff":
            return "UTF-16LE"
        case "utf-16be", "unicodefffe":
            return "UTF-16BE"
        case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "ansi_x3.4-1968", "cp1252",
             "windows-1252", "x-cp1252", "iso_8859-1", "iso88591", "cp819", "ibm819", "csisolatin1", "iso-ir-100":
            return "windows-1252"
        case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "ms932", "windows-31j", "csshiftjis":
            return "Shift_JIS"
        case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "ms936", "windows-936", "chinese", "csgb2312", "euc-cn":
            return "GB18030"
        case "big5", "big5-hkscs", "cn-big5", "x-x-big5", "csbig5":
            return "Big5"
        case "euc-jp", "x-euc-jp", "cseucpkdfmtjapanese": return "EUC-JP"
        case "iso-2022-jp", "csiso2022jp": return "ISO-2022-JP"
        case "euc-kr", "ks_c_5601-1987", "windows-949", "cp949", "ksc5601", "korean": return "EUC-KR"
        case "koi8-r", "koi8", "cskoi8r", "koi": return "KOI8-R"
        case "koi8-u", "koi8-ru": return "KOI8-U"
        case "iso-8859-9", "latin5", "iso8859-9", "windows-1254", "cp1254": return "windows-1254"
        case "tis-620", "iso-8859-11", "windows-874", "dos-874": return "windows-874"
        default:
            if let m = l.wholeMatch(of: /iso[-_ ]?8859[-_]?(\d{1,2})/), let n = Int(m.1),
               [2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16].contains(n) {
                return "ISO-8859-\(n)"
            }
            if let m = l.wholeMatch(of: /(?:windows|x-cp|cp)-?(125\d)/) { return "windows-\(m.1)" }
            return nil
        }
    }

    /// Decodes `bytes` from the charset `name` (a name ``canonicalName(forLabel:)``
    /// returns); undecodable bytes become U+FFFD.
    public static func decode(_ bytes: [UInt8], as name: String) throws -> String {
        if name == "UTF-8" { return String(decoding: bytes, as: UTF8.self) }
        let iconvName: String
        switch name {
        case "Shift_JIS": iconvName = "CP932"
        case "EUC-KR": iconvName = "CP949"
        case "Big5": iconvName = "BIG5-HKSCS"
        case let n where n.hasPrefix("windows-"): iconvName = "CP" + n.dropFirst("windows-".count)
        default: iconvName = name
        }
        return try iconvDecode(bytes, from: iconvName, label: name)
    }

    private static func iconvDecode(_ bytes: [UInt8], from iconvName: String, label: String) throws -> String {
        let cd = iconv_open("UTF-8", iconvName)
        guard let cd, cd != iconv_t(bitPattern: -1) else { throw MarkupError.unknownCharset(label) }
        defer { iconv_close(cd) }
        if bytes.isEmpty { return "" }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 2)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
        var input = bytes
        input.withUnsafeMutableBufferPointer { inBuffer in
            guard let base = inBuffer.baseAddress else { return }
            var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(base).assumingMemoryBound(to: CChar.self)
            var inLeft = inBuffer.count
            chunk.withUnsafeMutableBufferPointer { outBuffer in
                guard let outBase = outBuffer.baseAddress else { return }
                while inLeft > 0 {
                    var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBase).assumingMemoryBound(to: CChar.self)
                    var outLeft = outBuffer.count
                    let result = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                    output.append(contentsOf: outBuffer[0..<(outBuffer.count - outLeft)])
                    if result == -1 {
                        switch errno {
                        case E2BIG: continue
                        case EILSEQ:
                            output.append(contentsOf: replacement)
                            inPtr = inPtr.map { $0 + 1 }
                            inLeft -= 1
                        default: // EINVAL: an incomplete sequence at the end
                            output.append(contentsOf: replacement)
                            inLeft = 0
                        }
                    }
                }
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
