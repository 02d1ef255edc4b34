import ArgumentParser
import Foundation
import Server
import Store

/// `quotecheck users [add NAME [--password-stdin] | list | remove NAME | passwd NAME]`
///
/// One command with an action argument rather than nested subcommands, as
/// `speakers` is, so that `--workbench DIR` may stand before `users` too.
struct UsersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "Accounts for the web review desk ('quotecheck serve').",
        discussion: HelpText.prose("""
        An account is a reviewer's name and a password (kept as a bcrypt hash in the
        store, never in clear). Verdicts given on the web desk are credited to the
        signed-in account. With --database the accounts are the PostgreSQL store's, shared by
        everyone who serves the desk from it. 'add' and 'passwd' ask for the password twice on a terminal,
        with echo off; with --password-stdin they read it from the first line of
        standard input instead. A password has 8 characters at least and 72 bytes at
        most. Changing a password or removing an account signs it out everywhere.

        Examples:
          quotecheck users add ana
          printf '%s\\n' 'correct horse battery' | quotecheck users add ben --password-stdin
          quotecheck users list
          quotecheck users passwd ana
          quotecheck users remove ben
        """)
    )

    /// What `users` does.
    enum Action: String, ExpressibleByArgument, CaseIterable {
        case add, list, remove, passwd
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: "list (the default), add, remove or passwd.")
    var action: Action = .list

    @Argument(help: "The account's name (add, remove, passwd): the reviewer's name verdicts on the desk carry.")
    var name: String?

    @OptionGroup var password: PasswordOptions

    func validate() throws {
        switch action {
        case .list:
            if let name { throw ValidationError("'users list' takes no NAME (got '\(name)')") }
            if password.passwordStdin { throw ValidationError("--password-stdin goes with 'users add' or 'users passwd'") }
        case .remove:
            if name == nil { throw ValidationError("'users remove' needs the account's NAME") }
            if password.passwordStdin { throw ValidationError("--password-stdin goes with 'users add' or 'users passwd'") }
        case .add, .passwd:
            guard let name else { throw ValidationError("'users \(action.rawValue)' needs the account's NAME") }
            if action == .add, let problem = AccountRules.problem(withName: name) {
                throw ValidationError("NAME '\(name)': \(problem)")
            }
        }
    }

    func run() async throws {
        try await global.withDeskStore { store in try await run(on: store) }
    }

    /// The action on the desk's store (SQLite, or PostgreSQL with `--database`).
    private func run(on store: DeskStore) async throws {
        var out = StandardOutput()
        let name = self.name ?? ""
        do {
            switch action {
            case .list:
                for account in try await store.accounts() {
                    let sessions = try await store.sessionCount(ofAccount: account.name)
                    print("\(account.name)\tcreated \(account.createdAt)\t\(sessions) session\(sessions == 1 ? "" : "s")", to: &out)
                }
            case .add:
                if try await store.credentials(ofAccount: name) != nil { throw AccountError.exists(name) }
                let hash = PasswordHasher.fromEnvironment().hash(try password.read(for: name))
                try await store.addAccount(name: name, passwordHash: hash, at: Date())
                print("added account '\(name)'", to: &out)
            case .remove:
                try await store.removeAccount(name: name)
                print("removed account '\(name)'", to: &out)
            case .passwd:
                guard try await store.credentials(ofAccount: name) != nil else { throw AccountError.noAccount(name) }
                let hash = PasswordHasher.fromEnvironment().hash(try password.read(for: name))
                try await store.setPasswordHash(hash, ofAccount: name)
                print("changed the password of '\(name)'", to: &out)
            }
        } catch let error as AccountError {
            printError("error: \(error.localizedDescription)")
            throw ExitCode(1)
        }
    }
}

/// The password source shared by `users add` and `users passwd`.
struct PasswordOptions: ParsableArguments {
    @Flag(help: "Read the password from the first line of standard input (for scripts).")
    var passwordStdin = false

    /// The password for `name`, checked against ``AccountRules``; a ``UsageFailure`` (exit 64) otherwise.
    func read(for name: String) throws -> String {
        let password: String
        if passwordStdin {
            guard let line = PasswordPrompt.fromStandardInput() else {
                throw UsageFailure("--password-stdin: standard input is empty; write the password on its first line")
            }
            password = line
        } else {
            password = try PasswordPrompt.twiceOnTerminal(for: name)
        }
        if let problem = AccountRules.problem(withPassword: password) {
            throw UsageFailure("\(passwordStdin ? "--password-stdin: " : "")\(problem); nothing was changed")
        }
        return password
    }
}

