import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A TCP proxy on 127.0.0.1, on a port the system picks, in front of a
/// server on `127.0.0.1:target`: it passes bytes both ways and cuts a
/// connection (both sides closed) the moment its client sends `marker`,
/// before the server sees it. The server going away in the middle of a
/// statement, at a point the test chooses by content, not by time.
final class CuttingProxy: Sendable {
    /// The port listened on.
    let port: Int
    private let listener: Int32

    /// Starts listening; each connection is served on threads of its own.
    init(to target: Int, cuttingAt marker: String) throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw LocalHTTPServer.ServerFailure.socket(errno) }
        var address = Self.loopback(port: 0)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 16) == 0 else {
            close(fd)
            throw LocalHTTPServer.ServerFailure.socket(errno)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        port = Int(UInt16(bigEndian: address.sin_port))
        listener = fd
        let needle = Array(marker.utf8)
        Thread.detachNewThread {
            while true {
                let client = accept(fd, nil, nil)
                guard client >= 0 else { return }  // the listener was shut down
                let server = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
                var to = Self.loopback(port: target)
                let connected = withUnsafePointer(to: &to) {
                    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                        connect(server, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                    }
                }
                guard server >= 0, connected == 0 else {
                    close(client)
                    if server >= 0 { close(server) }
                    continue
                }
                Thread.detachNewThread { Self.pump(from: client, to: server, cuttingAt: needle) }
                Thread.detachNewThread { Self.pump(from: server, to: client, cuttingAt: []) }
            }
        }
    }

    /// Stops accepting connections.
    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    /// 127.0.0.1:`port`.
    private static func loopback(port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }

    /// Copies `source` to `sink` until either ends, or until `marker` (if
    /// any) passes: then both connections are shut down, the marker unsent.
    private static func pump(from source: Int32, to sink: Int32, cuttingAt marker: [UInt8]) {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var tail: [UInt8] = []  // the end of what was sent, for a marker split across reads
        while true {
            let count = read(source, &buffer, buffer.count)
            guard count > 0 else { break }
            let chunk = Array(buffer[..<count])
            if !marker.isEmpty {
                let seen = tail + chunk
                if seen.firstRange(of: marker) != nil { break }
                tail = Array(seen.suffix(marker.count - 1))
            }
            var sent = 0
            while sent < count {
                let written = chunk[sent...].withUnsafeBytes { write(sink, $0.baseAddress, count - sent) }
                guard written > 0 else { break }
                sent += written
            }
            guard sent == count else { break }
        }
        shutdown(source, Int32(SHUT_RDWR))
        shutdown(sink, Int32(SHUT_RDWR))
    }
}
