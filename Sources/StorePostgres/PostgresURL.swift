/// Where a PostgreSQL store is: `postgres://USER[:PASSWORD]@HOST[:PORT]/DB`
/// (or `postgresql://…`), with an optional `?sslmode=disable|prefer|require`.
///
/// User, password and database are percent-decoded; an IPv6 host is written
/// in brackets (`[::1]`). The port defaults to 5432 and the TLS mode to
/// `prefer`, as with libpq. The password is kept for connecting and shown
/// nowhere: ``description`` (and so every message that names the store)
/// leaves it out, and so does every ``PostgresURLError``.
public struct PostgresURL: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable {
    /// Whether the connection uses TLS (`sslmode`).
    public enum SSLMode: String, Sendable, Equatable, CaseIterable {
        /// Never: plain TCP.
        case disable
        /// TLS when the server offers it, plain TCP otherwise (the default).
        case prefer
        /// TLS or no connection.
        case require
    }

    /// The user to connect as.
    public var user: String
    /// The user's password, if the URL gives one (never printed).
    public var password: String?
    /// The server's host name or address (without brackets).
    public var host: String
    /// The server's TCP port.
    public var port: Int
    /// The database.
    public var database: String
    /// The TLS mode.
    public var sslMode: SSLMode

    /// Creates a location from its parts.
    public init(user: String, password: String? = nil, host: String, port: Int = 5432, database: String,
                sslMode: SSLMode = .prefer) {
        self.user = user
        self.password = password
        self.host = host
        self.port = port
        self.database = database
        self.sslMode = sslMode
    }

    /// Parses `postgres://USER[:PASSWORD]@HOST[:PORT]/DB[?sslmode=MODE]`, or throws a
    /// ``PostgresURLError`` that names the part at fault (never the password).
    public init(_ text: String) throws(PostgresURLError) {
        guard let schemeEnd = text.range(of: "://") else { throw .notPostgres(scheme: nil) }
        let scheme = String(text[..<schemeEnd.lowerBound])
        guard ["postgres", "postgresql"].contains(scheme.lowercased()) else { throw .notPostgres(scheme: scheme) }
        var rest = text[schemeEnd.upperBound...]
        var query: Substring = ""
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        guard let slash = rest.firstIndex(of: "/") else { throw .missingDatabase }
        let authority = rest[..<slash]
        let path = rest[rest.index(after: slash)...]
        // The last `@` ends the user part: a password may hold one unencoded.
        guard let at = authority.lastIndex(of: "@") else { throw .missingUser }
        let userInfo = authority[..<at]
        let hostPort = authority[authority.index(after: at)...]

        let userText: Substring
        var password: String?
        if let colon = userInfo.firstIndex(of: ":") {
            userText = userInfo[..<colon]
            guard let decoded = Self.percentDecoded(userInfo[userInfo.index(after: colon)...]) else {
                throw .invalidEncoding(part: "password")
            }
            password = decoded
        } else {
            userText = userInfo
        }
        guard let user = Self.percentDecoded(userText) else { throw .invalidEncoding(part: "user") }
        guard !user.isEmpty else { throw .missingUser }

        var host: Substring
        var portText: Substring?
        if hostPort.hasPrefix("[") {
            guard let close = hostPort.firstIndex(of: "]") else { throw .invalidHost }
            host = hostPort[hostPort.index(after: hostPort.startIndex) ..< close]
            let after = hostPort[hostPort.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":") else { throw .invalidHost }
                portText = after.dropFirst()
            }
        } else if let colon = hostPort.lastIndex(of: ":") {
            host = hostPort[..<colon]
            portText = hostPort[hostPort.index(after: colon)...]
        } else {
            host = hostPort
        }
        guard !host.isEmpty else { throw .missingHost }
        var port = 5432
        if let portText {
            guard let value = Int(portText), (1 ... 65535).contains(value) else { throw .invalidPort(String(portText)) }
            port = value
        }

        guard let database = Self.percentDecoded(path) else { throw .invalidEncoding(part: "database") }
        guard !database.isEmpty else { throw .missingDatabase }

        var sslMode = SSLMode.prefer
        for parameter in query.split(separator: "&", omittingEmptySubsequences: true) {
            let pair = parameter.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(pair[0])
            let value = pair.count > 1 ? String(pair[1]) : ""
            guard name == "sslmode" else { throw .unknownParameter(name) }
            guard let mode = SSLMode(rawValue: value) else { throw .invalidSSLMode(value) }
            sslMode = mode
        }
        self.init(user: user, password: password, host: String(host), port: port, database: database,
                  sslMode: sslMode)
    }

    /// The URL without its password: `postgres://ana@db.example:5432/claims?sslmode=prefer`.
    public var description: String {
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "postgres://\(Self.percentEncoded(user))@\(shownHost):\(port)/\(Self.percentEncoded(database))"
            + "?sslmode=\(sslMode.rawValue)"
    }

    /// The same as ``description``: the password stays out of debug output too.
    public var debugDescription: String { description }

    /// The parts without the password (for `dump` and debuggers): it shows as `***` when there is one.
    public var customMirror: Mirror {
        Mirror(self, children: ["user": user, "password": password == nil ? "nil" : "***", "host": host,
                                "port": port, "database": database, "sslMode": sslMode.rawValue])
    }

    /// `text` with `%XX` escapes decoded as UTF-8; `nil` for a broken escape or bytes that are not UTF-8.
    static func percentDecoded(_ text: Substring) -> String? {
        var bytes: [UInt8] = []
        var index = text.utf8.startIndex
        let utf8 = text.utf8
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "%") {
                let first = utf8.index(after: index)
                guard first < utf8.endIndex else { return nil }
                let second = utf8.index(after: first)
                guard second < utf8.endIndex, let high = hexValue(utf8[first]), let low = hexValue(utf8[second]) else {
                    return nil
                }
                bytes.append(high << 4 | low)
                index = utf8.index(after: second)
            } else {
                bytes.append(byte)
                index = utf8.index(after: index)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    /// `text` with every byte but letters, digits and `-._~` written `%XX`.
    static func percentEncoded(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a") ... UInt8(ascii: "z"), UInt8(ascii: "A") ... UInt8(ascii: "Z"),
                 UInt8(ascii: "0") ... UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }

    /// The value of one hexadecimal digit.
    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0") ... UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a") ... UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A") ... UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
