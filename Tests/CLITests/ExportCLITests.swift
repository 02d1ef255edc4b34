import Foundation
import Testing

@Suite("export, run as a real process: CSV columns, ClaimReview requirements, backups with the evidence", .serialized)
struct ExportCLITests {
    /// A workbench with the sample imported and quotes 3 (verified, unproven) and 6 (misquoted) marked.
    static func markedWorkbench() throws -> String {
        let wb = try CLI.workbench()
        #expect(try CLI.run(["--workbench", wb, "import", sample]).status == 0)
        #expect(try CLI.run(["--workbench", wb, "mark", "3", "--status", "verified", "--rating", "unproven",
                             "--reviewer", "ana"]).status == 0)
        #expect(try CLI.run(["--workbench", wb, "mark", "6", "--status", "misquoted", "--rating", "false",
                             "--reviewer", "bea"]).status == 0)
        return wb
    }

    @Test("the CSV says how each date was found and on which site")
    func csvHasBasisAndSite() throws {
        let wb = try Self.markedWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let csv = try CLI.run(["--workbench", wb, "export", "--status", "all"])
        #expect(csv.status == 0)
        let lines = csv.stdout.components(separatedBy: "\r\n")
        #expect(lines.first == "id,quote,speaker,speaker_role,said_on,said_on_basis,status,rating,note,evidence,"
            + "reviewed_by,reviewed_at,source_title,source_site,source_url,published_at,context")
        #expect(lines[1].hasPrefix("1,common understanding,U.S. and Ukrainian officials,,2025-11-24,explicit,unreviewed,"))
        #expect(lines[1].contains(",Trump’s Envoy to Meet Putin on Russia - Ukraine Peace Plan,The Daily Ledger,https://"))
    }

    @Test("ClaimReview without --review-url or --org-name, or of unreviewed quotes, is a usage error naming the flag",
          arguments: [
              (["--org-name", "Ledger Fact Check"], "--review-url"),
              (["--review-url", "https://check.example/q/{id}"], "--org-name"),
              (["--review-url", "check.example/{id}", "--org-name", "Ledger"], "--review-url"),
              (["--review-url", "https://check.example/q/", "--org-name", "Ledger"], "--review-url"),
              (["--review-url", "https://check.example/q/{id}", "--org-name", "Ledger", "--status", "unreviewed"],
               "--status unreviewed: unreviewed quotes are never published"),
          ])
    func claimReviewNeedsItsFlags(flags: [String], named: String) throws {
        let wb = try Self.markedWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        for format in ["claimreview", "claimreview-jsonl"] {
            let result = try CLI.run(["--workbench", wb, "export", "--format", format] + flags,
                                     environment: ["QUOTECHECK_ORG_NAME": ""])
            #expect(result.status == 64, "\(format) \(flags)")
            #expect(result.stderr.contains(named), "\(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test("ClaimReview: a url per quote, the verdict's day, the quote's day, DESIGN's names, no unreviewed quote")
    func claimReviewFields() throws {
        let wb = try Self.markedWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let result = try CLI.run(["--workbench", wb, "export", "--format", "claimreview-jsonl", "--status", "all",
                                  "--review-url", "https://check.example/quotes/{id}", "--org-name", "Ledger Fact Check"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("left out 5 unreviewed quotes"))
        let reviews = try jsonLines(result.stdout)
        let records = try jsonLines(try CLI.run(["--workbench", wb, "list", "--format", "jsonl", "--status", "all"]).stdout)
        #expect(reviews.map { $0["url"] as? String } == ["https://check.example/quotes/3", "https://check.example/quotes/6"])
        for (review, id) in zip(reviews, [3, 6]) {
            let record = try #require(records.first { $0["id"] as? Int == id })
            let reviewedAt = try #require(record["reviewed_at"] as? String)
            #expect(review["datePublished"] as? String == String(reviewedAt.prefix(10)))
            let claim = try #require(review["itemReviewed"] as? [String: Any])
            #expect(claim["datePublished"] as? String == record["said_on"] as? String)
            let author = try #require(review["author"] as? [String: Any])
            #expect(author["name"] as? String == "Ledger Fact Check")
        }
        let names = reviews.map { ($0["reviewRating"] as? [String: Any])?["alternateName"] as? String }
        #expect(names == ["Unproven", "Misquoted"])
    }

    @Test("export --with-archive, then import of the backup into a new workbench restores the evidence: import --offline works there")
    func backupWithTheEvidence() throws {
        let page = try Array(Data(contentsOf: CLI.repository.appendingPathComponent(sample)))
        let server = try LocalHTTPServer(body: page)
        let url = "http://127.0.0.1:\(server.port)/2025/11/26/story.html"
        let first = try CLI.workbench(), second = try CLI.workbench(), backup = try CLI.workbench()
        defer {
            for folder in [first, second, backup] { try? FileManager.default.removeItem(atPath: folder) }
        }
        let fetched = try CLI.run(["--workbench", first, "import", url])
        server.stop()
        #expect(fetched.status == 0, "\(fetched.stderr)")
        #expect(fetched.stdout.contains("7 quotes\tnew"))
        #expect(try CLI.run(["--workbench", first, "mark", "3", "--status", "verified", "--reviewer", "ana"]).status == 0)

        let file = (backup as NSString).appendingPathComponent("backup.jsonl")
        let folder = (backup as NSString).appendingPathComponent("archive")
        let exported = try CLI.run(["--workbench", first, "export", "--status", "all", "--format", "jsonl",
                                    "--output", file, "--with-archive", folder])
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(exported.stderr.contains("copied 1 archived document to \(folder)"))
        let copies = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(copies.count == 2)  // the bytes and the sidecar
        let records = try jsonLines(try String(contentsOfFile: file, encoding: .utf8))
        let detail = try #require((records.first?["appearances_detail"] as? [[String: Any]])?.first)
        let sha = try #require(detail["sha256"] as? String)
        #expect(detail["archive_copy"] as? String == "archive/\(sha).html")

        // Without the restore, the URL cannot be served offline.
        #expect(try CLI.run(["--workbench", second, "import", "--offline", url]).status == 1)
        try FileManager.default.removeItem(atPath: second)
        try FileManager.default.createDirectory(atPath: second, withIntermediateDirectories: true)

        let restored = try CLI.run(["--workbench", second, "import", file])
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(restored.stdout == """
            \(file)\texport of 7 quotes\t7 quotes added, 0 already here; 1 source added, 0 already here; \
            1 verdict taken from it; 1 audit entry added; 1 archived document restored, 0 already here
            imported 1 source (7 new quotes), 0 duplicates, 0 failed

            """)
        let archived = (second as NSString).appendingPathComponent("sources/archive")
        #expect(try FileManager.default.contentsOfDirectory(atPath: archived).sorted() == copies)

        let offline = try CLI.run(["--workbench", second, "import", "--offline", url])
        #expect(offline.status == 0, "\(offline.stderr)")
        #expect(offline.stdout.contains("7 quotes\tduplicate"))

        // The same backup again adds nothing, and says so.
        let again = try CLI.run(["--workbench", second, "import", file])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout == """
            \(file)\texport of 7 quotes\t0 quotes added, 7 already here; 0 sources added, 1 already here; \
            0 verdicts taken from it; 0 audit entries added; 0 archived documents restored, 1 already here
            imported 0 sources (0 new quotes), 1 duplicate, 0 failed

            """)
    }

    @Test("restoring a backup (without its archive) says what it added, and the summary agrees with it")
    func restoreSummaryAgrees() throws {
        let wb = try Self.markedWorkbench(), target = try CLI.workbench()
        defer {
            for folder in [wb, target] { try? FileManager.default.removeItem(atPath: folder) }
        }
        let file = (wb as NSString).appendingPathComponent("backup.jsonl")
        #expect(try CLI.run(["--workbench", wb, "export", "--status", "all", "--format", "jsonl", "--output", file]).status == 0)
        let restored = try CLI.run(["--workbench", target, "import", file])
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(restored.stdout == """
            \(file)\texport of 7 quotes\t7 quotes added, 0 already here; 1 source added, 0 already here; \
            2 verdicts taken from it; 4 audit entries added; \
            no archived documents in it (export --with-archive DIR keeps them)
            imported 1 source (7 new quotes), 0 duplicates, 0 failed

            """)
    }

    @Test("a backup whose archived bytes were changed is refused, naming the file; nothing is merged")
    func tamperedBackupIsRefused() throws {
        let wb = try CLI.workbench(), target = try CLI.workbench(), backup = try CLI.workbench()
        defer {
            for folder in [wb, target, backup] { try? FileManager.default.removeItem(atPath: folder) }
        }
        #expect(try CLI.run(["--workbench", wb, "import", sample]).status == 0)
        let file = (backup as NSString).appendingPathComponent("backup.jsonl")
        let folder = (backup as NSString).appendingPathComponent("archive")
        #expect(try CLI.run(["--workbench", wb, "export", "--status", "all", "--format", "jsonl", "--output", file,
                             "--with-archive", folder]).status == 0)
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first { !$0.hasSuffix(".json") })
        let copy = (folder as NSString).appendingPathComponent(name)
        try Data("<p>forged</p>".utf8).write(to: URL(fileURLWithPath: copy))

        let result = try CLI.run(["--workbench", target, "import", file])
        #expect(result.status == 1)
        #expect(result.stderr.contains("'\(copy)' is not the archived document it stands for: its SHA-256 is"))
        #expect(try CLI.run(["--workbench", target, "list", "--status", "all", "--format", "jsonl"]).stdout.isEmpty)
        let archived = (target as NSString).appendingPathComponent("sources/archive")
        #expect((try? FileManager.default.contentsOfDirectory(atPath: archived))?.isEmpty ?? true)
    }

    @Test("nothing is overwritten: a different file already in the backup folder or in the archive is an error naming it")
    func nothingIsOverwritten() throws {
        let wb = try CLI.workbench(), target = try CLI.workbench(), backup = try CLI.workbench()
        defer {
            for folder in [wb, target, backup] { try? FileManager.default.removeItem(atPath: folder) }
        }
        #expect(try CLI.run(["--workbench", wb, "import", sample]).status == 0)
        let file = (backup as NSString).appendingPathComponent("backup.jsonl")
        let folder = (backup as NSString).appendingPathComponent("archive")
        let arguments = ["--workbench", wb, "export", "--status", "all", "--format", "jsonl", "--output", file,
                         "--with-archive", folder]
        #expect(try CLI.run(arguments).status == 0)
        // Exporting again into the same folder finds the same files: nothing to do.
        let again = try CLI.run(arguments)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.contains("copied 0 archived documents to \(folder) (1 already there)"))

        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first { !$0.hasSuffix(".json") })
        let copy = (folder as NSString).appendingPathComponent(name)
        try Data("someone else's file".utf8).write(to: URL(fileURLWithPath: copy))
        let refused = try CLI.run(arguments)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("'\(copy)' already exists with other contents; it is not overwritten"))
        #expect(try String(contentsOfFile: copy, encoding: .utf8) == "someone else's file")

        // The restore side: the archive already holds other bytes under the document's name.
        let fresh = Array(arguments.prefix(9)) + ["--with-archive", (backup as NSString).appendingPathComponent("fresh")]
        #expect(try CLI.run(fresh).status == 0)
        let archived = (target as NSString).appendingPathComponent("sources/archive")
        try FileManager.default.createDirectory(atPath: archived, withIntermediateDirectories: true)
        let occupied = (archived as NSString).appendingPathComponent(name)
        try Data("not the page".utf8).write(to: URL(fileURLWithPath: occupied))
        let restore = try CLI.run(["--workbench", target, "import", file])
        #expect(restore.status == 1)
        #expect(restore.stderr.contains("'\(occupied)' already exists with other contents; it is not overwritten"))
        #expect(try String(contentsOfFile: occupied, encoding: .utf8) == "not the page")
    }

    @Test("--with-archive applies to jsonl only (usage error, 64)")
    func withArchiveNeedsJSONLines() throws {
        let wb = try CLI.workbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let result = try CLI.run(["--workbench", wb, "export", "--format", "csv", "--with-archive", wb + "/x"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--with-archive"))
    }
}
