import Foundation
import Store
import Testing

/// Accepting a corroboration finding (`f`) and searching the queue, over HTTP against a real desk.
@Suite("Findings and search on the web desk, over HTTP against a real server", .serialized)
struct DeskFindingAndSearchTests {
    /// A finding stored straight into the desk's workbench: quote 6 (Macron's words) corroborated
    /// as verbatim by the source itself (any stored source can stand as the primary one here).
    static func storeFinding(_ desk: DeskProcess, kind: FindingRecord.Kind = .verbatim) throws -> FindingRecord {
        let store = try ClaimsStore(path: desk.workbench + "/claims/claims.sqlite")
        try store.replaceFindings([
            NewFinding(quoteID: 6, kind: kind, score: 0.97, primarySourceID: 1, primaryQuoteID: nil,
                       primarySpeaker: "Emmanuel Macron", primaryText: "no Russian will for a ceasefire",
                       primaryStart: 0, primaryEnd: 31, diff: "no Russian will for a ceasefire"),
        ])
        return try #require(try store.findings(ofQuote: 6).first)
    }

    @Test("accepting the finding shown records its suggested status and its passage as evidence, by the signed-in reviewer")
    func acceptFinding() async throws {
        let desk = try DeskProcess(workbench: try DeskProcess.workbench(users: DeskReviewTests.users))
        defer { desk.stop() }
        let finding = try Self.storeFinding(desk, kind: .misquoted)
        let ana = try await DeskReviewTests.signedIn(desk, 0)
        let page = try await ana.get("/quotes/6")
        #expect(page.body.contains(#"<button type="submit" id="accept-finding">Accept: misquoted, with this passage as evidence (f)</button>"#))
        #expect(page.body.contains("<kbd>f</kbd> accept the first corroboration finding"))
        let reply = try await ana.post("/quotes/6/finding", [
            ("csrf", try #require(page.csrf)), ("version", try #require(page.version)), ("finding", String(finding.id)),
            ("reviewer", "mallory"),
        ])
        #expect(reply.status == 303)
        #expect(reply.location == "/next?after=6")
        let store = try ClaimsStore(path: desk.workbench + "/claims/claims.sqlite")
        let quote = try #require(try store.quote(id: 6))
        #expect(quote.status == .misquoted)
        #expect(quote.evidence == [finding.evidenceURL])
        #expect(quote.reviewedBy == "ana")
    }

    @Test("a finding accepted against an older version is a conflict: nothing recorded, the other change shown, and 'anyway' records it")
    func acceptFindingConflict() async throws {
        let desk = try DeskProcess(workbench: try DeskProcess.workbench(users: DeskReviewTests.users))
        defer { desk.stop() }
        let finding = try Self.storeFinding(desk)
        let ana = try await DeskReviewTests.signedIn(desk, 0), ben = try await DeskReviewTests.signedIn(desk, 1)
        let anaPage = try await ana.get("/quotes/6"), benPage = try await ben.get("/quotes/6")
        let first = try await ana.post("/quotes/6/verdict", [
            ("csrf", try #require(anaPage.csrf)), ("version", try #require(anaPage.version)), ("status", "unverifiable"),
        ])
        #expect(first.status == 303)
        let second = try await ben.post("/quotes/6/finding", [
            ("csrf", try #require(benPage.csrf)), ("version", try #require(benPage.version)), ("finding", String(finding.id)),
        ])
        #expect(second.status == 409)
        #expect(second.body.contains("<strong>ana</strong> changed status from “unreviewed” to “unverifiable”"))
        let store = try ClaimsStore(path: desk.workbench + "/claims/claims.sqlite")
        #expect(try store.quote(id: 6)?.status == .unverifiable)
        #expect(try store.quote(id: 6)?.evidence == [])
        let box = try #require(second.body.range(of: #"<section class="conflict""#)).lowerBound
        let conflictForm = DeskClient.Reply(status: 409, headers: [:], body: String(second.body[box...]))
        let anyway = try await ben.post("/quotes/6/verdict", [
            ("csrf", try #require(conflictForm.csrf)), ("version", try #require(conflictForm.version)),
            ("status", "verified"), ("evidence", finding.evidenceURL),
        ])
        #expect(anyway.status == 303)
        let quote = try #require(try store.quote(id: 6))
        #expect(quote.status == .verified)
        #expect(quote.evidence == [finding.evidenceURL])
        #expect(quote.reviewedBy == "ben")
    }

    @Test("accepting without a finding, or one that is not the quote's, changes nothing and says why; without csrf it is 403")
    func acceptFindingRefused() async throws {
        let desk = try DeskProcess(workbench: try DeskProcess.workbench(users: DeskReviewTests.users))
        defer { desk.stop() }
        let ana = try await DeskReviewTests.signedIn(desk, 0)
        let page = try await ana.get("/quotes/5")
        #expect(!page.body.contains(#"id="accept-finding""#))
        let none = try await ana.post("/quotes/5/finding", [("csrf", try #require(page.csrf)), ("version", try #require(page.version))])
        #expect(none.status == 400)
        #expect(none.body.contains("This quote has no corroboration finding (run &#39;quotecheck corroborate&#39;). Nothing was changed."))
        let finding = try Self.storeFinding(desk)
        let wrong = try await ana.post("/quotes/6/finding", [
            ("csrf", try #require(page.csrf)), ("version", "0"), ("finding", String(finding.id + 1)),
        ])
        #expect(wrong.status == 400)
        #expect(wrong.body.contains("That finding is no longer one of this quote&#39;s"))
        let forged = try await ana.post("/quotes/6/finding", [("version", "0"), ("finding", String(finding.id))])
        #expect(forged.status == 403)
        let store = try ClaimsStore(path: desk.workbench + "/claims/claims.sqlite")
        #expect(try store.quote(id: 5)?.status == .unreviewed)
        #expect(try store.quote(id: 6)?.status == .unreviewed)
        #expect(try store.history(quoteID: 6).isEmpty)
    }

    @Test("search words narrow the queue to the hits, best first, with the filters; 'next' follows the hits; exports leave the words aside")
    func queueSearch() async throws {
        let desk = try DeskProcess(workbench: try DeskProcess.workbench(users: DeskReviewTests.users))
        defer { desk.stop() }
        let ana = try await DeskReviewTests.signedIn(desk, 0)
        let hits = try await ana.get("/?q=deadline")
        #expect(hits.status == 200)
        #expect(hits.body.contains("<strong>0 of 1</strong> reviewed"))
        #expect(hits.body.contains(#"<a href="/quotes/3">3</a>"#))
        #expect(!hits.body.contains(#"<a href="/quotes/2">2</a>"#))
        #expect(hits.body.contains(#"id="f-q" name="q" type="search""#) && hits.body.contains(#"value="deadline""#))
        #expect(hits.body.contains(#"href="/next?q=deadline""#))
        #expect(hits.body.contains(#"href="/export?format=csv""#))
        #expect(hits.body.contains("search words aside"))

        // The speaker's name matches too; the status filter applies to the hits.
        let trump = try await ana.get("/?q=Trump")
        #expect(trump.body.contains("<strong>0 of 2</strong> reviewed"))
        let next = try await ana.get("/next?q=Trump")
        let firstHit = try #require(next.location)
        #expect(["/quotes/2", "/quotes/3"].contains(firstHit))
        let page = try await ana.get(firstHit)
        _ = try await ana.post(firstHit + "/verdict", [
            ("csrf", try #require(page.csrf)), ("version", try #require(page.version)), ("status", "verified"),
        ])
        let reviewed = try await ana.get("/?q=Trump&status=verified")
        #expect(reviewed.body.contains("<strong>1 of 1</strong> reviewed"))
        let after = try await ana.get("/next?q=Trump&after=" + firstHit.dropFirst("/quotes/".count))
        let secondHit = try #require(after.location)
        #expect(["/quotes/2", "/quotes/3"].contains(secondHit) && secondHit != firstHit)
        let secondPage = try await ana.get(secondHit)
        _ = try await ana.post(secondHit + "/verdict", [
            ("csrf", try #require(secondPage.csrf)), ("version", try #require(secondPage.version)), ("status", "verified"),
        ])
        let done = try await ana.get("/next?q=Trump")
        #expect(done.location == "/?q=Trump&done=1")

        let unclosed = try await ana.get("/?q=%22no+end")
        #expect(unclosed.status == 200)
        #expect(unclosed.body.contains("Left out: search:"))
    }
}
