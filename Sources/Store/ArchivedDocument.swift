import Foundation

/// An imported document's archived bytes and their JSON sidecar: the evidence
/// of where a quote came from (`quotecheck archive SHA256`).
///
/// The SQLite store keeps them as files under the workbench's
/// `sources/archive/` (`<sha256>.<extension>` and `<sha256>.json`); the
/// PostgreSQL store keeps them in its `archived_document` table, so that a
/// checker on another machine can read them.
public struct ArchivedDocument: Sendable, Equatable {
    /// The SHA-256 of ``bytes``, lowercase hex.
    public var sha256: String
    /// The archived file's name, `<sha256>.<extension>` (the extension tells the kind of document).
    public var fileName: String
    /// The document's bytes, exactly as imported.
    public var bytes: [UInt8]
    /// The sidecar's JSON (where the bytes came from, every fetch that returned them), if there is one.
    public var sidecar: [UInt8]?

    /// Creates a document from its parts.
    public init(sha256: String, fileName: String, bytes: [UInt8], sidecar: [UInt8]?) {
        self.sha256 = sha256
        self.fileName = fileName
        self.bytes = bytes
        self.sidecar = sidecar
    }
}
