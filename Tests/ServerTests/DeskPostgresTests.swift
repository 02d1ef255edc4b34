import Foundation
import Testing

/// The desk on a PostgreSQL store (`quotecheck users|serve --database URL`, issue 18): accounts
/// live in the store, verdicts are credited to the signed-in account under the conflict rule,
/// and the archived copy comes from the store (no file in any workbench).
@Suite("The web desk on PostgreSQL (--database), over HTTP against a real server", .serialized)
struct DeskPostgresTests {
    static let users = [("ana", "ana's long password"), ("ben", "ben's long password")]

    @Test("two accounts made on PostgreSQL sign in, a verdict is credited, the conflict rule holds, the archived copy reads",
          .enabled(if: DeskPostgresServer.text != nil, DeskPostgresServer.skipped))
    func teamDesk() async throws {
        // The sample workbench copied to a database of its own; the desk then runs in an empty folder.
        let sample = try DeskProcess.workbench(users: [])
        defer { try? FileManager.default.removeItem(atPath: sample) }
        let database = try await DeskPostgresServer.freshDatabase()
        let copied = try DeskProcess.run(["--workbench", sample, "copy", "--to", database])
        try #require(copied.status == 0, "\(copied.stderr)")
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("qc-desk-pg-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: empty) }
        let store = ["--workbench", empty, "--database", database]

        for (name, password) in Self.users {
            let added = try DeskProcess.run(store + ["users", "add", name, "--password-stdin"], input: password + "\n")
            try #require(added.status == 0, "\(added.stderr)")
            #expect(added.stdout.contains("added account '\(name)'"))
        }
        let listed = try DeskProcess.run(store + ["users", "list"])
        #expect(listed.status == 0)
        #expect(listed.stdout.contains("ana\t") && listed.stdout.contains("ben\t"))
        let local = try DeskProcess.run(["--workbench", sample, "users", "list"])
        #expect(local.stdout.isEmpty, "the accounts are the PostgreSQL store's, not the workbench's")

        let desk = try DeskProcess(workbench: empty, extraArguments: ["--database", database])
        defer { desk.stop() }
        var ana = DeskClient(desk), ben = DeskClient(desk)
        #expect(try await ana.signIn("ana", Self.users[0].1).status == 303)
        #expect(try await ben.signIn("ben", Self.users[1].1).status == 303)
        var stranger = DeskClient(desk)
        #expect(try await stranger.signIn("ana", "not ana's password").status == 401)

        // A verdict credited to the signed-in reviewer, whatever a form field says.
        let page = try await ana.get("/quotes/1")
        #expect(page.status == 200)
        #expect(page.body.contains("quote 1 of 7"))
        let given = try await ana.post("/quotes/1/verdict", [
            ("csrf", try #require(page.csrf)), ("version", try #require(page.version)), ("status", "misquoted"),
            ("note", "checked the tape"), ("reviewer", "mallory"), ("reviewed_by", "mallory"),
        ])
        #expect(given.status == 303)
        #expect(given.location == "/next?after=1")

        // The conflict rule between the two: ben's form is stale once ana has given her verdict.
        let anaPage = try await ana.get("/quotes/2"), benPage = try await ben.get("/quotes/2")
        #expect(anaPage.version == benPage.version)
        let first = try await ana.post("/quotes/2/verdict", [
            ("csrf", try #require(anaPage.csrf)), ("version", try #require(anaPage.version)), ("status", "verified"),
        ])
        #expect(first.status == 303)
        let second = try await ben.post("/quotes/2/verdict", [
            ("csrf", try #require(benPage.csrf)), ("version", try #require(benPage.version)), ("status", "misattributed"),
        ])
        #expect(second.status == 409)
        #expect(second.body.contains("<strong>ana</strong> changed status from “unreviewed” to “verified”"))

        let quotes = try DeskProcess.run(store + ["list", "--status", "all", "--format", "jsonl"])
        try #require(quotes.status == 0, "\(quotes.stderr)")
        let rows = quotes.stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        let one = try #require(rows.first { ($0["id"] as? Int) == 1 })
        #expect(one["status"] as? String == "misquoted")
        #expect(one["reviewed_by"] as? String == "ana")
        let two = try #require(rows.first { ($0["id"] as? Int) == 2 })
        #expect(two["status"] as? String == "verified", "ben's stale verdict was not recorded")
        #expect(two["reviewed_by"] as? String == "ana")

        // The archived copy comes from the store: the desk's workbench holds no file.
        let archive = try await ana.get("/quotes/1/archive")
        #expect(archive.status == 200)
        #expect(archive.headers.first(name: "content-type") == "text/plain")
        #expect(archive.body.contains("<html"))
        #expect(try await ana.get("/quotes/1").body.contains("/quotes/1/archive"))

        // The downloads read the same store: JSON Lines records and ClaimReview.
        let records = try await ana.get("/export?format=jsonl&status=all")
        #expect(records.status == 200)
        #expect(records.body.split(separator: "\n").count == 7)
        #expect(records.body.contains("checked the tape"))
        let reviews = try await ana.get("/export?format=claimreview&status=all")
        #expect(reviews.status == 200)
        #expect(reviews.body.hasPrefix("[\n") && reviews.body.contains("\"ClaimReview\""))

        desk.stop()
        await DeskPostgresServer.drop(database)
    }
}
