import ArgumentParser
import Foundation
import Server

/// `quotecheck serve [--host H] [--port P] [--tls-cert F --tls-key F] [--insecure-http]`
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "The review desk in a browser, for the workbench's accounts ('quotecheck users').",
        discussion: HelpText.prose("""
        Serves the queue, each quote with its context, the verdict form, undo, history and
        the exports to signed-in reviewers; every verdict is credited to the account
        signed in. With --database it serves a PostgreSQL store and its accounts, so a
        team shares one desk's quotes, accounts and conflict rule. It listens on 127.0.0.1:8080 unless told otherwise and prints the URL
        it listens on (--port 0 takes any free port). A host other than loopback needs
        --tls-cert and --tls-key (HTTPS), or --insecure-http to serve plain HTTP anyway
        (with a warning: passwords and cookies would cross the network in clear).
        GET /healthz answers 'ok' without signing in. Stop it with Ctrl-C.

        Examples:
          quotecheck users add ana
          quotecheck serve
          quotecheck serve --host 0.0.0.0 --port 8443 --tls-cert desk.pem --tls-key desk.key
        """)
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The address to listen on.", valueName: "H"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("The port to listen on (0: any free port).", valueName: "P"))
    var port = 8080

    @Option(help: ArgumentHelp("A PEM certificate file: serve HTTPS (with --tls-key).", valueName: "F"))
    var tlsCert: String?

    @Option(help: ArgumentHelp("The PEM private key of --tls-cert.", valueName: "F"))
    var tlsKey: String?

    @Flag(help: "Serve plain HTTP on a host other than loopback (not recommended).")
    var insecureHTTP = false

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port \(port): give a port from 0 to 65535") }
        if (tlsCert == nil) != (tlsKey == nil) {
            throw ValidationError(tlsCert == nil ? "--tls-key needs --tls-cert" : "--tls-cert needs --tls-key")
        }
        if tlsCert == nil, !insecureHTTP, !DeskConfiguration.isLoopback(host) {
            throw ValidationError("--host \(host) is not loopback: give --tls-cert and --tls-key to serve HTTPS, or --insecure-http to serve plain HTTP anyway")
        }
    }

    func run() async throws {
        if tlsCert == nil, insecureHTTP, !DeskConfiguration.isLoopback(host) {
            printError("warning: --insecure-http: serving plain HTTP on \(host); passwords and session cookies cross the network in clear")
        }
        for file in [tlsCert, tlsKey].compactMap({ $0 }) where !FileManager.default.isReadableFile(atPath: file) {
            throw UsageFailure("cannot read '\(file)' (--tls-cert/--tls-key): no such readable file")
        }
        let tls = tlsCert.flatMap { cert in tlsKey.map { (certificate: cert, key: $0) } }
        let environment = ProcessInfo.processInfo.environment
        try await global.withDeskStore { store in
            let configuration = DeskConfiguration(
                host: host, port: port, tls: tls, store: store,
                archiveDirectory: global.workbenchURL.appendingPathComponent("sources/archive", isDirectory: true),
                hasher: PasswordHasher.fromEnvironment(),
                organizationName: environment["QUOTECHECK_ORG_NAME"].flatMap { $0.isEmpty ? nil : $0 } ?? "quotecheck")
            try await DeskServer(configuration: configuration).run { url in
                var out = StandardOutput()
                print("serving the review desk at \(url)", to: &out)
                fflush(cStandardOutput)
            }
        }
    }
}
