import AsyncHTTPClient
import Foundation
import NIOCore
import NIOPosix

/// A failed connection in a few words a person can act on: "connection
/// refused by HOST:PORT", "no such host 'HOST'", instead of SwiftNIO's
/// nested error descriptions.
enum NetworkReason {
    /// The reason `error` (from the HTTP client or SwiftNIO) stands for.
    static func describe(_ error: Error) -> String {
        if let connection = error as? NIOConnectionError {
            if connection.dnsAError != nil || connection.dnsAAAAError != nil, connection.connectionErrors.isEmpty {
                return "no such host '\(connection.host)'"
            }
            let codes = connection.connectionErrors.compactMap { ($0.error as? IOError)?.errnoCode }
            if let code = codes.first {
                return reason(errno: code, host: connection.host, port: connection.port)
            }
            return "cannot connect to \(connection.host):\(connection.port)"
        }
        if let io = error as? IOError {
            return reason(errno: io.errnoCode, host: nil, port: nil)
        }
        if let client = error as? HTTPClientError {
            return client.description
        }
        return String(describing: error)
    }

    /// The words for a socket error number.
    private static func reason(errno code: Int32, host: String?, port: Int?) -> String {
        let place = host.map { h in port.map { "\(h):\($0)" } ?? h }
        switch code {
        case ECONNREFUSED: return "connection refused" + (place.map { " by \($0)" } ?? "")
        case ENETUNREACH, EHOSTUNREACH: return "no route to " + (place ?? "the host")
        case ETIMEDOUT: return "the connection timed out" + (place.map { " (\($0))" } ?? "")
        default: return String(cString: strerror(code)) + (place.map { " (\($0))" } ?? "")
        }
    }
}
