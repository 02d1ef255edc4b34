import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A very small HTTP/1.1 server on 127.0.0.1, on a port the system picks,
/// answering every request with the same page and closing the connection.
///
/// The CLI tests run the real binary, which fetches from it; the server
/// serves one connection at a time on a thread of its own (no timing: it
/// blocks in `accept` until asked, and ``stop()`` ends it). The Ingest tests
/// have a fuller server on SwiftNIO (`Tests/IngestTests/TestHTTPServer.swift`);
/// this target runs only the binary and does not link NIO.
final class LocalHTTPServer: Sendable {
    /// The port listened on.
    let port: Int
    private let listener: Int32

    /// Starts serving `body` as `contentType`.
    init(body: [UInt8], contentType: String = "text/html; charset=utf-8") throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ServerFailure.socket(errno) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 16) == 0 else {
            close(fd)
            throw ServerFailure.socket(errno)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        port = Int(UInt16(bigEndian: address.sin_port))
        listener = fd
        let head = "HTTP/1.1 200 OK\r\nContent-Type: \(contentType)\r\nContent-Length: \(body.count)\r\nConnection: close\r\n\r\n"
        let response = Array(head.utf8) + body
        Thread.detachNewThread {
            while true {
                let connection = accept(fd, nil, nil)
                guard connection >= 0 else { return }  // the listener was shut down
                Self.answer(connection, with: response)
            }
        }
    }

    /// Reads the request head, writes the response, closes the connection.
    private static func answer(_ connection: Int32, with response: [UInt8]) {
        defer { close(connection) }
        var request: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !request.ends(with: [13, 10, 13, 10]) {
            let n = read(connection, &buffer, buffer.count)
            guard n > 0 else { return }
            request += buffer[..<n]
        }
        var offset = 0
        while offset < response.count {
            let n = response[offset...].withUnsafeBytes { write(connection, $0.baseAddress, $0.count) }
            guard n > 0 else { return }
            offset += n
        }
    }

    /// Stops listening; the serving thread ends.
    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    /// A socket call failed (errno).
    enum ServerFailure: Error {
        case socket(Int32)
    }
}

private extension Array where Element == UInt8 {
    /// Whether the bytes end with `suffix`.
    func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix
    }
}
