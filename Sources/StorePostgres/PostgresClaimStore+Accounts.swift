import Foundation
import PostgresNIO
import Store

/// The web desk's accounts on PostgreSQL: the SQLite store's
/// `ClaimsStore+Accounts.swift`, statement for statement, names compared by
/// their ASCII-folded columns (``PostgresDialect/foldCase(_:)``) where SQLite
/// says `NOCASE`, and moments compared byte by byte (``PostgresDialect/bytewise``).
extension PostgresClaimStore: AccountStore {
    /// Makes an account with a password hash computed by the caller;
    /// ``Store/AccountError/exists(_:)`` when the name (whatever its ASCII case) is taken.
    public func addAccount(name: String, passwordHash: String, at date: Date = Date()) async throws {
        try await transaction { connection in
            // Serialises account creation, so that two at once cannot both find the name free.
            try await connection.run("LOCK TABLE account IN SHARE ROW EXCLUSIVE MODE", logger: logger)
            let taken = try await connection.value(
                "SELECT 1::BIGINT FROM account WHERE name_folded = \(PostgresDialect.foldCase("$1"))".bound(name),
                as: Int64.self, logger: logger)
            if taken != nil { throw AccountError.exists(name) }
            try await connection.run("""
                INSERT INTO account (name, password_hash, created_at)
                VALUES (\(name), \(passwordHash), \(StoreRules.timestamp(date)))
                """, logger: logger)
        }
    }

    /// Every account, by name (ignoring ASCII case).
    public func accounts() async throws -> [Account] {
        try await read { connection in
            try await connection.rows(
                "SELECT name, created_at FROM account ORDER BY name_folded \(unescaped: PostgresDialect.bytewise)",
                logger: logger).map { row in
                Account(name: try row[0].decode(String.self), createdAt: try row[1].decode(String.self))
            }
        }
    }

    /// Deletes an account and ends its sessions; the verdicts it gave keep its name.
    /// ``Store/AccountError/noAccount(_:)`` when there is none.
    public func removeAccount(name: String) async throws {
        try await transaction { connection in
            let removed = try await connection.rows("""
                DELETE FROM account WHERE name_folded = \(PostgresDialect.foldCase("$1")) RETURNING name
                """.bound(name), logger: logger)
            if removed.isEmpty { throw AccountError.noAccount(name) }
        }
    }

    /// Replaces an account's password hash and ends its sessions (a new password signs everyone out).
    /// ``Store/AccountError/noAccount(_:)`` when there is none.
    public func setPasswordHash(_ passwordHash: String, ofAccount name: String) async throws {
        try await transaction { connection in
            var statement = StatementBuilder()
            let hash = statement.bind(passwordHash)
            let folded = PostgresDialect.foldCase(statement.bind(name))
            let changed = try await connection.rows(statement.query("""
                UPDATE account SET password_hash = \(hash) WHERE name_folded = \(folded) RETURNING name
                """), logger: logger)
            if changed.isEmpty { throw AccountError.noAccount(name) }
            try await connection.run("""
                DELETE FROM web_session WHERE account_folded = \(PostgresDialect.foldCase("$1"))
                """.bound(name), logger: logger)
        }
    }

    /// The account's name as stored and its password hash, or `nil` when there is no such account.
    public func credentials(ofAccount name: String) async throws -> (name: String, passwordHash: String)? {
        let found = try await read { connection in
            try await connection.rows("""
                SELECT name, password_hash FROM account WHERE name_folded = \(PostgresDialect.foldCase("$1"))
                """.bound(name), logger: logger).first.map { row in
                [try row[0].decode(String.self), try row[1].decode(String.self)]
            }
        }
        return found.map { (name: $0[0], passwordHash: $0[1]) }
    }

    /// Records a new session (its token's hash, never the token).
    public func startSession(_ session: WebSession, at date: Date = Date()) async throws {
        let now = StoreRules.timestamp(date)
        try await transaction { connection in
            try await connection.run("""
                INSERT INTO web_session (token_hash, account, csrf_secret, created_at, last_seen)
                VALUES (\(session.tokenHash), \(session.account), \(session.csrfSecret), \(now), \(now))
                """, logger: logger)
        }
    }

