import ArgumentParser
import Export
import Foundation
import Store

/// `quotecheck archive SHA256 [--sidecar]`
struct ArchiveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "Write an archived document's bytes (or its JSON sidecar) to standard output, byte for byte.",
        discussion: HelpText.prose("""
        SHA256 is the document's hash as 'quotecheck sources' lists it (64 hex digits).
        The bytes are the ones imported, unchanged; --sidecar gives instead the JSON
        that records where they came from and every fetch that returned them. An
        unknown hash exits 1; a malformed one exits 64.

        Examples:
          quotecheck archive 3f1c…e9 > page.html
          quotecheck archive 3f1c…e9 --sidecar | jq .fetches
        """)
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The document's SHA-256 (64 hex digits, see 'quotecheck sources').", valueName: "SHA256"))
    var sha256: String

    @Flag(help: "Write the JSON sidecar instead of the bytes.")
    var sidecar = false

    func validate() throws {
        let hex = sha256.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
            || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0 | 0x20) }
        guard sha256.utf8.count == 64, hex else {
            throw ValidationError("SHA256 '\(sha256)' is not a SHA-256: give the 64 hex digits that 'quotecheck sources' lists")
        }
    }

    func run() async throws {
        let hash = sha256.lowercased()
        let found = try await global.withStore { store in try await store.archivedDocument(sha256: hash) }
        guard let document = found else { throw ArchiveCommandError.unknown(hash) }
        let bytes: [UInt8]
        if sidecar {
            guard let json = document.sidecar else { throw ArchiveCommandError.noSidecar(hash) }
            bytes = json
        } else {
            bytes = document.bytes
        }
        // A reader that goes away (`archive … | head -c 100`) is not an error.
        signal(SIGPIPE, SIG_IGN)
        let out = FileDescriptorOutput.standardOutput()
        do {
            try bytes.withUnsafeBytes { try out.write(bytes: $0) }
        } catch ExportOutputError.closed {
            return
        } catch ExportOutputError.failed(let name, let why) {
            throw CLIError.output(name, why)
        }
    }
}

/// Why `archive` has nothing to write.
enum ArchiveCommandError: LocalizedError {
    /// No source of the store has this SHA-256.
    case unknown(String)
    /// The document has no sidecar.
    case noSidecar(String)

    var errorDescription: String? {
        switch self {
        case .unknown(let sha256): "no archived document with SHA-256 \(sha256) (see 'quotecheck sources')"
        case .noSidecar(let sha256): "the archived document \(sha256) has no sidecar"
        }
    }
}
