/// The bytes of an export on their way out, handed to the output in chunks
/// of about 64 KiB (not line by line): as bytes to a ``ByteOutput``, as
/// strings to any other `TextOutputStream`.
struct ExportBuffer {
    /// The size at which a chunk is handed over.
    static let chunkSize = 1 << 16

    /// The bytes not written yet.
    var bytes: [UInt8] = []

    init() {
        bytes.reserveCapacity(Self.chunkSize + Self.chunkSize / 4)
    }

    /// Hands the bytes over once they fill a chunk.
    mutating func flushIfFull<Output: TextOutputStream>(to output: inout Output) throws {
        if bytes.count >= Self.chunkSize { try flush(to: &output) }
    }

    /// Hands every byte over.
    mutating func flush<Output: TextOutputStream>(to output: inout Output) throws {
        guard !bytes.isEmpty else { return }
        if let sink = output as? any ByteOutput {
            try bytes.withUnsafeBytes { try sink.write(bytes: $0) }
        } else {
            output.write(String(decoding: bytes, as: UTF8.self))
        }
        bytes.removeAll(keepingCapacity: true)
    }
}