    /// The live session with this token hash, marked as seen at `date`; `nil` when there is
    /// none, or when it was idle longer than `idleLimit` seconds (it is then deleted).
    ///
    /// A session seen in the last minute is answered by a read alone, as on SQLite.
    public func session(tokenHash: String, at date: Date = Date(), idleLimit: TimeInterval) async throws -> WebSession? {
        let now = StoreRules.timestamp(date)
        let oldest = StoreRules.timestamp(date.addingTimeInterval(-idleLimit))
        let fresh = StoreRules.timestamp(date.addingTimeInterval(-60))
        let found = try await read { connection in
            try await connection.rows(
                "SELECT account, csrf_secret, last_seen FROM web_session WHERE token_hash = \(tokenHash)",
                logger: logger).first.map { row in
                [try row[0].decode(String.self), try row[1].decode(String.self), try row[2].decode(String.self)]
            }
        }
        guard let found else { return nil }
        let lastSeen = found[2]
        if idleLimit >= 60, lastSeen >= fresh, lastSeen <= now {
            return WebSession(tokenHash: tokenHash, account: found[0], csrfSecret: found[1])
        }
        return try await transaction { connection in
            try await connection.run("""
                DELETE FROM web_session
                WHERE token_hash = \(tokenHash) AND last_seen \(unescaped: PostgresDialect.bytewise) < \(oldest)
                """, logger: logger)
            guard let row = try await connection.rows(
                "SELECT account, csrf_secret FROM web_session WHERE token_hash = \(tokenHash) FOR UPDATE",
                logger: logger).first else { return nil }
            try await connection.run("UPDATE web_session SET last_seen = \(now) WHERE token_hash = \(tokenHash)",
                                     logger: logger)
            return WebSession(tokenHash: tokenHash, account: try row[0].decode(String.self),
                              csrfSecret: try row[1].decode(String.self))
        }
    }

    /// Ends a session (signing out); ending one that is gone changes nothing.
    public func endSession(tokenHash: String) async throws {
        try await transaction { connection in
            try await connection.run("DELETE FROM web_session WHERE token_hash = \(tokenHash)", logger: logger)
        }
    }

    /// The number of live sessions of an account.
    public func sessionCount(ofAccount name: String) async throws -> Int {
        try await read { connection in
            let count = try await connection.value("""
                SELECT count(*)::BIGINT FROM web_session
                WHERE account_folded = \(PostgresDialect.foldCase("$1"))
                """.bound(name), as: Int64.self, logger: logger)
            return Int(count ?? 0)
        }
    }

    /// Records a failed sign-in for `name` (an account or not) and forgets failures older than a day.
    public func recordFailedSignIn(name: String, at date: Date = Date()) async throws {
        let at = StoreRules.timestamp(date)
        let dayBefore = StoreRules.timestamp(date.addingTimeInterval(-86_400))
        try await transaction { connection in
            try await connection.run("INSERT INTO sign_in_failure (name, at) VALUES (\(name), \(at))", logger: logger)
            try await connection.run(
                "DELETE FROM sign_in_failure WHERE at \(unescaped: PostgresDialect.bytewise) < \(dayBefore)",
                logger: logger)
        }
    }

    /// The failed sign-ins for `name` at or after `since`, the latest first (their moments).
    public func failedSignIns(name: String, since: Date) async throws -> [Date] {
        var statement = StatementBuilder()
        let folded = PostgresDialect.foldCase(statement.bind(name))
        let sinceText = statement.bind(StoreRules.timestamp(since))
        let texts = try await read { connection in
            try await connection.rows(statement.query("""
                SELECT at FROM sign_in_failure
                WHERE name_folded = \(folded) AND at \(PostgresDialect.bytewise) >= \(sinceText)
                ORDER BY at \(PostgresDialect.bytewise) DESC
                """), logger: logger).map { try $0[0].decode(String.self) }
        }
        return try texts.map { text in
            guard let date = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text) else {
                throw StoreError.corruptValue(column: "sign_in_failure.at", value: text)
            }
            return date
        }
    }

    /// Forgets the failed sign-ins of `name` (after a successful one).
    public func clearFailedSignIns(name: String) async throws {
        try await transaction { connection in
            try await connection.run("""
                DELETE FROM sign_in_failure WHERE name_folded = \(PostgresDialect.foldCase("$1"))
                """.bound(name), logger: logger)
        }
    }
}

extension String {
    /// This statement text with `value` bound as `$1`.
    fileprivate func bound(_ value: String) -> PostgresQuery {
        var binds = PostgresBindings()
        binds.append(value)
        return PostgresQuery(unsafeSQL: self, binds: binds)
    }
}
