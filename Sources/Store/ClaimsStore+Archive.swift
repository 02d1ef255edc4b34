import Foundation
import GRDB

extension ClaimsStore {
    /// The workbench's `sources/archive/` folder, beside the store's `claims/`
    /// folder (the workbench layout); `nil` for a store in memory or one that
    /// is not a workbench's `claims/claims.sqlite`.
    public var archiveDirectory: URL? {
        let path = writer.path
        guard !path.isEmpty, path != ":memory:", FileManager.default.fileExists(atPath: path) else { return nil }
        let claims = URL(fileURLWithPath: path).deletingLastPathComponent()
        guard claims.lastPathComponent == "claims" else { return nil }
        return claims.deletingLastPathComponent().appendingPathComponent("sources/archive", isDirectory: true)
    }

    /// The archived bytes and sidecar of the source with this SHA-256, read from
    /// the workbench's `sources/archive/`: the file named as the one recorded
    /// on import (so that a workbench moved elsewhere still finds it), else the
    /// recorded path itself. `nil` when no source has this SHA-256.
    public func archivedDocument(sha256: String) throws -> ArchivedDocument? {
        let found = try writer.read { db in
            try Row.fetchOne(db, sql: "SELECT archive_path FROM source WHERE sha256 = ?", arguments: [sha256])
        }
        guard let found else { return nil }
        let recorded: String? = found["archive_path"]
        guard let recorded, !recorded.isEmpty else { throw ArchivedFileError.missing(sha256) }
        let name = URL(fileURLWithPath: recorded).lastPathComponent
        let fm = FileManager.default
        var candidates: [URL] = []
        if let archiveDirectory { candidates.append(archiveDirectory.appendingPathComponent(name)) }
        candidates.append(URL(fileURLWithPath: recorded))
        guard let file = candidates.first(where: { fm.fileExists(atPath: $0.path) }) else {
            throw ArchivedFileError.missing(sha256)
        }
        let sidecarFile = file.deletingLastPathComponent().appendingPathComponent(sha256 + ".json")
        return ArchivedDocument(sha256: sha256, fileName: name, bytes: try Self.readArchived(file),
                                sidecar: fm.fileExists(atPath: sidecarFile.path) ? try Self.readArchived(sidecarFile) : nil)
    }

    /// The bytes of an archived file.
    private static func readArchived(_ url: URL) throws -> [UInt8] {
        do {
            return Array(try Data(contentsOf: url))
        } catch {
            throw ArchivedFileError.unreadable(url.path, (error as NSError).localizedFailureReason ?? error.localizedDescription)
        }
    }
}
