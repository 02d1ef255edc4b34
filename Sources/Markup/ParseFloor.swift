/// The cost of libxml2's HTML parse alone, for benchmarks: the floor that
/// quotecheck's import is measured against.
public enum ParseFloor {
    /// Parses `utf8` bytes with the same options as ``HTMLDocument`` and frees
    /// the tree at once, without decoding, converting or extracting anything.
    /// Returns whether libxml2 produced a document.
    public static func parse(utf8 bytes: [UInt8]) -> Bool {
        LibXML2Parser.parseOnly(utf8: bytes)
    }
}
