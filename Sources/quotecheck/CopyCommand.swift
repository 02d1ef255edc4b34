import ArgumentParser
import Foundation
import Store
import StorePostgres

/// `quotecheck copy --to URL|DIR`
struct CopyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy the whole workbench into an empty store: a PostgreSQL database or another workbench folder.",
        discussion: HelpText.prose("""
        Everything is copied with its ids: sources with their archived bytes and
        sidecars, fetches, speakers and aliases, claims, appearances, verdicts, audit
        trails, assignments, findings and removals, so that 'export --format jsonl
        --status all' gives the same bytes from the copy. The target must be empty
        (a store that is not is refused, exit 1); the copy is one transaction, and a
        failure leaves the target empty. A URL's password is never printed.

        Examples:
          quotecheck copy --to postgres://ana@db.example.org/claims
          quotecheck copy --to ../backup-workbench
        """)
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(
        "The empty store to fill: postgres://USER[:PASSWORD]@HOST[:PORT]/DB (or postgresql://…), or a workbench folder.",
        valueName: "URL|DIR"))
    var to: String

    func validate() throws {
        if to.isEmpty { throw ValidationError("--to: give a postgres:// URL or a workbench folder") }
        if CopyTarget.isURL(to) {
            do {
                _ = try PostgresURL(to)
            } catch {
                throw ValidationError("--to: \(error)")
            }
        }
    }

    func run() async throws {
        let source = try global.openStore()
        let progress = CopyProgressLine(isShown: isatty(STDERR_FILENO) == 1)
        let report: CopyReport
        let name: String
        switch try CopyTarget(to) {
        case .postgres(let url):
            name = url.description
            let target = try await PostgresClaimStore.open(url)
            do {
                report = try await target.copy(from: source) { progress.show(done: $0, total: $1) }
            } catch {
                progress.clear()
                await target.close()
                throw error
            }
            await target.close()
        case .directory(let folder):
            name = folder.path
            report = try copy(source, intoWorkbench: folder, progress: progress)
        }
        progress.clear()
        printError("copied \(report.totalRows) rows and \(report.documents) archived document"
                   + (report.documents == 1 ? "" : "s") + " to \(name)")
        for sha256 in report.missingDocuments {
            printError("warning: source \(sha256) has no archived bytes in this workbench; the copy lacks them too")
        }
    }

    /// Copies into the workbench `folder` (created if needed), whose store must be empty.
    private func copy(_ source: ClaimsStore, intoWorkbench folder: URL, progress: CopyProgressLine) throws -> CopyReport {
        let claims = folder.appendingPathComponent("claims", isDirectory: true)
        let database = claims.appendingPathComponent("claims.sqlite")
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), !isFolder.boolValue {
            throw UsageFailure("--to: '\(folder.path)' is a file, not a folder: give an empty folder or a postgres:// URL")
        }
        do {
            try FileManager.default.createDirectory(at: claims, withIntermediateDirectories: true)
        } catch {
            throw CLIError.workbench(folder.path, FileSystemReason.describe(error))
        }
        let target = try ClaimsStore(path: database.path)
        do {
            return try target.copy(from: source) { progress.show(done: $0, total: $1) }
        } catch {
            progress.clear()
            throw error
        }
    }
}

/// Where `copy --to` copies: a PostgreSQL store or a workbench folder.
enum CopyTarget {
    /// A PostgreSQL store at this URL.
    case postgres(PostgresURL)
    /// The workbench in this folder (created if missing).
    case directory(URL)

    /// Whether `text` is meant as a PostgreSQL URL.
    static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// The target `text` names.
    init(_ text: String) throws {
        if Self.isURL(text) {
            self = .postgres(try PostgresURL(text))
        } else {
            self = .directory(URL(fileURLWithPath: text, isDirectory: true).standardizedFileURL)
        }
    }
}

/// The line `copy` draws on a terminal's standard error: rows copied of the total and the rate.
final class CopyProgressLine: @unchecked Sendable {
    /// Whether standard error is a terminal.
    let isShown: Bool
    /// When the copy began.
    private let start = ContinuousClock.now

    /// A line drawn only when `isShown`.
    init(isShown: Bool) { self.isShown = isShown }

    /// Draws `done` rows of `total`.
    func show(done: Int, total: Int) {
        guard isShown, total > 0 else { return }
        let width = 20
        let filled = min(done, total) * width / total
        let elapsed = (ContinuousClock.now - start).components
        let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
        var line = "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
            + "] \(done)/\(total) rows"
        if seconds > 0, done > 0 { line += "  \(Int(Double(done) / seconds)) rows/s" }
        fputs("\r\u{1B}[K" + line, cStandardError)
    }

    /// Erases the line.
    func clear() {
        guard isShown else { return }
        fputs("\r\u{1B}[K", cStandardError)
    }
}
