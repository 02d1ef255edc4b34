/// An output that takes bytes and says when it cannot: a file or a pipe.
///
/// The exporters write their chunks to an output that conforms (class-bound,
/// so that writes reach the one destination) as bytes, and let its errors
/// end the export: ``ExportOutputError/closed(_:)`` when the reader went away.
/// Other `TextOutputStream`s get the same chunks as strings.
public protocol ByteOutput: AnyObject {
    /// Writes all of `bytes`, or throws ``ExportOutputError``.
    func write(bytes: UnsafeRawBufferPointer) throws
}
