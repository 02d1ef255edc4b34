import Foundation
import Store
import Testing

/// Web desk accounts, sessions and failed sign-ins in the store (migration v11-web).
@Suite("Accounts and sessions in the store")
struct AccountTests {
    let store: ClaimsStore
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    init() throws {
        store = try ClaimsStore.inMemory()
        try store.addAccount(name: "Ana", passwordHash: "$2b$04$hash-of-ana", at: now)
    }

    @Test("an account keeps its name and hash; a name is taken whatever its case")
    func accounts() throws {
        #expect(try store.accounts() == [Account(name: "Ana", createdAt: "2027-01-15T08:00:00.000Z")])
        #expect(try store.credentials(ofAccount: "ana")?.name == "Ana")
        #expect(try store.credentials(ofAccount: "ana")?.passwordHash == "$2b$04$hash-of-ana")
        #expect(throws: AccountError.exists("ANA")) { try store.addAccount(name: "ANA", passwordHash: "x") }
        #expect(throws: AccountError.noAccount("zed")) { try store.removeAccount(name: "zed") }
        #expect(throws: AccountError.noAccount("zed")) { try store.setPasswordHash("x", ofAccount: "zed") }
    }

    @Test("a session is found by its token's hash until it has been idle longer than the limit; each use renews it")
    func idleExpiry() throws {
        try store.startSession(WebSession(tokenHash: "h1", account: "Ana", csrfSecret: "c1"), at: now)
        let hours = { (h: Double) in now.addingTimeInterval(h * 3600) }
        #expect(try store.session(tokenHash: "h1", at: hours(7), idleLimit: 8 * 3600)?.csrfSecret == "c1")
        // Seen at 7 h, so at 14 h it has been idle 7 h only.
        #expect(try store.session(tokenHash: "h1", at: hours(14), idleLimit: 8 * 3600) != nil)
        #expect(try store.session(tokenHash: "h1", at: hours(22.5), idleLimit: 8 * 3600) == nil)
        // Once expired it is gone, even if asked about at an earlier moment.
        #expect(try store.session(tokenHash: "h1", at: hours(14), idleLimit: 8 * 3600) == nil)
        #expect(try store.session(tokenHash: "nope", idleLimit: 8 * 3600) == nil)
    }

    @Test("ending a session, changing the password or removing the account ends the sessions")
    func endingSessions() throws {
        for hash in ["a", "b", "c"] {
            try store.startSession(WebSession(tokenHash: hash, account: "Ana", csrfSecret: "s"), at: now)
        }
        try store.endSession(tokenHash: "a")
        #expect(try store.session(tokenHash: "a", at: now, idleLimit: 60) == nil)
        #expect(try store.sessionCount(ofAccount: "Ana") == 2)
        try store.setPasswordHash("$2b$04$new", ofAccount: "ana")
        #expect(try store.sessionCount(ofAccount: "Ana") == 0)
        try store.startSession(WebSession(tokenHash: "d", account: "Ana", csrfSecret: "s"), at: now)
        try store.removeAccount(name: "Ana")
        #expect(try store.session(tokenHash: "d", at: now, idleLimit: 60) == nil)
        #expect(try store.accounts().isEmpty)
    }

    @Test("failed sign-ins are counted per name (any case) within a window, and cleared")
    func failures() throws {
        for second in [0.0, 10, 20, 30, 40] {
            try store.recordFailedSignIn(name: "ana", at: now.addingTimeInterval(second))
        }
        try store.recordFailedSignIn(name: "ben", at: now.addingTimeInterval(5))
        #expect(try store.failedSignIns(name: "ANA", since: now).count == 5)
        #expect(try store.failedSignIns(name: "ana", since: now.addingTimeInterval(15)).count == 3)
        try store.clearFailedSignIns(name: "ana")
        #expect(try store.failedSignIns(name: "ana", since: now).isEmpty)
        #expect(try store.failedSignIns(name: "ben", since: now).count == 1)
    }
}

/// The ids of a queue without its records (the web desk's "quote n of N").
@Suite("Quote ids in a filter's order")
struct QuoteIDTests {
    @Test("quoteIDs(matching:) lists the same quotes, in the same order, as quotes(matching:)", arguments: [
        QuoteFilter.all, QuoteFilter(status: "unreviewed"), QuoteFilter(speaker: "Jane Smith"), QuoteFilter(site: "Example News"),
        QuoteFilter(order: .confidence), QuoteFilter(limit: 2),
    ])
    func sameAsRecords(filter: QuoteFilter) throws {
        let store = try TestData.twoArticles()
        try store.recordVerdict(quoteID: 2, change: VerdictChange(status: .verified), reviewer: "ana")
        #expect(try store.quoteIDs(matching: filter) == store.quotes(matching: filter).map(\.id))
    }
}
