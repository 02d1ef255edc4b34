import Crypto
import Foundation

/// The SHA-256 the desk keeps of a session token, computed apart from the desk's code.
enum DeskTestHash {
    static func sha256Hex(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
