import Foundation

extension ExportRecord {
    /// The record as one line of JSON (no line end): the DESIGN.md fields of
    /// ``QuoteRecord/jsonLine()`` exactly, then `claim_key`, `speaker_type`,
    /// `speaker_aliases`, `source_sha256`, `appearances_detail` and `history`.
    public func jsonLine() -> String {
        var out: [UInt8] = []
        appendJSONLine(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends ``jsonLine()`` to `out` as UTF-8 (no line end), without building strings on the way.
    public func appendJSONLine(to out: inout [UInt8]) {
        quote.appendJSONLine(to: &out)
        out.removeLast()  // the closing brace; the extra fields follow
        var json = JSONLineBytes(out: out)
        out = []
        json.literal(",\"claim_key\":", claimKey)
        json.optional(",\"speaker_type\":", speakerType)
        json.strings(",\"speaker_aliases\":", speakerAliases)
        json.literal(",\"source_sha256\":", sourceSHA256)
        json.appendKey(",\"appearances_detail\":[")
        for (index, appearance) in appearances.enumerated() {
            if index > 0 { json.out.append(UInt8(ascii: ",")) }
            appearance.appendJSON(to: &json)
        }
        json.appendKey("],\"history\":[")
        for (index, entry) in history.enumerated() {
            if index > 0 { json.out.append(UInt8(ascii: ",")) }
            json.integer("{\"id\":", entry.id)
            json.integer(",\"change\":", entry.changeID)
            json.literal(",\"at\":", entry.at)
            json.literal(",\"who\":", entry.who)
            json.literal(",\"field\":", entry.field)
            json.optional(",\"from\":", entry.oldValue)
            json.optional(",\"to\":", entry.newValue)
            json.optional(",\"note\":", entry.note)
            json.out.append(UInt8(ascii: "}"))
        }
        json.appendKey("]}")
        out = json.out
    }

    /// Reads a line written by ``jsonLine()``.
    ///
    /// Throws ``ExportRecordError/malformed(_:)`` when the line is not JSON,
    /// lacks a field, holds a `confidence` outside 0…1, or is a plain quote
    /// record without `source_sha256` and `appearances_detail` (as
    /// `list --format jsonl` writes). Lines written before `rule` and
    /// `confidence` were kept lack them and read as `nil`.
    public init(jsonLine: some Collection<UInt8>) throws {
        do {
            self = try JSONDecoder().decode(ExportLine.self, from: Data(jsonLine)).record
        } catch let error as DecodingError {
            throw ExportRecordError.malformed(Self.describe(error))
        } catch {
            throw ExportRecordError.malformed(error.localizedDescription)
        }
        if let confidence = quote.confidence, !ConfidenceText.isValid(confidence) {
            throw ExportRecordError.malformed("field 'confidence' is \(confidence), not a number from 0 to 1")
        }
    }

    /// A short account of a decoding failure, naming the field.
    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            let at = path(context)
            return "missing field '\(at.isEmpty ? key.stringValue : at + "." + key.stringValue)'"
        case .valueNotFound(_, let context):
            return "field '\(path(context))' is null"
        case .typeMismatch(_, let context):
            return "field '\(path(context))' has the wrong type"
        case .dataCorrupted(let context):
            let at = path(context)
            return at.isEmpty ? "not JSON" : "field '\(at)' holds an unknown value"
        @unknown default:
            return "unreadable"
        }
    }
}

/// What is wrong with a line of a JSON Lines export.
public enum ExportRecordError: LocalizedError, Equatable, Sendable {
    /// The line cannot be read as an export record; the text says why.
    case malformed(String)

    /// A message that names the problem.
    public var errorDescription: String? {
        switch self {
        case .malformed(let why): "not a line of 'export --format jsonl': \(why)"
        }
    }
}

extension ExportAppearance {
    /// The appearance as a JSON object: the source's columns, then the spot in it.
    var json: String {
        var json = JSONLineBytes(out: [])
        appendJSON(to: &json)
        return String(decoding: json.out, as: UTF8.self)
    }

    /// Appends ``json`` to a line being written.
    func appendJSON(to json: inout JSONLineBytes) {
        let s = source
        json.integer("{\"source_id\":", s.id)
        json.literal(",\"sha256\":", s.sha256)
        json.optional(",\"url\":", s.url)
        json.optional(",\"file\":", s.file)
        json.optional(",\"canonical_url\":", s.canonicalURL)
        json.optional(",\"title\":", s.title)
        json.optional(",\"site\":", s.site)
        json.strings(",\"authors\":", s.authors)
        json.optional(",\"agency\":", s.agency)
        json.optional(",\"published_at\":", s.publishedAt)
        json.optional(",\"language\":", s.language)
        json.literal(",\"kind\":", s.kind.rawValue)
        json.appendKey(",\"is_primary\":")
        json.appendKey(s.isPrimary ? "true" : "false")
        json.integer(",\"byte_count\":", Int64(s.byteCount))
        json.optional(",\"archive_path\":", s.archivePath)
        if let copy = s.archiveCopy { json.literal(",\"archive_copy\":", copy) }
        json.literal(",\"imported_at\":", s.importedAt)
        if let paragraphs = s.paragraphs {
            json.strings(",\"paragraphs\":", paragraphs)
        } else {
            json.appendKey(",\"paragraphs\":null")
        }
        json.integer(",\"position\":", Int64(position))
        json.integer(",\"paragraph\":", paragraph.map(Int64.init))
        json.integer(",\"start\":", start.map(Int64.init))
        json.integer(",\"end\":", end.map(Int64.init))
        json.optional(",\"context\":", context)
        json.out.append(UInt8(ascii: "}"))
    }
}

