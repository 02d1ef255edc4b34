import ArgumentParser
import Foundation
import Store

/// Everything the command line cannot do yet on a PostgreSQL store
/// (`--database`, `QUOTECHECK_DATABASE`), in one place: the commands below
/// refuse to start, and the ``Feature``s refuse where a command reaches them.
/// Either way the command exits 1 with
/// `quotecheck CMD: … is not available on a PostgreSQL store yet`; nothing
/// ever falls back to the workbench's SQLite store.
///
/// Each entry waits for store methods that are not in ``Store/ClaimStore`` yet
/// (the list in its doc comment). When they land, delete the entry: the
/// compiler then points at the call sites, which call the protocol instead.
enum PostgresPending {
    /// Part of a command that needs a store method the protocol lacks.
    enum Feature: CaseIterable {
        /// `export --with-archive`: the archived bytes copied beside the records are the
        /// SQLite workbench's files (on PostgreSQL they are in the store: `quotecheck archive`).
        case exportArchive

        /// The command it belongs to.
        var command: String {
            switch self {
            case .exportArchive: "export"
            }
        }

        /// What is not available, as the message says it.
        var what: String {
            switch self {
            case .exportArchive: "--with-archive (copying the archived files beside the export)"
            }
        }
    }

    /// The refusal: `quotecheck show: the quote's card … is not available on a PostgreSQL store yet` (exit 1).
    struct Refusal: LocalizedError, Equatable {
        /// The command's name; `nil` when the caller does not know it.
        let command: String?
        /// What is not available.
        let what: String

        var errorDescription: String? {
            "quotecheck\(command.map { " " + $0 } ?? ""): \(what) is not available on a PostgreSQL store yet"
        }
    }

    /// The SQLite store behind `store`, for a ``Feature`` the protocol lacks;
    /// on any other backend the feature's ``Refusal``.
    static func sqlite(_ store: any ClaimStore, for feature: Feature) throws -> ClaimsStore {
        guard let sqlite = store as? ClaimsStore else {
            throw Refusal(command: feature.command, what: feature.what)
        }
        return sqlite
    }

    /// Refuses `command` when it is one that cannot run on PostgreSQL yet
    /// (``NotYetOnPostgres``) and a PostgreSQL store is named; `main` calls it
    /// before running any command.
    static func check(_ command: any ParsableCommand) throws {
        guard let pending = command as? any NotYetOnPostgres, try pending.global.databaseURL() != nil else { return }
        throw Refusal(command: type(of: command).configuration.commandName, what: "this command")
    }
}

/// A command that cannot run on a PostgreSQL store yet (it still holds
/// ``Store/ClaimsStore``): ``PostgresPending/check(_:)`` refuses it. Delete
/// its line below when it moves onto ``Store/ClaimStore``.
protocol NotYetOnPostgres: ParsableCommand {
    /// The command's global options (where `--database` is).
    var global: GlobalOptions { get }
}

extension CopyCommand: NotYetOnPostgres {}
