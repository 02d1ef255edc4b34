import Foundation

/// What a web desk account's name and password must be, checked before the store is asked.
public enum AccountRules {
    /// The fewest characters a password may have.
    public static let minimumPasswordLength = 8
    /// The most bytes bcrypt reads of a password (it ignores the rest, so longer ones are refused).
    public static let maximumPasswordBytes = 72
    /// The most characters of a name.
    public static let maximumNameLength = 64

    /// Why `name` cannot name an account, or `nil` when it can: not empty, no
    /// spaces at its ends, no control characters, at most 64 characters.
    public static func problem(withName name: String) -> String? {
        if name.isEmpty { return "a name cannot be empty" }
        if name.trimmingCharacters(in: .whitespaces) != name { return "a name cannot begin or end with a space" }
        if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return "a name cannot hold control characters"
        }
        if name.count > maximumNameLength { return "a name has at most \(maximumNameLength) characters" }
        return nil
    }

    /// Why `password` cannot be used, or `nil` when it can: 8 characters at least, 72 bytes at most.
    public static func problem(withPassword password: String) -> String? {
        if password.count < minimumPasswordLength {
            return "a password needs at least \(minimumPasswordLength) characters"
        }
        if password.utf8.count > maximumPasswordBytes {
            return "a password has at most \(maximumPasswordBytes) bytes (bcrypt ignores the rest)"
        }
        return nil
    }
}
