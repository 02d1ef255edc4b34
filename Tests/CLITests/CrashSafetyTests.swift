import Foundation
import Testing
import Store

/// A bulk import killed with SIGKILL at any moment leaves a sound store with
/// no partly imported source, and the same command then completes it.
@Suite("Crash safety", .serialized)
struct CrashSafetyTests {
    /// Writes `count` distinct pages, each with one quote of its own.
    private func writePages(_ count: Int, to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for i in 0..<count {
            let html = """
            <html><head><title>Council meeting \(i)</title></head><body><article><h1>Council meeting \(i)</h1>
            <p>The council met for session number \(i) to discuss the harbour budget and the ferry timetable.</p>
            <p>“Item \(i) of the agenda is settled for good,” said councillor Ann Lee\(i % 7 == 0 ? "" : ", the chair").</p>
            </article></body></html>
            """
            try Data(html.utf8).write(to: folder.appendingPathComponent(String(format: "page-%04d.html", i)))
        }
    }

    /// The documents archived so far under `workbench` (sidecars not counted).
    private func archivedCount(_ workbench: URL) -> Int {
        let archive = workbench.appendingPathComponent("sources/archive").path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: archive)) ?? []
        return names.filter { !$0.hasSuffix(".json") && !$0.hasPrefix(".") }.count
    }

    /// Runs the import; with `killAt`, kills it with SIGKILL as soon as that
    /// many more documents are in the archive than when it started (an event
    /// of the import itself, not a delay, so a slow machine kills it at the
    /// same point), or lets it end if it finishes first.
    private func runImport(_ binary: URL, folder: URL, workbench: URL, killAt more: Int?) throws -> Int32 {
        let process = Process()
        process.executableURL = binary
        process.arguments = ["--workbench", workbench.path, "import", folder.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let before = archivedCount(workbench)
        try process.run()
        if let more {
            while process.isRunning && archivedCount(workbench) < before + more {
                usleep(500)
            }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test("SIGKILL during a bulk import: integrity holds, no partial source, the rerun completes")
    func killDuringImport() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("qc-crash-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let pages = root.appendingPathComponent("pages")
        let workbench = root.appendingPathComponent("wb")
        try writePages(300, to: pages)
        let quotecheck = try CLI.binary()
        let storePath = workbench.appendingPathComponent("claims/claims.sqlite").path
        var killedMidway = 0
        for more in [1, 15, 40, 60, 90] {
            _ = try runImport(quotecheck, folder: pages, workbench: workbench, killAt: more)
            guard FileManager.default.fileExists(atPath: storePath) else { continue }
            let store = try ClaimsStore(path: storePath)
            #expect(try store.integrityCheck() == "ok")
            let counts = try store.appearanceCounts()
            // Every source that made it in carries its one quote: none is half imported.
            #expect(counts.values.allSatisfy { $0 == 1 }, "a source without its quote: \(counts.filter { $0.value != 1 })")
            if counts.count < 300 { killedMidway += 1 }
        }
        #expect(killedMidway > 0, "no kill landed during the import; the test proved nothing")
        #expect(try runImport(quotecheck, folder: pages, workbench: workbench, killAt: nil) == 0)
        let store = try ClaimsStore(path: storePath)
        #expect(try store.integrityCheck() == "ok")
        #expect(try store.sources().count == 300)
        #expect(try store.quotes(matching: .all).count == 300)
    }
}
