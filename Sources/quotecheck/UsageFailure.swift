import ArgumentParser
import Foundation

/// A usage error found while a command runs (after parsing): the workbench
/// does not exist, a flag's value names nothing, … `main` prints
/// `Error: MESSAGE` on standard error and exits 64, like the parser's own
/// usage errors, but without repeating the usage line (the message says what
/// to do).
struct UsageFailure: Error, CustomStringConvertible {
    /// What went wrong, naming the input or the flag.
    let message: String

    init(_ message: String) { self.message = message }

    var description: String { message }
}

/// A file-system error in words: the system's reason (`No such file or
/// directory`, `Not a directory`, …) instead of Foundation's
/// "The operation could not be completed (NSCocoaErrorDomain error 512)".
enum FileSystemReason {
    /// The innermost POSIX reason of `error`, else its localized description.
    static func describe(_ error: Error) -> String {
        var current = error as NSError
        while true {
            if current.domain == NSPOSIXErrorDomain {
                return String(cString: strerror(Int32(current.code)))
            }
            guard let underlying = current.userInfo[NSUnderlyingErrorKey] as? NSError else { break }
            current = underlying
        }
        if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
        return error.localizedDescription
    }
}
