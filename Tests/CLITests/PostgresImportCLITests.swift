import Foundation
import StorePostgres
import Testing

/// `quotecheck import` on a PostgreSQL store (`--database`, issue 17) prints,
/// stores and fails as on the workbench's SQLite store: one table of steps,
/// run on a fresh workbench and on a fresh database, transcripts compared.
@Suite("import on PostgreSQL (--database) as on SQLite", .serialized)
struct PostgresImportCLITests {
    /// One command of the table, with what it must do on SQLite.
    struct Step: CustomStringConvertible {
        var arguments: [String]
        var status: Int32 = 0
        /// Text its standard output (else standard error, when it fails) must hold.
        var shows: String?
        /// What is fed on standard input.
        var input: String?

        var description: String { arguments.joined(separator: " ") }
    }

    /// Runs every step with `store` before it and gives each one's exit status and output, timestamps masked.
    static func transcript(_ steps: [Step], store: [String]) throws -> [String] {
        try steps.map { step in
            let result = try CLI.run(store + step.arguments, input: step.input, environment: ["COLUMNS": "120"])
            let text = "\(step)\n→ \(result.status)\n\(result.stdout)\n\(result.stderr)"
            return text.replacing(#/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/#, with: "<time>")
        }
    }

    /// A folder of inputs both backends import: two pages, a PNG and a page with no markup.
    static func inputs() throws -> String {
        let folder = try CLI.workbench()
        try FileManager.default.createDirectory(atPath: folder + "/pages", withIntermediateDirectories: true)
        try """
            <html><head><title>Council vote</title></head><body><article>
            <p>“We will fix every road in the city by spring,” Mayor Ada Lane said on Tuesday.</p>
            </article></body></html>
            """.write(toFile: folder + "/pages/a-council.html", atomically: true, encoding: .utf8)
        try """
            <html><head><title>Budget</title></head><body><article>
            <p>“The budget is balanced for the first time in a decade,” said Treasurer Ben Ortiz.</p>
            </article></body></html>
            """.write(toFile: folder + "/pages/b-budget.html", atomically: true, encoding: .utf8)
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
            .write(to: URL(fileURLWithPath: folder + "/picture.html"))
        try "just words, no markup at all".write(toFile: folder + "/plain.html", atomically: true, encoding: .utf8)
        return folder
    }

    @Test("importing files, a folder and standard input, re-importing and bad files print and store the same on both backends",
          .enabled(if: PostgresCLIServer.text != nil, PostgresCLIServer.skipped))
    func sameImport() async throws {
        let folder = try Self.inputs()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let article = CLI.repository.appendingPathComponent(sample).path
        let bytes = try String(contentsOfFile: article, encoding: .utf8)
        let steps = [
            Step(arguments: ["import", article], shows: "\tnew"),
            Step(arguments: ["import", article], shows: "duplicate"),
            Step(arguments: ["import", folder + "/pages"], shows: "imported 2 sources"),
            Step(arguments: ["import", "-"], shows: "imported 1 source", input: """
                <html><body><p>“Nobody told us the bridge would close,” said Priya Shah, a shopkeeper.</p></body></html>
                """),
            Step(arguments: ["import", folder + "/picture.html"], status: 1, shows: "a PNG image"),
            Step(arguments: ["import", folder + "/plain.html", article], status: 1, shows: "no markup"),
            Step(arguments: ["import", folder + "/missing.html"], status: 1, shows: "missing.html"),
            Step(arguments: ["list", "--format", "jsonl", "--status", "all"], shows: "\"speaker\":\"Donald Trump\""),
            Step(arguments: ["list", "--format", "table"], shows: "Ada Lane"),
            Step(arguments: ["speakers", "--format", "jsonl"], shows: "Ben Ortiz"),
        ]
        let sqlite = try CLI.workbench()
        defer { try? FileManager.default.removeItem(atPath: sqlite) }
        let expected = try Self.transcript(steps, store: ["--workbench", sqlite])
        for (step, text) in zip(steps, expected) {
            #expect(text.contains("→ \(step.status)\n"), "\(text)")
            if let shows = step.shows { #expect(text.contains(shows), "\(step): \(text)") }
        }
        let sources = try jsonLines(try CLI.run(["--workbench", sqlite, "sources", "--format", "jsonl"]).stdout)
        let sha256 = try #require(sources.first?["sha256"] as? String)

        let database = try await PostgresCLIServer.freshDatabase()
        let empty = try CLI.workbench()
        defer { try? FileManager.default.removeItem(atPath: empty) }
        let store = ["--workbench", empty, "--database", database]
        let got = try Self.transcript(steps, store: store)
        for (wanted, text) in zip(expected, got) {
            #expect(text == wanted)
        }
        // The evidence is in the database: `archive` gives the bytes back, and no file was written.
        let archived = try CLI.run(store + ["archive", sha256])
        #expect(archived.status == 0, "\(archived.stderr)")
        #expect(archived.stdout == bytes)
        #expect(!FileManager.default.fileExists(atPath: empty + "/sources"), "a file was archived beside the database")
        #expect(!got.joined().contains(try #require(PostgresCLIServer.password)), "the password was printed")
        await PostgresCLIServer.drop(database)
    }

    @Test("the same bytes fetched from two URLs: the same lines on both backends, and the sidecar in the database keeps both fetches",
          .enabled(if: PostgresCLIServer.text != nil, PostgresCLIServer.skipped))
    func fetchedTwice() async throws {
        let article = CLI.repository.appendingPathComponent(sample).path
        let bytes = try Data(contentsOf: URL(fileURLWithPath: article))
        let server = try LocalHTTPServer(body: Array(bytes))
        defer { server.stop() }
        let url = "http://127.0.0.1:\(server.port)/2025/11/26/story.html"
        let sqlite = try CLI.workbench()
        let empty = try CLI.workbench()
        defer {
            try? FileManager.default.removeItem(atPath: sqlite)
            try? FileManager.default.removeItem(atPath: empty)
        }
        let database = try await PostgresCLIServer.freshDatabase()
        var sidecars: [[String: Any]] = []
        for store in [["--workbench", sqlite], ["--workbench", empty, "--database", database]] {
            let first = try CLI.run(store + ["import", url])
            #expect(first.status == 0, "\(first.stderr)")
            #expect(first.stdout.hasPrefix("\(url)\t"), "\(first.stdout)")
            #expect(first.stdout.contains("\tnew\n"), "\(first.stdout)")
            // Another URL with the same bytes: a second fetch, whatever the clock says.
            let second = try CLI.run(store + ["import", url + "?again"])
            #expect(second.stdout.contains("\tduplicate\n"), "\(second.stdout)")
            let sha256 = try #require(try ProcessSHA.sha256(of: article))
            let archived = try CLI.run(store + ["archive", sha256])
            #expect(archived.stdout == String(decoding: bytes, as: UTF8.self))
            let sidecar = try CLI.run(store + ["archive", sha256, "--sidecar"])
            #expect(sidecar.status == 0, "\(sidecar.stderr)")
            sidecars.append(try #require(try JSONSerialization.jsonObject(with: Data(sidecar.stdout.utf8)) as? [String: Any]))
        }
        for sidecar in sidecars {
            #expect(sidecar["url"] as? String == url)
            #expect((sidecar["fetches"] as? [Any])?.count == 2, "\(sidecar)")
        }
        await PostgresCLIServer.drop(database)
    }

    @Test("the server going away in the middle of a source: a clear error, exit 1, and nothing of that source stored",
          .enabled(if: PostgresCLIServer.text != nil, PostgresCLIServer.skipped))
    func serverGoneMidImport() async throws {
        let database = try await PostgresCLIServer.freshDatabase()
        let url = try PostgresURL(database)
        // The connection is cut as the source's appearances are sent: its row, quotes and bytes are in flight.
        let proxy = try CuttingProxy(to: url.port, cuttingAt: "INSERT INTO appearance")
        defer { proxy.stop() }
        let cut = database.replacingOccurrences(of: ":\(url.port)/", with: ":\(proxy.port)/")
        try #require(cut != database)
        let empty = try CLI.workbench()
        defer { try? FileManager.default.removeItem(atPath: empty) }
        let article = CLI.repository.appendingPathComponent(sample).path
        let result = try CLI.run(["--workbench", empty, "--database", cut, "import", article])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("imported 0 sources (0 new quotes), 0 duplicates, 1 failed"), "\(result.stdout)")
        #expect(result.stderr.contains("error: cannot store '\(article)': "), "\(result.stderr)")
        #expect(!result.stderr.contains(try #require(PostgresCLIServer.password)))
        // Straight to the server: nothing of the source, and the same import then goes through whole.
        let store = ["--workbench", empty, "--database", database]
        let sha256 = try #require(try ProcessSHA.sha256(of: article))
        let listed = try CLI.run(store + ["list", "--status", "all", "--format", "jsonl"])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.isEmpty, "\(listed.stdout)")
        #expect(try CLI.run(store + ["speakers", "--format", "jsonl"]).stdout.isEmpty)
        #expect(try CLI.run(store + ["archive", sha256]).stderr.contains("no archived document"))
        let again = try CLI.run(store + ["import", article])
        #expect(again.stdout.contains("imported 1 source (7 new quotes), 0 duplicates, 0 failed"), "\(again.stdout)")
        await PostgresCLIServer.drop(database)
    }

    @Test("on PostgreSQL, a workbench export and --offline are refused with exit 1, the rest still imported",
          .enabled(if: PostgresCLIServer.text != nil, PostgresCLIServer.skipped))
    func refusals() async throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let export = wb + "/export.jsonl"
        let exported = try CLI.run(["--workbench", wb, "export", "--format", "jsonl", "--output", export])
        try #require(exported.status == 0, "\(exported.stderr)")
        let database = try await PostgresCLIServer.freshDatabase()
        let empty = try CLI.workbench()
        defer { try? FileManager.default.removeItem(atPath: empty) }
        let store = ["--workbench", empty, "--database", database]
        let merged = try CLI.run(store + ["import", export, sample])
        #expect(merged.status == 1)
        #expect(merged.stdout.contains("imported 1 source (7 new quotes), 0 duplicates, 1 failed"), "\(merged.stdout)")
        #expect(merged.stderr.contains("export.jsonl: merging a workbench export is not available on a PostgreSQL store yet"),
                "\(merged.stderr)")
        let offline = try CLI.run(store + ["import", "--offline", "https://example.org/story.html"])
        #expect(offline.status == 1)
        #expect(offline.stderr.contains("quotecheck import: --offline is not available on a PostgreSQL store yet"),
                "\(offline.stderr)")
        await PostgresCLIServer.drop(database)
    }
}

/// The SHA-256 of a file, from `sha256sum` (the CLI tests link no crypto library).
enum ProcessSHA {
    /// The lowercase hex SHA-256 of the file at `path`, `nil` when `sha256sum` fails.
    static func sha256(of path: String) throws -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sha256sum", path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return text.split(separator: " ").first.map(String.init)
    }
}
