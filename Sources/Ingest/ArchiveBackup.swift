import Foundation
import Store

/// Copies the archived documents of exported quotes into a backup folder
/// (`export --format jsonl --with-archive DIR`) and names each copy in the
/// export records (``ExportSource/archiveCopy``), so that `import` of the
/// export restores them.
///
/// The folder gets the archive's own layout: the bytes as `<sha256>.<ext>`
/// and the sidecar as `<sha256>.json`. Each document is checked against its
/// SHA-256 before it is copied. A file already in the folder is left alone
/// when identical; with other contents it is an error, never overwritten.
public struct ArchiveBackup {
    /// The archive the documents come from.
    public let archive: Archive
    /// The backup folder.
    public let directory: URL
    /// The folder the copies are named relative to (the export file's), or
    /// `nil` to name them by absolute path.
    public let base: URL?
    /// Documents copied into the folder.
    public private(set) var copied = 0
    /// Documents the folder already held, identical.
    public private(set) var alreadyThere = 0
    /// Sources with no archived bytes in this workbench (id and SHA-256), in export order.
    public private(set) var missing: [(id: Int64, sha256: String)] = []
    /// The copy's name in the records, by SHA-256 (`nil`: no archived bytes).
    private var copies: [String: String?] = [:]
    /// The archive's documents by SHA-256, listed once.
    private var documents: [String: String]?

    /// A backup into `directory` (created if needed); the copies are named
    /// relative to `base` when the folder is inside it, else by absolute path.
    public init(archive: Archive, directory: URL, relativeTo base: URL? = nil) throws {
        self.archive = archive
        self.directory = directory.standardizedFileURL
        self.base = base?.standardizedFileURL
        do {
            try FileManager.default.createDirectory(at: self.directory, withIntermediateDirectories: true)
        } catch {
            throw ArchiveCopyError.failed(directory.path, (error as NSError).localizedFailureReason ?? error.localizedDescription)
        }
    }

    /// Copies the documents of the record's sources (once each) and names the
    /// copies in the record.
    public mutating func attachCopies(to record: inout ExportRecord) throws {
        for index in record.appearances.indices {
            record.appearances[index].source.archiveCopy = try copy(record.appearances[index].source)
        }
    }

    /// Copies one source's bytes and sidecar; returns the copy's name, `nil` when not archived.
    private mutating func copy(_ source: ExportSource) throws -> String? {
        if let known = copies[source.sha256] { return known }
        if documents == nil { documents = try ArchiveFiles.documents(in: archive.directory) }
        guard let name = documents?[source.sha256] else {
            copies[source.sha256] = .some(nil)
            missing.append((source.id, source.sha256))
            return nil
        }
        let origin = archive.directory.appendingPathComponent(name)
        let bytes = try ArchiveFiles.read(origin)
        let found = Archive.sha256(bytes)
        guard found == source.sha256 else {
            throw ArchiveCopyError.mismatch(origin.path, expected: source.sha256, found: found)
        }
        let target = directory.appendingPathComponent(name)
        if try ArchiveFiles.place(bytes, at: target) { copied += 1 } else { alreadyThere += 1 }
        let sidecar = archive.directory.appendingPathComponent(source.sha256 + ".json")
        if FileManager.default.fileExists(atPath: sidecar.path) {
            _ = try ArchiveFiles.place(try ArchiveFiles.read(sidecar),
                                       at: directory.appendingPathComponent(source.sha256 + ".json"))
        }
        let reference = reference(to: target)
        copies[source.sha256] = reference
        return reference
    }

    /// The name of `target` in the records: relative to ``base`` when inside it.
    private func reference(to target: URL) -> String {
        guard let base else { return target.path }
        let prefix = base.path.hasSuffix("/") ? base.path : base.path + "/"
        return target.path.hasPrefix(prefix) ? String(target.path.dropFirst(prefix.count)) : target.path
    }
}
