import Foundation

/// The JSON file beside an archived document (`<sha256>.json`): where its bytes
/// came from and every fetch that returned them.
struct ArchiveSidecar: Codable, Equatable {
    /// The SHA-256 of the archived bytes.
    var sha256: String
    /// The path given when the bytes were first imported from a file.
    var file: String?
    /// The URL the bytes were first fetched from.
    var url: String?
    /// The size of the bytes.
    var bytes: Int
    /// When the bytes were first archived.
    var archivedAt: String
    /// Every fetch that returned these bytes, oldest first.
    var fetches: [FetchRecord]

    private enum CodingKeys: String, CodingKey {
        case sha256, file, url, bytes, archivedAt = "archived_at", fetches
    }

    init(sha256: String, file: String?, url: String?, bytes: Int, archivedAt: String, fetches: [FetchRecord]) {
        self.sha256 = sha256
        self.file = file
        self.url = url
        self.bytes = bytes
        self.archivedAt = archivedAt
        self.fetches = fetches
    }

    /// Reads a sidecar; those written before fetching existed have no `fetches`.
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        sha256 = try c.decode(String.self, forKey: .sha256)
        file = try c.decodeIfPresent(String.self, forKey: .file)
        url = try c.decodeIfPresent(String.self, forKey: .url)
        bytes = try c.decode(Int.self, forKey: .bytes)
        archivedAt = try c.decode(String.self, forKey: .archivedAt)
        fetches = try c.decodeIfPresent([FetchRecord].self, forKey: .fetches) ?? []
    }

    /// Writes every key, `null` for an empty value.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(sha256, forKey: .sha256)
        if let file { try c.encode(file, forKey: .file) } else { try c.encodeNil(forKey: .file) }
        if let url { try c.encode(url, forKey: .url) } else { try c.encodeNil(forKey: .url) }
        try c.encode(bytes, forKey: .bytes)
        try c.encode(archivedAt, forKey: .archivedAt)
        try c.encode(fetches, forKey: .fetches)
    }

    /// Reads the sidecar at `url`.
    static func read(from url: URL) throws -> ArchiveSidecar {
        try JSONDecoder().decode(ArchiveSidecar.self, from: Data(contentsOf: url))
    }

    /// Writes the sidecar to `url`, atomically.
    func write(to url: URL) throws {
        try AtomicFile.write(encoded(), to: url)
    }

    /// The sidecar's JSON, as written to its file (and stored in a PostgreSQL store).
    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
