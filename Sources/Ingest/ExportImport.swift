import Foundation
import Store

/// Merges a file written by `quotecheck export --format jsonl` into a
/// workbench: its sources, speakers, quotes, verdicts and audit trail
/// (``ClaimsStore/mergeExport(mergedBy:at:records:)`` says how each is matched).
public enum ExportImport {
    /// Whether `bytes` look like JSON Lines of quote records: the first
    /// non-blank line (after an optional byte-order mark) is a JSON object with
    /// `id` and `text`. HTML and XML never are.
    public static func isJSONLinesExport(_ bytes: [UInt8]) -> Bool {
        guard let first = lines(of: bytes).first(where: { _ in true })?.bytes, first.first == UInt8(ascii: "{") else {
            return false
        }
        do {
            let object = try JSONSerialization.jsonObject(with: Data(first)) as? [String: Any]
            return object?["id"] != nil && object?["text"] != nil
        } catch {
            return false  // not JSON: the input is treated as a document
        }
    }

    /// Merges the export in `bytes` into `store` in one transaction (all or
    /// nothing) and says what it did; audit entries the merge itself writes
    /// are by `reviewer`. With `archive`, the archived documents the export
    /// names (`export --with-archive`) are restored into it, their names
    /// resolved against `base` (see ``ArchiveRestore``).
    ///
    /// Throws ``ExportImportError`` naming `name` and the line at fault when a
    /// line cannot be read (a plain `list --format jsonl` file lacks the
    /// sources and is refused), or the file holds no records;
    /// ``ArchiveCopyError`` naming the file when an archived copy is missing,
    /// does not match its SHA-256 or would overwrite other bytes.
    public static func merge(_ bytes: [UInt8], named name: String, into store: ClaimsStore,
                             reviewer: String, at date: Date = Date(), restoringInto archive: Archive? = nil,
                             relativeTo base: URL? = nil) throws -> ExportImportReport {
        var restore = archive.map { ArchiveRestore(archive: $0, base: base ?? Self.currentFolder) }
        var pass = 0
        let report = try store.mergeExport(mergedBy: reviewer, at: date) { body in
            pass += 1
            for line in lines(of: bytes) {
                let record: ExportRecord
                do {
                    record = try ExportRecord(jsonLine: line.bytes)
                } catch let error as ExportRecordError {
                    guard case .malformed(let why) = error else { throw error }
                    throw ExportImportError.malformedLine(name, line: line.number, why)
                }
                restore?.note(record)
                try body(record)
            }
            // Inside the transaction: a copy that fails undoes the merge.
            if pass == 2 { try restore?.restore() }
        }
        if report.records == 0 { throw ExportImportError.empty(name) }
        return ExportImportReport(merge: report, archive: restore)
    }

    /// Merges the export in the file at `path` like ``merge(_:named:into:reviewer:at:restoringInto:relativeTo:)``,
    /// reading it line by line (twice) instead of holding it in memory: for
    /// backups of any size. Archived copies are named relative to the file's folder.
    public static func mergeFile(atPath path: String, into store: ClaimsStore, reviewer: String,
                                 at date: Date = Date(), restoringInto archive: Archive? = nil) throws -> ExportImportReport {
        let base = URL(fileURLWithPath: path).deletingLastPathComponent()
        var restore = archive.map { ArchiveRestore(archive: $0, base: base) }
        var pass = 0
        let report = try store.mergeExport(mergedBy: reviewer, at: date) { body in
            pass += 1
            guard let file = fopen(path, "r") else {
                throw IngestError.unreadable(path, String(cString: strerror(errno)))
            }
            defer { fclose(file) }
            var buffer: UnsafeMutablePointer<CChar>?
            var capacity = 0
            defer { free(buffer) }
            var number = 0
            while true {
                let length = getline(&buffer, &capacity, file)
                guard length >= 0, let start = buffer else { break }
                number += 1
                var line = UnsafeRawBufferPointer(start: start, count: length).bindMemory(to: UInt8.self)[...]
                if number == 1, line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
                while let last = line.last, [0x0A, 0x0D, 0x20, 0x09].contains(last) { line = line.dropLast() }
                if line.isEmpty { continue }
                let record: ExportRecord
                do {
                    record = try ExportRecord(jsonLine: line)
                } catch let error as ExportRecordError {
                    guard case .malformed(let why) = error else { throw error }
                    throw ExportImportError.malformedLine(path, line: number, why)
                }
                restore?.note(record)
                try body(record)
            }
            if ferror(file) != 0 { throw IngestError.unreadable(path, String(cString: strerror(errno))) }
            if pass == 2 { try restore?.restore() }
        }
        if report.records == 0 { throw ExportImportError.empty(path) }
        return ExportImportReport(merge: report, archive: restore)
    }

    /// The current folder, against which the copies named by an export read from standard input are resolved.
    static var currentFolder: URL {
        URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
    }

    /// The non-blank lines of `bytes` with their 1-based numbers, a leading
    /// byte-order mark and trailing CR removed.
    static func lines(of bytes: [UInt8]) -> some Sequence<(number: Int, bytes: ArraySlice<UInt8>)> {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        return bytes[start...].split(separator: 0x0A, omittingEmptySubsequences: false).enumerated()
            .lazy
            .map { (number: $0.offset + 1, bytes: $0.element.last == 0x0D ? $0.element.dropLast() : $0.element) }
            .filter { !$0.bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 } }
    }
}

/// What can go wrong when merging a JSON Lines export.
public enum ExportImportError: LocalizedError, Equatable, Sendable {
    /// A line is not a record of `export --format jsonl` (file, line, why).
    case malformedLine(String, line: Int, String)
    /// The file holds no record.
    case empty(String)

    /// A message that names the file, the line and the problem.
    public var errorDescription: String? {
        switch self {
        case .malformedLine(let name, let line, let why):
            "cannot import '\(name)' line \(line): \(why) (a file written by 'quotecheck export --format jsonl' is needed)"
        case .empty(let name):
            "cannot import '\(name)': no quote records in it"
        }
    }
}
