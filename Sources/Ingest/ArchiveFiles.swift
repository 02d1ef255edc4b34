import Foundation

/// File operations shared by the backup and the restore of archived documents.
enum ArchiveFiles {
    /// The bytes of the file at `url`.
    static func read(_ url: URL) throws -> [UInt8] {
        do {
            return Array(try Data(contentsOf: url))
        } catch {
            throw ArchiveCopyError.failed(url.path, (error as NSError).localizedFailureReason ?? "unreadable")
        }
    }

    /// Writes `bytes` to `url` unless the file is there: identical contents
    /// are left alone (returns `false`), other contents are a conflict.
    /// Returns `true` when the file was written.
    static func place(_ bytes: [UInt8], at url: URL) throws -> Bool {
        if FileManager.default.fileExists(atPath: url.path) {
            guard try read(url) == bytes else { throw ArchiveCopyError.conflict(url.path) }
            return false
        }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try AtomicFile.write(bytes, to: url)
        } catch {
            throw ArchiveCopyError.failed(url.path, (error as NSError).localizedFailureReason ?? error.localizedDescription)
        }
        return true
    }

    /// The archived bytes' file name of each SHA-256 in `directory`
    /// (`<sha256>.<extension>`, sidecars and temporary files aside).
    static func documents(in directory: URL) throws -> [String: String] {
        guard FileManager.default.fileExists(atPath: directory.path) else { return [:] }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw ArchiveCopyError.failed(directory.path, error.localizedDescription)
        }
        var result: [String: String] = [:]
        for name in names where !name.hasPrefix(".") && !name.hasSuffix(".json") {
            guard let dot = name.firstIndex(of: ".") else { continue }
            result[String(name[..<dot])] = name
        }
        return result
    }
}
