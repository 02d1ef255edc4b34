import Foundation
import Store
import Testing

/// `users add|list|remove|passwd`, run as the real binary (bcrypt at its lowest cost, 4, to stay quick).
@Suite("Web desk accounts on the command line, run as a real process", .serialized)
struct UsersCLITests {
    static let cheap = ["QUOTECHECK_BCRYPT_COST": "4"]

    /// Runs `users …` on workbench `wb`.
    static func users(_ wb: String, _ arguments: [String], input: String? = nil) throws -> CLI.Result {
        try CLI.run(["--workbench", wb, "users"] + arguments, input: input, environment: cheap)
    }

    @Test("add with --password-stdin, then list: the name, never the password or its hash")
    func addAndList() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let added = try Self.users(wb, ["add", "ana", "--password-stdin"], input: "correct horse battery\n")
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout == "added account 'ana'\n")
        let listed = try Self.users(wb, ["list"])
        #expect(listed.status == 0)
        #expect(listed.stdout.hasPrefix("ana\tcreated "), "\(listed.stdout)")
        #expect(listed.stdout.contains("0 sessions"))
        for output in [added.stdout, added.stderr, listed.stdout, listed.stderr] {
            #expect(!output.contains("correct horse"))
            #expect(!output.contains("$2"), "a bcrypt hash was printed: \(output)")
        }
        // The store keeps a bcrypt hash, not the password.
        let store = try ClaimsStore(path: wb + "/claims/claims.sqlite")
        let hash = try #require(try store.credentials(ofAccount: "ana")).passwordHash
        #expect(hash.hasPrefix("$2"))
        #expect(!hash.contains("correct horse"))
    }

    @Test("a name taken (whatever its case) is an error that names it, exit 1; nothing changes")
    func duplicate() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        #expect(try Self.users(wb, ["add", "ana", "--password-stdin"], input: "first password\n").status == 0)
        let again = try Self.users(wb, ["add", "ANA", "--password-stdin"], input: "second password\n")
        #expect(again.status == 1)
        #expect(again.stderr.contains("an account named 'ANA' exists already"), "\(again.stderr)")
        #expect(try Self.users(wb, ["list"]).stdout.split(separator: "\n").count == 1)
    }

    @Test("remove and passwd: unknown names exit 1 naming them; known ones work")
    func removeAndPasswd() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        #expect(try Self.users(wb, ["add", "ben", "--password-stdin"], input: "old password\n").status == 0)
        let unknown = try Self.users(wb, ["remove", "zed"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no account named 'zed'"), "\(unknown.stderr)")
        let unknownPasswd = try Self.users(wb, ["passwd", "zed", "--password-stdin"], input: "new password\n")
        #expect(unknownPasswd.status == 1)
        #expect(unknownPasswd.stderr.contains("no account named 'zed'"))

        let store = try ClaimsStore(path: wb + "/claims/claims.sqlite")
        let before = try #require(try store.credentials(ofAccount: "ben")).passwordHash
        let changed = try Self.users(wb, ["passwd", "ben", "--password-stdin"], input: "new password\n")
        #expect(changed.status == 0, "\(changed.stderr)")
        let after = try #require(try store.credentials(ofAccount: "ben")).passwordHash
        #expect(after != before)

        let removed = try Self.users(wb, ["remove", "ben"])
        #expect(removed.status == 0)
        #expect(removed.stdout == "removed account 'ben'\n")
        #expect(try Self.users(wb, ["list"]).stdout.isEmpty)
    }

    @Test("usage errors exit 64 and say what to do", arguments: [
        (["add", "ana", "--password-stdin"], "short\n", "at least 8 characters"),
        (["add", "ana", "--password-stdin"], "", "--password-stdin: standard input is empty"),
        (["add", "ana"], "a good password\n", "give --password-stdin"),
        (["add", " ana", "--password-stdin"], "a good password\n", "cannot begin or end with a space"),
        (["passwd", "ana"], "a good password\n", "give --password-stdin"),
    ])
    func usageErrors(arguments: [String], input: String, message: String) throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        if arguments.first == "passwd" {
            #expect(try Self.users(wb, ["add", "ana", "--password-stdin"], input: "first password\n").status == 0)
        }
        let result = try Self.users(wb, arguments, input: input)
        #expect(result.status == 64, "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        if arguments.first == "add" { #expect(try Self.users(wb, ["list"]).stdout.isEmpty) }
    }

    @Test("users where there is no workbench: exit 64, names the folder")
    func noWorkbench() throws {
        let folder = try CLI.workbench()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try Self.users(folder, ["list"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("no workbench in '\(folder)'"))
    }
}

/// `users add` and `users passwd` on a terminal: the password asked twice, never echoed.
@Suite("Web desk passwords typed on a terminal", .serialized)
struct UsersPTYTests {
    /// The second password typed, what `users add` then says, its exit status, and whether the account is made.
    static let answers: [(again: String, says: String, status: Int32, made: Bool)] = [
        ("typed secret 1", "added account 'ana'", 0, true),
        ("typed secret 2", "the two passwords differ", 64, false),
    ]

    @Test("add asks twice with echo off and never shows the password; the account is made only when both match",
          arguments: answers)
    func promptTwice(answer: (again: String, says: String, status: Int32, made: Bool)) throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let pty = try PseudoTerminal(["--workbench", wb, "users", "add", "ana"], environment: UsersCLITests.cheap)
        var at = try pty.waitFor("Password for ana: ")
        pty.send("typed secret 1\n")
        at = try pty.waitFor("Again: ", from: at)
        pty.send(answer.again + "\n")
        _ = try pty.waitFor(answer.says, from: at)
        #expect(try pty.waitForExit() == answer.status)
        #expect(!pty.output.contains("typed secret"), "the password was echoed: \(pty.output)")
        #expect(try UsersCLITests.users(wb, ["list"]).stdout.hasPrefix("ana\t") == answer.made)
    }
}
