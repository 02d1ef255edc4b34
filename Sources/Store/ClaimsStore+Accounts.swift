import Foundation
import GRDB

extension ClaimsStore {
    /// Makes an account with a password hash computed by the caller; ``AccountError/exists(_:)``
    /// when the name (whatever its ASCII case) is taken.
    public func addAccount(name: String, passwordHash: String, at date: Date = Date()) throws {
        try writer.write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM account WHERE name = ?", arguments: [name]) != nil {
                throw AccountError.exists(name)
            }
            try db.execute(sql: "INSERT INTO account (name, password_hash, created_at) VALUES (?, ?, ?)",
                           arguments: [name, passwordHash, Timestamp.string(from: date)])
        }
    }

    /// Every account, by name (ignoring ASCII case).
    public func accounts() throws -> [Account] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT name, created_at FROM account ORDER BY name COLLATE NOCASE").map {
                Account(name: $0["name"], createdAt: $0["created_at"])
            }
        }
    }

    /// Deletes an account and ends its sessions; the verdicts it gave keep its name.
    /// ``AccountError/noAccount(_:)`` when there is none.
    public func removeAccount(name: String) throws {
        try writer.write { db in
            try db.execute(sql: "DELETE FROM web_session WHERE account = ?", arguments: [name])
            try db.execute(sql: "DELETE FROM account WHERE name = ?", arguments: [name])
            if db.changesCount == 0 { throw AccountError.noAccount(name) }
        }
    }

    /// Replaces an account's password hash and ends its sessions (a new password signs everyone out).
    /// ``AccountError/noAccount(_:)`` when there is none.
    public func setPasswordHash(_ passwordHash: String, ofAccount name: String) throws {
        try writer.write { db in
            try db.execute(sql: "UPDATE account SET password_hash = ? WHERE name = ?", arguments: [passwordHash, name])
            if db.changesCount == 0 { throw AccountError.noAccount(name) }
            try db.execute(sql: "DELETE FROM web_session WHERE account = ?", arguments: [name])
        }
    }

    /// The account's name as stored and its password hash, or `nil` when there is no such account.
    public func credentials(ofAccount name: String) throws -> (name: String, passwordHash: String)? {
        try writer.read { db in
            try Row.fetchOne(db, sql: "SELECT name, password_hash FROM account WHERE name = ?", arguments: [name])
                .map { ($0["name"], $0["password_hash"]) }
        }
    }

    /// Records a new session (its token's hash, never the token).
    public func startSession(_ session: WebSession, at date: Date = Date()) throws {
        let now = Timestamp.string(from: date)
        try writer.write { db in
            try db.execute(sql: """
                INSERT INTO web_session (token_hash, account, csrf_secret, created_at, last_seen) VALUES (?, ?, ?, ?, ?)
                """, arguments: [session.tokenHash, session.account, session.csrfSecret, now, now])
        }
    }

    /// The live session with this token hash, marked as seen at `date`; `nil` when there is
    /// none, or when it was idle longer than `idleLimit` seconds (it is then deleted).
    ///
    /// A session seen in the last minute is answered by a read alone: its last-seen moment
    /// moves at most once a minute, so that the desk's requests do not all queue for the writer.
    public func session(tokenHash: String, at date: Date = Date(), idleLimit: TimeInterval) throws -> WebSession? {
        let now = Timestamp.string(from: date)
        let oldest = Timestamp.string(from: date.addingTimeInterval(-idleLimit))
        let fresh = Timestamp.string(from: date.addingTimeInterval(-60))
        let found = try writer.read { db in
            try Row.fetchOne(db, sql: "SELECT account, csrf_secret, last_seen FROM web_session WHERE token_hash = ?",
                             arguments: [tokenHash])
        }
        guard let found else { return nil }
        let lastSeen: String = found["last_seen"]
        if idleLimit >= 60, lastSeen >= fresh, lastSeen <= now {
            return WebSession(tokenHash: tokenHash, account: found["account"], csrfSecret: found["csrf_secret"])
        }
        return try writer.write { db in
            try db.execute(sql: "DELETE FROM web_session WHERE token_hash = ? AND last_seen < ?",
                           arguments: [tokenHash, oldest])
            guard let row = try Row.fetchOne(db, sql: """
                SELECT account, csrf_secret FROM web_session WHERE token_hash = ?
                """, arguments: [tokenHash]) else { return nil }
            try db.execute(sql: "UPDATE web_session SET last_seen = ? WHERE token_hash = ?", arguments: [now, tokenHash])
            return WebSession(tokenHash: tokenHash, account: row["account"], csrfSecret: row["csrf_secret"])
        }
    }

    /// Ends a session (signing out); ending one that is gone changes nothing.
    public func endSession(tokenHash: String) throws {
        try writer.write { db in
            try db.execute(sql: "DELETE FROM web_session WHERE token_hash = ?", arguments: [tokenHash])
        }
    }

    /// The number of live sessions of an account (for `users list` and the tests).
    public func sessionCount(ofAccount name: String) throws -> Int {
        try writer.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM web_session WHERE account = ?", arguments: [name]) ?? 0
        }
    }

    /// Records a failed sign-in for `name` (an account or not) and forgets failures older than a day.
    public func recordFailedSignIn(name: String, at date: Date = Date()) throws {
        try writer.write { db in
            try db.execute(sql: "INSERT INTO sign_in_failure (name, at) VALUES (?, ?)",
                           arguments: [name, Timestamp.string(from: date)])
            try db.execute(sql: "DELETE FROM sign_in_failure WHERE at < ?",
                           arguments: [Timestamp.string(from: date.addingTimeInterval(-86_400))])
        }
    }

    /// The failed sign-ins for `name` at or after `since`, the latest first (their moments).
    public func failedSignIns(name: String, since: Date) throws -> [Date] {
        try writer.read { db in
            try String.fetchAll(db, sql: "SELECT at FROM sign_in_failure WHERE name = ? AND at >= ? ORDER BY at DESC",
                                arguments: [name, Timestamp.string(from: since)]).map { text in
                guard let date = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text) else {
                    throw StoreError.corruptValue(column: "sign_in_failure.at", value: text)
                }
                return date
            }
        }
    }

    /// Forgets the failed sign-ins of `name` (after a successful one).
    public func clearFailedSignIns(name: String) throws {
        try writer.write { db in
            try db.execute(sql: "DELETE FROM sign_in_failure WHERE name = ?", arguments: [name])
        }
    }
}
