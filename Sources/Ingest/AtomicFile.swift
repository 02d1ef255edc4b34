import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a file whole under its final name: the bytes go to a temporary
/// file in the same folder, which is then renamed over the target.
///
/// A reader never sees a partly written file, and a process killed at any
/// moment leaves either the old file or the new one (plus, at worst, a
/// stray temporary file starting with `.`). No `fsync` is issued: like the
/// claims store (SQLite in WAL mode with `synchronous = NORMAL`), the archive
/// survives a killed process, and a power cut may lose the last writes.
/// Foundation's writes on Linux sync every file, which made the archive the
/// slowest part of a bulk import.
enum AtomicFile {
    /// Writes `bytes` to `url` through a temporary file and a rename.
    static func write(_ bytes: some Collection<UInt8>, to url: URL) throws {
        let target = url.path
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0 ... .max)).tmp").path
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw POSIXFailure(path: temporary, code: errno) }
        var failure: POSIXFailure?
        let data = Array(bytes)
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = POSIXFailure(path: temporary, code: errno)
                    return
                }
                offset += n
            }
        }
        if close(fd) != 0, failure == nil { failure = POSIXFailure(path: temporary, code: errno) }
        if failure == nil, rename(temporary, target) != 0 { failure = POSIXFailure(path: target, code: errno) }
        if let failure {
            unlink(temporary)
            throw failure
        }
    }

    /// A failed system call on a path.
    struct POSIXFailure: LocalizedError {
        let path: String
        let code: Int32
        var errorDescription: String? { "\(path): \(String(cString: strerror(code)))" }
    }
}
