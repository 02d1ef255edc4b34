import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One document to import: its bytes and where they came from.
public struct SourceInput: Sendable {
    /// The name shown in messages: the path as given, `-` for standard input.
    public var name: String
    /// The path given on the command line (nil for standard input).
    public var file: String?
    /// The bytes as read (for a URL: the body after undoing any Content-Encoding).
    public let bytes: [UInt8]
    /// The lower-case hex SHA-256 of `bytes`, computed where the input is made:
    /// in a bulk import that is the parallel task that read it, not the one
    /// that stores pages in turn.
    public let sha256: String
    /// The charset label of an HTTP `Content-Type` header; it beats the page's own declaration.
    public var charset: String?
    /// The fetch that brought the bytes, for a URL.
    public var fetch: FetchRecord?
    /// The bytes and the fetch come from the archive (`--offline`), not from the network.
    public var isFromArchive: Bool

    /// Creates an input from bytes.
    public init(name: String, file: String?, bytes: [UInt8], charset: String? = nil, fetch: FetchRecord? = nil,
                isFromArchive: Bool = false) {
        self.name = name
        self.file = file
        self.bytes = bytes
        self.sha256 = Archive.sha256(bytes)
        self.charset = charset
        self.fetch = fetch
        self.isFromArchive = isFromArchive
    }
}

/// Expands command-line SOURCE arguments into documents to import.
public enum SourceReader {
    /// File endings taken from folders.
    public static let documentExtensions: Set<String> = ["html", "htm", "xhtml", "shtml", "xml", "rss", "atom", "jsonl"]

    /// One argument's sources: an http or https URL as itself, a file as itself,
    /// a folder's documents recursively (sorted), `-` as is. Throws for a path
    /// that does not exist and for a URL of another scheme (`file:`, `ftp:`,
    /// `data:`, `javascript:` …).
    public static func expand(_ argument: String) throws -> [String] {
        if argument == "-" { return ["-"] }
        if isURL(argument) { return [argument] }
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory)
        if !exists, let scheme = scheme(of: argument) {
            throw IngestError.unsupportedScheme(argument, scheme)
        }
        guard exists else {
            throw IngestError.notFound(argument)
        }
        guard isDirectory.boolValue else { return [argument] }
        guard let walker = FileManager.default.enumerator(atPath: argument) else {
            throw IngestError.unreadable(argument, "cannot list the folder")
        }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            let ext = (relative as NSString).pathExtension.lowercased()
            if documentExtensions.contains(ext) {
                found.append((argument as NSString).appendingPathComponent(relative))
            }
        }
        return found.sorted()
    }

    /// Whether the argument is an http or https URL (which `import` fetches).
    public static func isURL(_ argument: String) -> Bool {
        guard let scheme = scheme(of: argument) else { return false }
        return (scheme == "http" || scheme == "https") && argument.dropFirst(scheme.count + 1).hasPrefix("//")
    }

    /// The lower-case scheme of a URL-shaped argument (`scheme:` at its start), if any.
    static func scheme(of argument: String) -> String? {
        guard let colon = argument.firstIndex(of: ":") else { return nil }
        let scheme = argument[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter,
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }) else { return nil }
        return scheme.lowercased()
    }

    /// Reads one path (or standard input for `-`), refusing more than `maxBytes`.
    /// A URL is refused: only ``Fetcher`` fetches.
    public static func read(_ path: String, maxBytes: Int) throws -> SourceInput {
        if isURL(path) { throw IngestError.unsupportedURL(path) }
        if path == "-" {
            var bytes: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let n = Glibc.read(0, &chunk, chunk.count)
                if n < 0 { throw IngestError.unreadable("-", String(cString: strerror(errno))) }
                if n == 0 { break }
                bytes.append(contentsOf: chunk[0..<n])
                if bytes.count > maxBytes { throw IngestError.tooLarge("-", bytes: bytes.count, limit: maxBytes) }
            }
            guard !bytes.isEmpty else { throw IngestError.empty("standard input") }
            return SourceInput(name: "-", file: nil, bytes: bytes)
        }
        let bytes = try readFile(path, maxBytes: maxBytes)
        guard !bytes.isEmpty else { throw IngestError.empty(path) }
        return SourceInput(name: path, file: path, bytes: bytes)
    }

    /// The bytes of the file at `path`, read with as few system calls as its
    /// size allows (Foundation's `FileHandle` reads a page at a time).
    static func readFile(_ path: String, maxBytes: Int) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw IngestError.notFound(path) }
            throw IngestError.unreadable(path, String(cString: strerror(errno)))
        }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else { throw IngestError.unreadable(path, String(cString: strerror(errno))) }
        let size = Int(status.st_size)
        if size > maxBytes { throw IngestError.tooLarge(path, bytes: size, limit: maxBytes) }
        // A regular file is read whole, straight into the array, by one call (or a
        // few); a byte more is asked for, to see whether the file goes on.
        let wanted = size + 1  // (the buffer may be larger than asked for)
        var bytes = try [UInt8](unsafeUninitializedCapacity: wanted) { buffer, count in
            count = 0
            while count < wanted {
                let n = Glibc.read(fd, buffer.baseAddress! + count, wanted - count)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw IngestError.unreadable(path, String(cString: strerror(errno)))
                }
                if n == 0 { break }
                count += n
            }
        }
        guard bytes.count == wanted else { return bytes }
        if bytes.count > maxBytes { throw IngestError.tooLarge(path, bytes: bytes.count, limit: maxBytes) }
        // The file grew while being read, or its size says nothing (a pipe): the rest in chunks.
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw IngestError.unreadable(path, String(cString: strerror(errno)))
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0 ..< n])
            if bytes.count > maxBytes { throw IngestError.tooLarge(path, bytes: bytes.count, limit: maxBytes) }
        }
        return bytes
    }
}
