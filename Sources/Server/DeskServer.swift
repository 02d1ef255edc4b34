import Foundation
import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import Logging
import NIOCore
import NIOSSL

/// The web review desk: builds the Hummingbird application and runs it until the process is stopped.
public struct DeskServer: Sendable {
    /// What the desk serves and where.
    public let configuration: DeskConfiguration

    /// A desk for `configuration`.
    public init(configuration: DeskConfiguration) {
        self.configuration = configuration
    }

    /// Runs the desk; `onListening` gets the URL it listens on (with the real port when 0 was asked).
    public func run(onListening: @escaping @Sendable (String) -> Void) async throws {
        let router = Router(context: DeskContext.self)
        router.add(middleware: SecurityHeaders())
        router.add(middleware: SessionMiddleware(store: configuration.store, idleLimit: configuration.idleLimit))
        DeskRoutes(configuration: configuration).register(on: router)
        let scheme = configuration.tls == nil ? "http" : "https"
        let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
        var logger = Logger(label: "quotecheck.serve")
        logger.logLevel = .warning
        let app = Application(
            router: router,
            server: try serverBuilder(),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "quotecheck"),
            onServerRunning: { channel in
                onListening("\(scheme)://\(host):\(channel.localAddress?.port ?? configuration.port)/")
            },
            logger: logger
        )
        try await app.runService()
    }

    /// Plain HTTP/1.1, or HTTP/1.1 over TLS with the configured certificate and key.
    private func serverBuilder() throws -> HTTPServerBuilder {
        guard let tls = configuration.tls else { return .http1() }
        let certificates = try NIOSSLCertificate.fromPEMFile(tls.certificate).map { NIOSSLCertificateSource.certificate($0) }
        let key = try NIOSSLPrivateKey(file: tls.key, format: .pem)
        let tlsConfiguration = TLSConfiguration.makeServerConfiguration(certificateChain: certificates, privateKey: .privateKey(key))
        return try .tls(.http1(), tlsConfiguration: tlsConfiguration)
    }
}
