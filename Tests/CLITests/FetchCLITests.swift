import Foundation
import Testing

@Suite("import URL…, run as a real process (no network: refusals and --offline)", .serialized)
struct FetchCLITests {
    @Test("other schemes, a URL not in the archive offline and a refused connection fail with exit 1; nothing is stored")
    func refusals() throws {
        let wb = try CLI.workbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let result = try CLI.run(["--workbench", wb, "import", "ftp://127.0.0.1/story.html", "javascript:alert(1)",
                                  "--offline", "http://127.0.0.1:9/never-fetched"])
        #expect(result.status == 1)
        #expect(result.stdout == "imported 0 sources (0 new quotes), 0 duplicates, 3 failed\n")
        #expect(result.stderr.contains("cannot import 'ftp://127.0.0.1/story.html': the scheme 'ftp' is not supported"))
        #expect(result.stderr.contains("cannot import 'javascript:alert(1)': the scheme 'javascript' is not supported"))
        #expect(result.stderr.contains("cannot import 'http://127.0.0.1:9/never-fetched' offline: no fetch of it is recorded"))
        let refused = try CLI.run(["--workbench", wb, "import", "--timeout", "5", "http://127.0.0.1:9/", sample])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("cannot fetch 'http://127.0.0.1:9/'"))
        #expect(refused.stdout.contains("imported 1 source (7 new quotes), 0 duplicates, 1 failed"))
        let sources = try jsonLines(try CLI.run(["--workbench", wb, "sources", "--format", "jsonl"]).stdout)
        #expect(sources.count == 1)
        #expect(sources.first?["final_url"] is NSNull)
        #expect(sources.first?["fetched_at"] is NSNull)
    }

    @Test("--timeout must be positive (usage error, 64)")
    func timeoutValidation() throws {
        let wb = try CLI.workbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        #expect(try CLI.run(["--workbench", wb, "import", "--timeout", "0", sample]).status == 64)
    }
}
