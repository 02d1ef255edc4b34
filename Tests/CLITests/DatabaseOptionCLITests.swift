import Foundation
import Testing

/// `--database URL` and `QUOTECHECK_DATABASE`: parsing, refusals, a server that
/// cannot be reached, and the commands not yet available on PostgreSQL. None
/// of these needs a server: they run everywhere.
@Suite("--database: the option, its errors and what waits")
struct DatabaseOptionCLITests {
    /// A password that must never be printed.
    static let password = "Pw-n0t-2-b3-sh0wn"

    /// A loopback TCP port nothing listens on: one the kernel gave and that was closed again.
    static func closedPort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(fd >= 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        try #require(bound == 0)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        try #require(named == 0)
        return Int(UInt16(bigEndian: address.sin_port))
    }

    @Test("a URL that does not parse: exit 64, names the flag or the variable, never the password",
          arguments: [
            (["--database", "mysql://ana:\(password)@db.example/claims", "list"], "--database"),
            (["list", "--database", "postgres://ana:\(password)@db.example:99999/claims"], "--database"),
            (["--database=postgres://ana:\(password)@db.example/claims?sslmode=verify-full", "history", "1"], "--database"),
          ])
    func malformedURL(arguments: [String], flag: String) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.contains(flag), "\(result.stderr)")
        #expect(result.stderr.contains("invalid PostgreSQL URL"), "\(result.stderr)")
        #expect(!result.stderr.contains(Self.password) && !result.stdout.contains(Self.password))
    }

    @Test("a QUOTECHECK_DATABASE that does not parse: exit 64, names the variable, never the password")
    func malformedEnvironment() throws {
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        let result = try CLI.run(["--workbench", wb, "list"],
                                 environment: ["QUOTECHECK_DATABASE": "postgres://ana:\(Self.password)@/claims"])
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.contains("QUOTECHECK_DATABASE: invalid PostgreSQL URL: it names no host"), "\(result.stderr)")
        #expect(!result.stderr.contains(Self.password) && !result.stdout.contains(Self.password))
    }

    @Test("a server that cannot be reached: exit 1, names host, port and database, never the password; never the workbench")
    func closedPortIsClear() throws {
        let port = try Self.closedPort()
        let url = "postgres://ana:\(Self.password)@127.0.0.1:\(port)/claims"
        // A workbench with quotes: the command must not quietly answer from it.
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        for arguments in [["--database", url, "--workbench", wb, "list"], ["list", "--workbench", wb, "--database", url],
                          ["history", "3", "--workbench", wb, "--database", url],
                          // The desk's commands (issue 18) keep their accounts there too.
                          ["users", "list", "--workbench", wb, "--database", url],
                          ["serve", "--port", "0", "--workbench", wb, "--database", url],
                          ["import", sample, "--workbench", wb, "--database", url]] {
            let result = try CLI.run(arguments)
            #expect(result.status == 1, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("cannot reach the PostgreSQL store postgres://ana@127.0.0.1:\(port)/claims"),
                    "\(result.stderr)")
            #expect(result.stdout.isEmpty, "\(result.stdout)")
            #expect(!result.stderr.contains(Self.password) && !result.stdout.contains(Self.password))
        }
        let fromEnvironment = try CLI.run(["--workbench", wb, "speakers"], environment: ["QUOTECHECK_DATABASE": url])
        #expect(fromEnvironment.status == 1, "\(fromEnvironment.stderr)")
        #expect(fromEnvironment.stderr.contains("127.0.0.1:\(port)/claims"), "\(fromEnvironment.stderr)")
        #expect(!fromEnvironment.stderr.contains(Self.password) && !fromEnvironment.stdout.contains(Self.password))
    }

    @Test("a command that cannot run on PostgreSQL yet says so (exit 1) and never uses the workbench",
          arguments: [["copy", "--to", "/tmp/qc-never"]])
    func pendingCommand(command: [String]) throws {
        let port = try Self.closedPort()
        let url = "postgres://ana:\(Self.password)@127.0.0.1:\(port)/claims"
        let wb = try CLI.sampleWorkbench()
        defer { try? FileManager.default.removeItem(atPath: wb) }
        for (arguments, environment) in [(["--database", url, "--workbench", wb] + command, [String: String]()),
                                         (["--workbench", wb] + command, ["QUOTECHECK_DATABASE": url])] {
            let result = try CLI.run(arguments, environment: environment)
            #expect(result.status == 1, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("quotecheck \(command[0]): this command is not available on a PostgreSQL store yet"),
                    "\(result.stderr)")
            #expect(!result.stderr.contains(Self.password) && !result.stdout.contains(Self.password))
        }
    }

    @Test("--database before a mistyped command: the command is named; extract ignores a bad QUOTECHECK_DATABASE")
    func leadingDatabaseAndStorelessCommands() throws {
        let url = "postgres://ana:\(Self.password)@127.0.0.1:1/claims"
        for arguments in [["--database", url, "lsit"], ["--database=\(url)", "--workbench", "/tmp", "lsit"]] {
            let result = try CLI.run(arguments)
            #expect(result.status == 64)
            #expect(result.stderr.contains("unknown command 'lsit'"), "\(result.stderr)")
            #expect(!result.stderr.contains(Self.password))
        }
        // extract opens no store: the variable is read only when a store is opened.
        let extracted = try CLI.run(["extract", sample, "--format", "text"], environment: ["QUOTECHECK_DATABASE": "not a url"])
        #expect(extracted.status == 0, "\(extracted.stderr)")
    }

    @Test("--help explains --database and QUOTECHECK_DATABASE")
    func help() throws {
        for arguments in [["list", "--help"], ["mark", "--help"]] {
            let result = try CLI.run(arguments)
            #expect(result.status == 0)
            #expect(result.stdout.contains("--database <URL>"), "\(result.stdout)")
            #expect(result.stdout.contains("QUOTECHECK_DATABASE"), "\(result.stdout)")
        }
        let top = try CLI.run(["--help"])
        #expect(top.stdout.contains("--database URL"), "\(top.stdout)")
    }
}
