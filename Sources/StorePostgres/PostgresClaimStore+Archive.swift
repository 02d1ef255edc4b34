import PostgresNIO
import Store

extension PostgresClaimStore {
    /// The archived bytes and sidecar of the source with this SHA-256, from the
    /// `archived_document` table; `nil` when no source has this SHA-256, and
    /// ``Store/ArchivedFileError/missing(_:)`` when the source was stored without its bytes.
    public func archivedDocument(sha256: String) async throws -> ArchivedDocument? {
        try await read { connection in
            let rows = try await connection.rows("""
                SELECT d.file_name, d.bytes, d.sidecar, s.id FROM source s
                LEFT JOIN archived_document d ON d.sha256 = s.sha256
                WHERE s.sha256 = \(sha256)
                """, logger: logger)
            guard let row = rows.first else { return nil }
            guard let name = try row[0].decode(String?.self), let bytes = try row[1].decode(ByteBuffer?.self) else {
                throw ArchivedFileError.missing(sha256)
            }
            let sidecar = try row[2].decode(String?.self)
            return ArchivedDocument(sha256: sha256, fileName: name, bytes: Array(buffer: bytes),
                                    sidecar: sidecar.map { Array($0.utf8) })
        }
    }

    /// Stores a source's archived bytes and sidecar in the transaction on
    /// `connection` (the source's row must be there): bytes already stored are
    /// kept, a newer sidecar (with a new fetch) replaces the one stored.
    func storeDocument(_ document: ArchivedDocument, on connection: PostgresConnection) async throws {
        let sidecar = document.sidecar.map { String(decoding: $0, as: UTF8.self) }
        try await connection.run("""
            INSERT INTO archived_document (sha256, file_name, bytes, sidecar)
            VALUES (\(document.sha256), \(document.fileName), \(ByteBuffer(bytes: document.bytes)), \(sidecar))
            ON CONFLICT (sha256) DO UPDATE SET sidecar = COALESCE(EXCLUDED.sidecar, archived_document.sidecar)
            """, logger: logger)
    }
}
