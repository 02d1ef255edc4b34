import Foundation

/// The web desk's accounts, sessions and failed sign-ins, whatever database
/// keeps them (issue 18: accounts live in the store, so a team on PostgreSQL
/// shares them).
///
/// Two backends conform: ``ClaimsStore`` (its synchronous methods are the
/// witnesses, in `ClaimsStore+Accounts.swift`) and `PostgresClaimStore`.
/// Names match whatever their ASCII case on both (`Ana` is `ana`; `Émile`
/// is not `émile`), and moments are the store's timestamps, compared as text.
public protocol AccountStore: Sendable {
    /// Makes an account with a password hash computed by the caller;
    /// ``AccountError/exists(_:)`` when the name (whatever its ASCII case) is taken.
    func addAccount(name: String, passwordHash: String, at date: Date) async throws

    /// Every account, by name (ignoring ASCII case).
    func accounts() async throws -> [Account]

    /// Deletes an account and ends its sessions; the verdicts it gave keep its name.
    /// ``AccountError/noAccount(_:)`` when there is none.
    func removeAccount(name: String) async throws

    /// Replaces an account's password hash and ends its sessions.
    /// ``AccountError/noAccount(_:)`` when there is none.
    func setPasswordHash(_ passwordHash: String, ofAccount name: String) async throws

    /// The account's name as stored and its password hash, or `nil` when there is no such account.
    func credentials(ofAccount name: String) async throws -> (name: String, passwordHash: String)?

    /// Records a new session (its token's hash, never the token).
    func startSession(_ session: WebSession, at date: Date) async throws

    /// The live session with this token hash, marked as seen at `date`; `nil`
    /// when there is none, or when it was idle longer than `idleLimit` seconds
    /// (it is then deleted). Its last-seen moment moves at most once a minute.
    func session(tokenHash: String, at date: Date, idleLimit: TimeInterval) async throws -> WebSession?

    /// Ends a session (signing out); ending one that is gone changes nothing.
    func endSession(tokenHash: String) async throws

    /// The number of live sessions of an account.
    func sessionCount(ofAccount name: String) async throws -> Int

    /// Records a failed sign-in for `name` (an account or not) and forgets failures older than a day.
    func recordFailedSignIn(name: String, at date: Date) async throws

    /// The failed sign-ins for `name` at or after `since`, the latest first (their moments).
    func failedSignIns(name: String, since: Date) async throws -> [Date]

    /// Forgets the failed sign-ins of `name` (after a successful one).
    func clearFailedSignIns(name: String) async throws
}

/// The SQLite store keeps the desk's accounts: its synchronous methods are the witnesses.
extension ClaimsStore: AccountStore {}
