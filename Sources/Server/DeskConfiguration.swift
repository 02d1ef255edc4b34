import Foundation
import Store

/// Everything `serve` decides before the desk starts: where it listens, TLS, the store and the archive.
public struct DeskConfiguration: Sendable {
    /// The address to listen on (127.0.0.1 unless `--host` says otherwise).
    public var host: String
    /// The port; 0 takes any free one (the printed URL names it).
    public var port: Int
    /// The PEM certificate and key files, when the desk speaks HTTPS.
    public var tls: (certificate: String, key: String)?
    /// The store the desk reads and writes (quotes and accounts), SQLite or PostgreSQL.
    public var store: DeskStore
    /// The workbench's archive folder (`sources/archive`), for the archived copies on SQLite
    /// (a store that keeps the bytes itself, as PostgreSQL does, gives them by ``Store/ClaimStore/archivedDocument(sha256:)``).
    public var archiveDirectory: URL
    /// Hashes and checks passwords.
    public var hasher: PasswordHasher
    /// How long a session may stay unused before it ends (8 hours).
    public var idleLimit: TimeInterval
    /// The organisation named as author of a ClaimReview download.
    public var organizationName: String

    /// A configuration; the defaults are the contract's (loopback, 8080, 8 idle hours).
    public init(host: String = "127.0.0.1", port: Int = 8080, tls: (certificate: String, key: String)? = nil,
                store: DeskStore, archiveDirectory: URL, hasher: PasswordHasher = PasswordHasher(),
                idleLimit: TimeInterval = 8 * 3600, organizationName: String = "quotecheck") {
        self.host = host
        self.port = port
        self.tls = tls
        self.store = store
        self.archiveDirectory = archiveDirectory
        self.hasher = hasher
        self.idleLimit = idleLimit
        self.organizationName = organizationName
    }

    /// Whether `host` is a loopback address (127.0.0.0/8, ::1 or `localhost`): only those may serve plain HTTP
    /// without `--insecure-http`.
    public static func isLoopback(_ host: String) -> Bool {
        let lowered = host.lowercased()
        if lowered == "localhost" || lowered == "::1" || lowered == "[::1]" { return true }
        let parts = lowered.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }
}
