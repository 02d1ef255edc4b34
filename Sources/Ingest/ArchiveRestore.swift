import Foundation
import Store

/// Restores the archived documents an export names (``ExportSource/archiveCopy``)
/// into a workbench's archive, so that `import --offline URL` serves them.
///
/// Each copy is checked against its SHA-256 (a mismatch is an error naming
/// the file). A document the archive already holds is left alone; one
/// whose bytes there differ is an error, never overwritten. A sidecar the
/// archive already holds keeps what it says and gains the fetches it lacks.
public struct ArchiveRestore {
    /// The archive restored into.
    public let archive: Archive
    /// The folder relative copy names are resolved against (the export file's).
    public let base: URL
    /// Documents copied into the archive.
    public private(set) var restored = 0
    /// Documents the archive already held.
    public private(set) var alreadyThere = 0
    /// Sidecars already in the archive that gained fetches from the export.
    public private(set) var sidecarsExtended = 0
    /// The copies named by the export, by SHA-256, in the order first seen.
    private var pending: [(sha256: String, copy: String)] = []
    private var seen: Set<String> = []

    /// A restore into `archive` of copies named relative to `base`.
    public init(archive: Archive, base: URL) {
        self.archive = archive
        self.base = base
    }

    /// Notes the copies a record names (each once).
    public mutating func note(_ record: ExportRecord) {
        for appearance in record.appearances {
            guard let copy = appearance.source.archiveCopy, seen.insert(appearance.source.sha256).inserted else { continue }
            pending.append((appearance.source.sha256, copy))
        }
    }

    /// Whether the export named any copy.
    public var isEmpty: Bool { seen.isEmpty }

    /// Checks every noted copy against its SHA-256, then copies them into the archive.
    public mutating func restore() throws {
        var checked: [(sha256: String, bytes: [UInt8], name: String, sidecar: URL)] = []
        for (sha, copy) in pending {
            let url = copy.hasPrefix("/") ? URL(fileURLWithPath: copy) : base.appendingPathComponent(copy)
            guard FileManager.default.fileExists(atPath: url.path) else { throw ArchiveCopyError.missing(url.path) }
            let bytes = try ArchiveFiles.read(url)
            let found = Archive.sha256(bytes)
            guard found == sha else { throw ArchiveCopyError.mismatch(url.path, expected: sha, found: found) }
            checked.append((sha, bytes, url.lastPathComponent, url.deletingLastPathComponent().appendingPathComponent(sha + ".json")))
        }
        for document in checked {
            if try ArchiveFiles.place(document.bytes, at: archive.directory.appendingPathComponent(document.name)) {
                restored += 1
            } else {
                alreadyThere += 1
            }
            try restoreSidecar(from: document.sidecar, sha256: document.sha256)
        }
        pending = []
    }

    /// Copies the sidecar, or adds its fetches to the one already in the archive.
    private mutating func restoreSidecar(from url: URL, sha256: String) throws {
        guard FileManager.default.fileExists(atPath: url.path) else { return }
        let incoming = try Self.sidecar(at: url, sha256: sha256)
        let target = archive.directory.appendingPathComponent(sha256 + ".json")
        guard FileManager.default.fileExists(atPath: target.path) else {
            _ = try ArchiveFiles.place(try ArchiveFiles.read(url), at: target)
            return
        }
        var local = try Self.sidecar(at: target, sha256: sha256)
        let before = local
        if local.file == nil { local.file = incoming.file }
        if local.url == nil { local.url = incoming.url }
        for fetch in incoming.fetches where !local.fetches.contains(fetch) { local.fetches.append(fetch) }
        guard local != before else { return }
        local.fetches.sort { $0.fetchedAt < $1.fetchedAt }
        do {
            try local.write(to: target)
        } catch {
            throw ArchiveCopyError.failed(target.path, error.localizedDescription)
        }
        sidecarsExtended += 1
    }

    /// The sidecar at `url`, which must describe `sha256`.
    private static func sidecar(at url: URL, sha256: String) throws -> ArchiveSidecar {
        let sidecar: ArchiveSidecar
        do {
            sidecar = try ArchiveSidecar.read(from: url)
        } catch {
            throw ArchiveCopyError.failed(url.path, "not a readable archive sidecar")
        }
        guard sidecar.sha256 == sha256 else {
            throw ArchiveCopyError.mismatch(url.path, expected: sha256, found: sidecar.sha256)
        }
        return sidecar
    }
}
