import Foundation
import Store
import Testing

/// Reviewing on the desk over HTTP: verdicts credited to the signed-in reviewer, the conflict rule, undo, exports.
@Suite("Reviewing on the web desk, over HTTP against a real server", .serialized)
struct DeskReviewTests {
    static let users = [("ana", "ana's long password"), ("ben", "ben's long password")]

    static func signedIn(_ desk: DeskProcess, _ index: Int) async throws -> DeskClient {
        var client = DeskClient(desk)
        let reply = try await client.signIn(users[index].0, users[index].1)
        try #require(reply.status == 303)
        return client
    }

    @Test("a verdict is credited to the signed-in reviewer, whatever a form field says; then the next unreviewed quote shows")
    func verdictCredit() async throws {
        let desk = try DeskProcess(workbench: try DeskProcess.workbench(users: Self.users))
        defer { desk.stop() }
        let ana = try await Self.signedIn(desk, 0)
        let page = try await ana.get("/quotes/1")
        #expect(page.status == 200)
        #expect(page.body.contains("quote 1 of 7"))
        #expect(page.body.contains("<mark>"))
        let reply = try await ana.post("/quotes/1/verdict", [
            ("csrf", try #require(page.csrf)), ("version", try #require(page.version)), ("status", "misquoted"),
            ("rating", "false"), ("note", "checked the tape"), ("evidence", "https://example.org/tape"),
            ("reviewer", "mallory"), ("reviewed_by", "mallory"),
        ])
        #expect(reply.status == 303)
        #expect(reply.location == "/next?after=1")
        let next = try await ana.get(try #require(reply.location))
        #expect(next.location == "/quotes/2")
        let store = try ClaimsStore(path: desk.workbench + "/claims/claims.sqlite")
        let quote = try #require(try store.quote(id: 1))
        #expect(quote.status == .misquoted)
        #expect(quote.rating == .false)
        #expect(quote.note == "checked the tape")
        #expect(quote.evidence == ["https://example.org/tape"])
        #expect(quote.reviewedBy == "ana")
        #expect(try store.history(quoteID: 1).allSatisfy { $0.who == "ana" })
        let shown = try await ana.get("/quotes/1")
        #expect(shown.body.contains(#"<a href="https://example.org/tape" rel="noopener noreferrer">"#))
        #expect(shown.body.contains("checked the tape"))
        // The list shows the rating as it is; "(no rating)" takes it away, traced to the reviewer.
        #expect(shown.body.contains(#"<option value="false" selected>false</option>"#))
        #expect(shown.body.contains(#"<option value="">(no rating)</option>"#))
        let cleared = try await ana.post("/quotes/1/verdict", [
            ("csrf", try #require(shown.csrf)), ("version", try #require(shown.version)), ("status", ""),
            ("rating", ""), ("note", "checked the tape"),
        ])
        #expect(cleared.status == 303)
        #expect(try store.quote(id: 1)?.rating == nil)
        #expect(try store.quote(id: 1)?.note == "checked the tape")
        let entry = try #require(try store.history(quoteID: 1).last)
        #expect(entry.field == "rating" && entry.oldValue == "false" && entry.newValue == nil && entry.who == "ana")
        #expect(try await ana.get("/quotes/1").body.contains(#"<option value="" selected>(no rating)</option>"#))
    }

    @Test("two reviewers on one quote: the second is shown the first one's change, nothing recorded, then gives the verdict anyway")
    func conflict() async throws {
        let desk = try DeskProcess(workbench: try DeskProcess.workbench(users: Self.users))
        defer { desk.stop() }
        let ana = try await Self.signedIn(desk, 0), ben = try await Self.signedIn(desk, 1)
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
        #expect(second.body.contains("Someone changed this quote since you opened it"))
        #expect(second.body.contains("<strong>ana</strong> changed status from “unreviewed” to “verified”"))
        #expect(second.body.contains("Give my verdict anyway"))
        let store = try ClaimsStore(path: desk.workbench + "/claims/claims.sqlite")
        #expect(try store.quote(id: 2)?.status == .verified)
        // The conflict box carries the current version and ben's fields: posting it records ben's verdict.
        let box = try #require(second.body.range(of: #"<section class="conflict""#)).lowerBound
        let conflictForm = DeskClient.Reply(status: 409, headers: [:], body: String(second.body[box...]))
        let anyway = try await ben.post("/quotes/2/verdict", [
            ("csrf", try #require(conflictForm.csrf)), ("version", try #require(conflictForm.version)), ("status", "misattributed"),
        ])
        #expect(anyway.status == 303)
        let quote = try #require(try store.quote(id: 2))
        #expect(quote.status == .misattributed)
        #expect(quote.reviewedBy == "ben")
    }

    @Test("undo reverses the signed-in reviewer's last change and shows that quote")
    func undo() async throws {
        let desk = try DeskProcess(workbench: try DeskProcess.workbench(users: Self.users))
        defer { desk.stop() }
        let ana = try await Self.signedIn(desk, 0), ben = try await Self.signedIn(desk, 1)
        for (client, id, status) in [(ana, 3, "verified"), (ben, 4, "unverifiable")] {
            let page = try await client.get("/quotes/\(id)")
            let reply = try await client.post("/quotes/\(id)/verdict", [
                ("csrf", try #require(page.csrf)), ("version", try #require(page.version)), ("status", status),
            ])
            #expect(reply.status == 303)
        }
        let csrf = try #require(try await ana.get("/").csrf)
        let undone = try await ana.post("/undo", [("csrf", csrf)])
        #expect(undone.status == 303)
        #expect(undone.location == "/quotes/3?undone=1")
        let store = try ClaimsStore(path: desk.workbench + "/claims/claims.sqlite")
        #expect(try store.quote(id: 3)?.status == .unreviewed)
        #expect(try store.quote(id: 4)?.status == .unverifiable, "ben's verdict is not ana's to undo")
        let nothing = try await ana.post("/undo", [("csrf", csrf)])
        #expect(nothing.location == "/?undone=0")
    }

    @Test("the queue's filters are list's, with n of N; the exports download CSV, JSON Lines and ClaimReview")
    func queueAndExports() async throws {
        let desk = try DeskProcess(workbench: try DeskProcess.workbench(users: Self.users))
        defer { desk.stop() }
        let ana = try await Self.signedIn(desk, 0)
        let page = try await ana.get("/quotes/6")
        _ = try await ana.post("/quotes/6/verdict", [
            ("csrf", try #require(page.csrf)), ("version", try #require(page.version)), ("status", "verified"), ("rating", "true"),
        ])
        let queue = try await ana.get("/")
        #expect(queue.body.contains("<strong>1 of 7</strong> reviewed"))
        let filtered = try await ana.get("/?speaker=Donald+Trump")
        #expect(filtered.body.contains("<strong>0 of 2</strong> reviewed"))
        let bad = try await ana.get("/?since=yesterday")
        #expect(bad.body.contains("Left out: since: &#39;yesterday&#39; is not a day"))

        let csv = try await ana.get("/export?format=csv")
        #expect(csv.status == 200)
        #expect(csv.headers.first(name: "content-type") == "text/csv; charset=utf-8")
        #expect(csv.headers.first(name: "content-disposition")?.contains("attachment") == true)
        let lines = csv.body.split(separator: "\r\n")
        #expect(lines.first == "id,quote,speaker,speaker_role,said_on,said_on_basis,status,rating,note,evidence,reviewed_by,reviewed_at,source_title,source_site,source_url,published_at,context")
        #expect(lines.count == 2)
        #expect(lines.dropFirst().first?.hasPrefix("6,") == true)
        #expect(lines.dropFirst().first?.contains(",verified,true,") == true)

        let jsonl = try await ana.get("/export?format=jsonl")
        #expect(jsonl.body.split(separator: "\n").count == 7)
        let claimReview = try await ana.get("/export?format=claimreview")
        let array = try #require(try JSONSerialization.jsonObject(with: Data(claimReview.body.utf8)) as? [[String: Any]])
        #expect(array.count == 1)
        #expect((array.first?["url"] as? String) == desk.baseURL + "/quotes/6")
    }
}
