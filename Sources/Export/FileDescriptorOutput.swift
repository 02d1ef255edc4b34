import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file descriptor as an export's output: chunks go straight to `write(2)`
/// (no stdio buffer between), and a failed write is an error, never ignored.
///
/// A pipe whose reader went away gives ``ExportOutputError/closed(_:)``
/// (`EPIPE`) when the process ignores `SIGPIPE`, so that the export stops
/// reading at once; any other failure ``ExportOutputError/failed(_:_:)``.
public final class FileDescriptorOutput: TextOutputStream, ByteOutput {
    /// The descriptor written to.
    public let descriptor: Int32
    /// The output's name in messages (a path, or "standard output").
    public let name: String
    /// Whether ``close()`` closes the descriptor (one this value opened).
    private let owned: Bool
    /// A failure of ``write(_:)``, which cannot throw, kept for the next write or ``close()``.
    private var pending: ExportOutputError?

    /// Writes to an open descriptor that stays open.
    public init(descriptor: Int32, name: String) {
        self.descriptor = descriptor
        self.name = name
        owned = false
    }

    /// Creates (or empties) the file at `path` and writes to it.
    public init(path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw ExportOutputError.cannotOpen(path, String(cString: strerror(errno))) }
        self.descriptor = descriptor
        name = path
        owned = true
    }

    /// Standard output.
    public static func standardOutput() -> FileDescriptorOutput {
        FileDescriptorOutput(descriptor: STDOUT_FILENO, name: "standard output")
    }

    public func write(bytes: UnsafeRawBufferPointer) throws {
        if let pending { throw pending }
        guard var next = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let written = systemWrite(descriptor, next, left)
            if written < 0 {
                if errno == EINTR { continue }
                throw errno == EPIPE ? ExportOutputError.closed(name)
                    : ExportOutputError.failed(name, String(cString: strerror(errno)))
            }
            next += written
            left -= written
        }
    }

    /// Writes a string; a failure is thrown by the next ``write(bytes:)`` or by ``close()``.
    public func write(_ string: String) {
        guard pending == nil else { return }
        var string = string
        string.withUTF8 { buffer in
            do {
                try write(bytes: UnsafeRawBufferPointer(buffer))
            } catch let error as ExportOutputError {
                pending = error
            } catch {
                pending = .failed(name, error.localizedDescription)
            }
        }
    }

    /// Closes a descriptor this value opened; throws a failure not yet reported.
    public func close() throws {
        if let pending { throw pending }
        guard owned else { return }
        if systemClose(descriptor) != 0 { throw ExportOutputError.failed(name, String(cString: strerror(errno))) }
    }
}

/// `write(2)` (its name is taken by the methods above).
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}

/// `close(2)`.
private func systemClose(_ descriptor: Int32) -> Int32 {
    close(descriptor)
}
