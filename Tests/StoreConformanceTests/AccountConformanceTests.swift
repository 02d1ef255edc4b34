import Foundation
import Store
import Testing

/// The web desk's accounts, sessions and failed sign-ins behave alike on every
/// backend (issue 18: a team on PostgreSQL shares its accounts).
@Suite("Store conformance: accounts, sessions, failed sign-ins")
struct AccountConformanceTests {
    /// A fixed moment: 2027-01-15T08:00:00Z.
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    /// The store of `harness` as an account store, with Ana's account made at ``now``.
    static func accounts(_ harness: StoreHarness) async throws -> any AccountStore {
        let accounts = try #require(harness.store as? any AccountStore)
        try await accounts.addAccount(name: "Ana", passwordHash: "$2b$04$hash-of-ana", at: now)
        return accounts
    }

    @Test("an account keeps its name and hash; a name is taken whatever its ASCII case; accounts by folded name",
          arguments: Backend.available)
    func accounts(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = try await Self.accounts(harness)
            #expect(try await store.accounts() == [Account(name: "Ana", createdAt: "2027-01-15T08:00:00.000Z")])
            let credentials = try await store.credentials(ofAccount: "ana")
            #expect(credentials?.name == "Ana" && credentials?.passwordHash == "$2b$04$hash-of-ana")
            #expect(try await store.credentials(ofAccount: "Bob") == nil)
            await #expect(throws: AccountError.exists("ANA")) {
                try await store.addAccount(name: "ANA", passwordHash: "x", at: Self.now)
            }
            await #expect(throws: AccountError.noAccount("zed")) { try await store.removeAccount(name: "zed") }
            await #expect(throws: AccountError.noAccount("zed")) {
                try await store.setPasswordHash("x", ofAccount: "zed")
            }
            // ASCII case only is folded; the order is that of the folded names, byte by byte.
            for name in ["émile", "Émile", "bob", "Zoe", "_under"] {
                try await store.addAccount(name: name, passwordHash: "h", at: Self.now)
            }
            #expect(try await store.accounts().map(\.name) == ["_under", "Ana", "bob", "Zoe", "Émile", "émile"])
            try await store.setPasswordHash("$2b$04$new", ofAccount: "ANA")
            #expect(try await store.credentials(ofAccount: "Ana")?.passwordHash == "$2b$04$new")
            try await store.removeAccount(name: "BOB")
            #expect(try await store.credentials(ofAccount: "bob") == nil)
        }
    }

    @Test("a session lives until idle longer than the limit; a use moves last-seen at most once a minute",
          arguments: Backend.available)
    func idleExpiry(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = try await Self.accounts(harness)
            try await store.startSession(WebSession(tokenHash: "h1", account: "ana", csrfSecret: "c1"), at: Self.now)
            let hours = { (h: Double) in Self.now.addingTimeInterval(h * 3600) }
            let limit: TimeInterval = 8 * 3600
            #expect(try await store.session(tokenHash: "h1", at: hours(0.01), idleLimit: limit)
                    == WebSession(tokenHash: "h1", account: "ana", csrfSecret: "c1"))
            #expect(try await store.session(tokenHash: "h1", at: hours(7), idleLimit: limit)?.csrfSecret == "c1")
            #expect(try await store.session(tokenHash: "h1", at: hours(14), idleLimit: limit) != nil)
            #expect(try await store.session(tokenHash: "h1", at: hours(22.5), idleLimit: limit) == nil)
            #expect(try await store.session(tokenHash: "h1", at: hours(14), idleLimit: limit) == nil)
            #expect(try await store.session(tokenHash: "nope", at: hours(1), idleLimit: limit) == nil)
            #expect(try await store.sessionCount(ofAccount: "Ana") == 0)
        }
    }

    @Test("ending a session, changing the password or removing the account ends its sessions",
          arguments: Backend.available)
    func endingSessions(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = try await Self.accounts(harness)
            for hash in ["a", "b", "c"] {
                try await store.startSession(WebSession(tokenHash: hash, account: "Ana", csrfSecret: "s"),
                                             at: Self.now)
            }
            try await store.endSession(tokenHash: "a")
            try await store.endSession(tokenHash: "a")
            #expect(try await store.session(tokenHash: "a", at: Self.now, idleLimit: 60) == nil)
            #expect(try await store.sessionCount(ofAccount: "ANA") == 2)
            try await store.setPasswordHash("$2b$04$new", ofAccount: "ana")
            #expect(try await store.sessionCount(ofAccount: "Ana") == 0)
            try await store.startSession(WebSession(tokenHash: "d", account: "ANA", csrfSecret: "s"), at: Self.now)
            #expect(try await store.sessionCount(ofAccount: "ana") == 1)
            try await store.removeAccount(name: "Ana")
            #expect(try await store.session(tokenHash: "d", at: Self.now, idleLimit: 60) == nil)
            #expect(try await store.accounts().isEmpty)
            // A session needs an account.
            await #expect(throws: (any Error).self) {
                try await store.startSession(WebSession(tokenHash: "e", account: "Ana", csrfSecret: "s"), at: Self.now)
            }
        }
    }

    @Test("failed sign-ins are counted per name (any ASCII case) within a window, latest first, and cleared",
          arguments: Backend.available)
    func failures(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = try await Self.accounts(harness)
            // One from two days before: forgotten when the next is recorded.
            try await store.recordFailedSignIn(name: "ana", at: Self.now.addingTimeInterval(-2 * 86_400))
            for second in [0.0, 10, 20.5, 30, 40] {
                try await store.recordFailedSignIn(name: second == 30 ? "ANA" : "ana",
                                                   at: Self.now.addingTimeInterval(second))
            }
            try await store.recordFailedSignIn(name: "ben", at: Self.now.addingTimeInterval(5))
            #expect(try await store.failedSignIns(name: "Ana", since: Self.now.addingTimeInterval(-3 * 86_400)).count
                    == 5)
            #expect(try await store.failedSignIns(name: "ana", since: Self.now.addingTimeInterval(15))
                    == [40, 30, 20.5].map { Self.now.addingTimeInterval($0) })
            try await store.clearFailedSignIns(name: "aNa")
            #expect(try await store.failedSignIns(name: "ana", since: Self.now).isEmpty)
            #expect(try await store.failedSignIns(name: "ben", since: Self.now).count == 1)
        }
    }
}
