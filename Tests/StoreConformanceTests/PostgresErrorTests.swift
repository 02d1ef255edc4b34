import Foundation
import Store
import StorePostgres
import Testing

/// Failures between the store and its server name the store without its password.
@Suite("PostgreSQL store: errors")
struct PostgresErrorTests {
    @Test("a server that cannot be reached is named without the password")
    func unreachable() async throws {
        // A loopback port nobody listens on: the one a just-closed listener had.
        let port = try FreePort.find()
        let password = "n0t-in-any-message"
        let url = try PostgresURL("postgres://ana:\(password)@127.0.0.1:\(port)/claims?sslmode=disable")
        let error = await #expect(throws: PostgresStoreError.self) { _ = try await PostgresClaimStore.open(url) }
        #expect(error?.kind == .connection)
        let text = String(describing: error)
        #expect(!text.contains(password), "\(text)")
        #expect(text.contains("postgres://ana@127.0.0.1:\(port)/claims"), "\(text)")
    }

    @Test("a wrong password is refused by the server, and the message holds neither password",
          .enabled(if: PostgresTestServer.url != nil, PostgresTestServer.skipped))
    func wrongPassword() async throws {
        PostgresTestServer.reportCase()
        var url = try #require(PostgresTestServer.url)
        let real = try #require(url.password)
        url.password = "wr0ng-pass-word"
        url.sslMode = .disable
        let error = await #expect(throws: PostgresStoreError.self) { _ = try await PostgresClaimStore.open(url) }
        let text = String(describing: error)
        #expect(error?.kind == .server && error?.sqlState == "28P01", "\(text)")
        #expect(!text.contains("wr0ng-pass-word") && !text.contains(real), "\(text)")
    }
}

/// A loopback TCP port that no one listens on.
enum FreePort {
    /// Binds port 0 on 127.0.0.1, reads the port the kernel chose, and closes the socket.
    static func find() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw POSIXError(.EIO) }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else { throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        guard named == 0 else { throw POSIXError(.EIO) }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
