import Crypto
import Foundation

/// The evidence archive of a workbench: every imported document's exact bytes
/// under `sources/archive/`, named by their SHA-256, with a JSON sidecar
/// recording where they came from and when.
public struct Archive: Sendable {
    /// The `sources/archive` folder.
    public let directory: URL

    /// An archive in `directory` (created on first write).
    public init(directory: URL) {
        self.directory = directory
    }

    /// The lower-case hex SHA-256 of `bytes`.
    public static func sha256(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }

    /// Writes the bytes (once) and a sidecar, and returns the archived file's path.
    public func store(_ input: SourceInput, sha256: String, fileExtension: String, at date: Date) throws -> String {
        let fm = FileManager.default
        do {
            try fm.createDirectory(at: directory, withIntermediateDirectories: true)
            let target = directory.appendingPathComponent("\(sha256).\(fileExtension)")
            if !fm.fileExists(atPath: target.path) {
                // Write to a temporary name, then rename: a crash leaves no partial file under the final name.
                let temporary = directory.appendingPathComponent(".\(sha256).\(ProcessInfo.processInfo.processIdentifier).tmp")
                try Data(input.bytes).write(to: temporary)
                try fm.moveItem(at: temporary, to: target)
            }
            let sidecar: [String: Any] = [
                "sha256": sha256,
                "file": input.file ?? NSNull(),
                "url": NSNull(),
                "bytes": input.bytes.count,
                "archived_at": ISO8601DateFormatter().string(from: date),
            ]
            let json = try JSONSerialization.data(withJSONObject: sidecar, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            try json.write(to: directory.appendingPathComponent("\(sha256).json"), options: .atomic)
            return target.path
        } catch {
            throw IngestError.archive(input.name, error.localizedDescription)
        }
    }
}