/// The decodable shape of one export line.
private struct ExportLine: Decodable {
    let record: ExportRecord

    enum Keys: String, CodingKey {
        case claimKey = "claim_key", speakerType = "speaker_type", speakerAliases = "speaker_aliases"
        case sourceSHA256 = "source_sha256", appearances = "appearances_detail", history
    }

    init(from decoder: any Decoder) throws {
        let quote = try QuoteRecord(from: decoder)
        let container = try decoder.container(keyedBy: Keys.self)
        let claimKey = try container.decodeIfPresent(String.self, forKey: .claimKey) ?? ClaimKey.make(quote.text)
        let history = try container.decodeIfPresent([HistoryLine].self, forKey: .history) ?? []
        record = ExportRecord(
            quote: quote, claimKey: claimKey,
            speakerType: try container.decodeIfPresent(String.self, forKey: .speakerType),
            speakerAliases: try container.decodeIfPresent([String].self, forKey: .speakerAliases) ?? [],
            sourceSHA256: try container.decode(String.self, forKey: .sourceSHA256),
            appearances: try container.decode([AppearanceLine].self, forKey: .appearances).map(\.appearance),
            history: history.map { $0.entry(quoteID: quote.id) })
    }
}

/// The decodable shape of one `appearances_detail` element.
private struct AppearanceLine: Decodable {
    let appearance: ExportAppearance

    enum Keys: String, CodingKey {
        case sourceID = "source_id", sha256, url, file, canonicalURL = "canonical_url", title, site, authors
        case agency, publishedAt = "published_at", language, kind, isPrimary = "is_primary"
        case byteCount = "byte_count", archivePath = "archive_path", archiveCopy = "archive_copy", importedAt = "imported_at", paragraphs
        case position, paragraph, start, end, context
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        let source = ExportSource(
            id: try c.decode(Int64.self, forKey: .sourceID), sha256: try c.decode(String.self, forKey: .sha256),
            url: try c.decodeIfPresent(String.self, forKey: .url),
            file: try c.decodeIfPresent(String.self, forKey: .file),
            canonicalURL: try c.decodeIfPresent(String.self, forKey: .canonicalURL),
            title: try c.decodeIfPresent(String.self, forKey: .title),
            site: try c.decodeIfPresent(String.self, forKey: .site),
            authors: try c.decodeIfPresent([String].self, forKey: .authors) ?? [],
            agency: try c.decodeIfPresent(String.self, forKey: .agency),
            publishedAt: try c.decodeIfPresent(String.self, forKey: .publishedAt),
            language: try c.decodeIfPresent(String.self, forKey: .language),
            kind: try c.decodeIfPresent(SourceKind.self, forKey: .kind) ?? .article,
            isPrimary: try c.decodeIfPresent(Bool.self, forKey: .isPrimary) ?? false,
            byteCount: try c.decodeIfPresent(Int.self, forKey: .byteCount) ?? 0,
            archivePath: try c.decodeIfPresent(String.self, forKey: .archivePath),
            archiveCopy: try c.decodeIfPresent(String.self, forKey: .archiveCopy),
            importedAt: try c.decode(String.self, forKey: .importedAt),
            paragraphs: try c.decodeIfPresent([String].self, forKey: .paragraphs))
        appearance = ExportAppearance(
            source: source, position: try c.decode(Int.self, forKey: .position),
            paragraph: try c.decodeIfPresent(Int.self, forKey: .paragraph),
            start: try c.decodeIfPresent(Int.self, forKey: .start),
            end: try c.decodeIfPresent(Int.self, forKey: .end),
            context: try c.decodeIfPresent(String.self, forKey: .context))
    }
}

/// The decodable shape of one `history` element.
private struct HistoryLine: Decodable {
    let id: Int64
    let change: Int64
    let at: String
    let who: String
    let field: String
    let from: String?
    let to: String?
    let note: String?

    /// The entry, belonging to the quote with the exporting workbench's id.
    func entry(quoteID: Int64) -> AuditEntry {
        AuditEntry(id: id, quoteID: quoteID, at: at, who: who, field: field, oldValue: from, newValue: to,
                   note: note, changeID: change)
    }
}
