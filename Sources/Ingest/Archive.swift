import Crypto
import Foundation

/// The evidence archive of a workbench: every imported document's exact bytes
/// under `sources/archive/`, named by their SHA-256, with a JSON sidecar
/// recording where they came from and every fetch that returned them.
public struct Archive: Sendable {
    /// The `sources/archive` folder.
    public let directory: URL

    /// An archive in `directory` (created on first write).
    public init(directory: URL) {
        self.directory = directory
    }

    /// The lower-case hex SHA-256 of `bytes`.
    public static func sha256(_ bytes: [UInt8]) -> String {
        // Hex by table: Foundation's `String(format:)` per byte costs more than the hash.
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: bytes) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// Writes the bytes (once) and the sidecar, and returns the archived file's path.
    ///
    /// A sidecar already there is kept and extended: the input's fetch, if it
    /// is a new one (not served from the archive), is added to its `fetches`.
    public func store(_ input: SourceInput, sha256: String, fileExtension: String, at date: Date) throws -> String {
        let fm = FileManager.default
        do {
            try fm.createDirectory(at: directory, withIntermediateDirectories: true)
            let target = directory.appendingPathComponent("\(sha256).\(fileExtension)")
            if !fm.fileExists(atPath: target.path) {
                // Written to a temporary name, then renamed: a crash leaves no partial file under the final name.
                try AtomicFile.write(input.bytes, to: target)
            }
            let sidecarURL = directory.appendingPathComponent("\(sha256).json")
            var sidecar = fm.fileExists(atPath: sidecarURL.path)
                ? try ArchiveSidecar.read(from: sidecarURL)
                : ArchiveSidecar(sha256: sha256, file: nil, url: nil, bytes: input.bytes.count,
                                 archivedAt: ArchiveTime.string(from: date), fetches: [])
            if sidecar.file == nil { sidecar.file = input.file }
            if let fetch = input.fetch, !input.isFromArchive, !sidecar.fetches.contains(fetch) {
                sidecar.fetches.append(fetch)
                if sidecar.url == nil { sidecar.url = fetch.requestedURL }
            }
            try sidecar.write(to: sidecarURL)
            return target.path
        } catch {
            throw IngestError.archive(input.name, error.localizedDescription)
        }
    }
}
