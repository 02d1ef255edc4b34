import Foundation
import Ingest
import Store

/// The archived copy of a quote's source as `show` and `review` give it, and
/// `w` of the review, which opens it with `$BROWSER`.
enum ArchivedCopy {
    /// The archived file in this workbench's `archive` (by the recorded file's name, so
    /// that a workbench moved elsewhere still finds it), else the path recorded on
    /// import if that file exists; `nil` when the source has no archived copy here.
    static func path(recorded: String?, archive: Archive) -> String? {
        guard let recorded, !recorded.isEmpty else { return nil }
        let local = archive.directory.appendingPathComponent(URL(fileURLWithPath: recorded).lastPathComponent).path
        if FileManager.default.fileExists(atPath: local) { return local }
        return FileManager.default.fileExists(atPath: recorded) ? recorded : nil
    }

    /// Starts `$BROWSER` with `path` as its last argument and does not wait for it (a
    /// graphical browser opens its own window; its output goes nowhere, so that it
    /// cannot write over the review). Returns the line to show the reviewer: what was
    /// started, or the path itself when `$BROWSER` is not set or cannot be started.
    static func open(_ path: String) -> String {
        let environment = ProcessInfo.processInfo.environment
        guard let browser = environment["BROWSER"]?.trimmingCharacters(in: .whitespaces), !browser.isEmpty else {
            return "archived copy: \(path)"
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // $BROWSER may hold options ("firefox --new-window"): the shell splits it into words.
        process.arguments = ["-c", "exec $BROWSER \"$1\"", "quotecheck-browser", path]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return "could not start $BROWSER (\(error.localizedDescription)); archived copy: \(path)"
        }
        return "opened with \(browser): \(path)"
    }

    /// What to add to "no archived copy in this workbench" on a store that keeps the
    /// archived bytes itself (PostgreSQL): where to read them instead.
    static func elsewhere(_ store: any ClaimStore) -> String {
        store is ClaimsStore ? "" : " (on a PostgreSQL store the bytes are in the database: 'quotecheck archive SHA256')"
    }
}
