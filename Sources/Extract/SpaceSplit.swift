/// `text.split(separator: " ")`, the words of a text between its spaces, found
/// on the UTF-8 bytes instead of by walking the text's characters.
///
/// The standard library's split compares each character of the text with a
/// space, and building characters (grapheme clusters) costs far more than
/// comparing bytes. The two agree wherever each space byte is a character of
/// its own: the scalar after it does not extend it (a combining mark, a joiner)
/// and the scalar before it is not one that prepends itself to what follows.
/// Where a space stands beside a scalar that might do either (anything outside
/// Latin, its combining-free supplements and general punctuation), the
/// standard library's split decides.
enum SpaceSplit {
    /// The same words as `text.split(separator: " ")`, in order.
    static func words(_ text: String) -> [Substring] {
        var text = text
        let offsets: [Range<Int>]? = text.withUTF8 { bytes in
            var runs: [Range<Int>] = []
            var start = 0
            for i in bytes.indices where bytes[i] == 0x20 {
                guard clearsSpace(bytes, at: i) else { return nil }
                if i > start { runs.append(start ..< i) }
                start = i + 1
            }
            if bytes.count > start { runs.append(start ..< bytes.count) }
            return runs
        }
        guard let offsets else { return text.split(separator: " ") }
        let utf8 = text.utf8
        var words: [Substring] = []
        words.reserveCapacity(offsets.count)
        var index = utf8.startIndex, at = 0
        for run in offsets {
            let lower = utf8.index(index, offsetBy: run.lowerBound - at)
            let upper = utf8.index(lower, offsetBy: run.count)
            words.append(text[lower ..< upper])
            index = upper
            at = run.upperBound
        }
        return words
    }

    /// How many words `text.split(separator: " ")` gives.
    static func count(_ text: some StringProtocol) -> Int {
        var copy = String(text)
        let counted: Int? = copy.withUTF8 { bytes in
            var count = 0, inWord = false
            for i in bytes.indices {
                if bytes[i] == 0x20 {
                    guard clearsSpace(bytes, at: i) else { return nil }
                    inWord = false
                } else if !inWord {
                    inWord = true
                    count += 1
                }
            }
            return count
        }
        return counted ?? text.split(separator: " ").count
    }

    /// Whether the space at `i` is surely a character of its own: the scalars
    /// either side of it are ASCII, or in ranges that hold no combining mark,
    /// joiner or prepended scalar.
    @inline(__always)
    private static func clearsSpace(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        if i + 1 < bytes.count, bytes[i + 1] >= 0x80, !isPlain(scalar(in: bytes, at: i + 1)) { return false }
        if i > 0, bytes[i - 1] >= 0x80 {
            var j = i - 1
            while j > 0, bytes[j] & 0xC0 == 0x80 { j -= 1 }
            if !isPlain(scalar(in: bytes, at: j)) { return false }
        }
        return true
    }

    /// Whether a scalar neither extends the character before it nor prepends
    /// itself to the one after: Latin-1 and Latin Extended (below the combining
    /// marks at U+0300), and general punctuation but for the zero-width joiners.
    @inline(__always)
    private static func isPlain(_ value: UInt32) -> Bool {
        value < 0x300 || (0x2010 ... 0x2027).contains(value) || (0x2030 ... 0x205E).contains(value)
    }

    /// The scalar value of the UTF-8 sequence at `i` (valid UTF-8, as a String's
    /// bytes are); `UInt32.max` when `i` starts no sequence.
    @inline(__always)
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt32 {
        let lead = bytes[i]
        switch lead {
        case 0xC0 ..< 0xE0 where i + 1 < bytes.count:
            return UInt32(lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
        case 0xE0 ..< 0xF0 where i + 2 < bytes.count:
            return UInt32(lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
        default:
            return .max
        }
    }
}
