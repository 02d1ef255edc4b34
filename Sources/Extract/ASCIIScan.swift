import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Substring tests on the bytes of text, for the cheap checks that decide
/// whether a costlier pattern can match at all.
///
/// Foundation's `contains` goes through `NSString` and the standard library's
/// through generic collection search; both cost far more than the test they
/// guard. These work on UTF-8 bytes: a needle of ASCII letters matches the
/// same places in any text, since no byte of a multi-byte UTF-8 sequence is
/// ASCII.
enum ASCIIScan {
    /// Whether `text` contains `needle` (lower-case ASCII), comparing ASCII
    /// letters of `text` without regard to case.
    static func containsFolded(_ text: some StringProtocol, _ needle: StaticString) -> Bool {
        let count = needle.utf8CodeUnitCount
        guard count > 0 else { return true }
        return needle.withUTF8Buffer { pattern in
            if let found = text.utf8.withContiguousStorageIfAvailable({ search($0, pattern) }) { return found }
            var copy = String(text)
            return copy.withUTF8 { search($0, pattern) }
        }
    }

    /// Whether `text` contains any of `needles` (lower-case ASCII), case folded
    /// as in ``containsFolded(_:_:)``: one pass over the text, whose bytes are
    /// compared with the needles' first bytes (a bit set) before anything else.
    static func containsAnyFolded(_ text: some StringProtocol, _ needles: [StaticString]) -> Bool {
        var firsts: UInt64 = 0
        for needle in needles {
            guard needle.utf8CodeUnitCount > 0 else { return true }
            firsts |= 1 << UInt64(needle.utf8Start.pointee & 63)
        }
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            for i in bytes.indices {
                let byte = lower(bytes[i])
                guard firsts & (1 << UInt64(byte & 63)) != 0 else { continue }
                for needle in needles where needle.utf8Start.pointee == byte {
                    let count = needle.utf8CodeUnitCount
                    guard i + count <= bytes.count else { continue }
                    var k = 1
                    while k < count, lower(bytes[i + k]) == needle.utf8Start[k] { k += 1 }
                    if k == count { return true }
                }
            }
            return false
        }
        if let found = text.utf8.withContiguousStorageIfAvailable(scan) { return found }
        var copy = String(text)
        return copy.withUTF8(scan)
    }

    private static func search(_ bytes: UnsafeBufferPointer<UInt8>, _ pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = pattern.count
        guard bytes.count >= n else { return false }
        let first = pattern[0]
        var i = 0
        let last = bytes.count - n
        while i <= last {
            if lower(bytes[i]) == first {
                var k = 1
                while k < n, lower(bytes[i + k]) == pattern[k] { k += 1 }
                if k == n { return true }
            }
            i += 1
        }
        return false
    }

    @inline(__always)
    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 65 && byte <= 90 ? byte + 32 : byte
    }

    /// Whether `lowercased` (text already lower-cased, so holding no ASCII
    /// capital) contains `needle` (lower-case ASCII): the same answer as
    /// ``containsFolded(_:_:)``, found with the C library's `memchr` and `memcmp`.
    static func contains(lowercased text: String, _ needle: String) -> Bool {
        var text = text, needle = needle
        return needle.withUTF8 { pattern in
            text.withUTF8 { bytes in
                guard !pattern.isEmpty else { return true }
                guard let base = bytes.baseAddress, bytes.count >= pattern.count else { return false }
                // memchr finds each candidate first byte many bytes at a time; memcmp checks the rest.
                let first = Int32(pattern[0])
                let lastStart = bytes.count - pattern.count
                var offset = 0
                while offset <= lastStart,
                      let hit = memchr(base + offset, first, lastStart - offset + 1) {
                    let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + at, pattern.baseAddress!, pattern.count) == 0 { return true }
                    offset = at + 1
                }
                return false
            }
        }
    }

    /// The range of the last occurrence of `needle` in `text`, compared byte
    /// for byte (Foundation's backward `range(of:)` bridges to NSString); nil
    /// for an empty needle, as Foundation answers. `needle` must start and end
    /// on whole characters (it does when it starts and ends with ASCII).
    static func lastRange(of needle: String, in text: String) -> Range<String.Index>? {
        let offset: Int? = {
            var text = text, needle = needle
            return needle.withUTF8 { pattern in
                text.withUTF8 { bytes in
                    guard !pattern.isEmpty, bytes.count >= pattern.count else { return nil }
                    var at = bytes.count - pattern.count
                    while at >= 0 {
                        if bytes[at] == pattern[0], memcmp(bytes.baseAddress! + at, pattern.baseAddress!, pattern.count) == 0 {
                            return at
                        }
                        at -= 1
                    }
                    return nil
                }
            }
        }()
        guard let offset else { return nil }
        let lower = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        return lower ..< text.utf8.index(lower, offsetBy: needle.utf8.count)
    }

    /// A fixed list of needles (lower-case ASCII) for ``ASCIIScan/containsAnyFolded(_:_:)``'s
    /// answer with a table of their first two bytes made once: most places in a
    /// text start no needle's pair and are passed over at the cost of one bit test.
    struct Needles: Sendable {
        /// The needles' bytes.
        private let needles: [[UInt8]]
        /// One bit for each pair of first bytes (folded, below 128) that some needle starts with.
        private let pairs: [UInt64]
        /// Whether a needle is empty (found in any text).
        private let hasEmpty: Bool
        /// Whether a needle is a single byte (it may stand before a byte that is not ASCII).
        private let hasSingle: Bool

        /// The table for `needles`.
        init(_ needles: [StaticString]) {
            let bytes = needles.map { needle in needle.withUTF8Buffer { Array($0) } }
            var pairs = [UInt64](repeating: 0, count: 256)
            for needle in bytes where !needle.isEmpty {
                precondition(needle.allSatisfy { $0 < 128 && !($0 >= 65 && $0 <= 90) }, "needles are lower-case ASCII")
                // A needle of one byte starts a pair with whatever follows it.
                let seconds = needle.count > 1 ? [needle[1]] : Array(0 ..< 128)
                for second in seconds {
                    let key = Int(needle[0]) << 7 | Int(second)
                    pairs[key >> 6] |= 1 << UInt64(key & 63)
                }
            }
            self.needles = bytes
            self.pairs = pairs
            hasEmpty = bytes.contains(where: \.isEmpty)
            hasSingle = bytes.contains { $0.count == 1 }
        }

        /// Whether `text` contains any needle, ASCII letters compared without regard to case.
        func found(in text: some StringProtocol) -> Bool {
            if hasEmpty { return true }
            func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
                let count = bytes.count
                var i = 0
                while i < count {
                    let first = lower(bytes[i])
                    guard first < 128 else { i += 1; continue }
                    let second = i + 1 < count ? lower(bytes[i + 1]) : 0
                    let key = Int(first) << 7 | Int(second & 127)
                    if second < 128 || hasSingle,
                       pairs[key >> 6] & (1 << UInt64(key & 63)) != 0 {
                        for needle in needles where needle.first == first && i + needle.count <= count {
                            var k = 1
                            while k < needle.count, lower(bytes[i + k]) == needle[k] { k += 1 }
                            if k == needle.count { return true }
                        }
                    }
                    i += 1
                }
                return false
            }
            if let found = text.utf8.withContiguousStorageIfAvailable(scan) { return found }
            var copy = String(text)
            return copy.withUTF8(scan)
        }
    }

    /// `word` without the punctuation at either end, as Foundation's
    /// `trimmingCharacters(in: .punctuationCharacters)` gives it. A word that
    /// starts and ends with an ASCII letter or digit (most words) has nothing
    /// to trim and is handed back without going through `NSString`.
    static func trimmingPunctuation(_ word: some StringProtocol) -> String {
        let word = String(word)
        if let first = word.utf8.first, let last = word.utf8.last, isAlphanumeric(first), isAlphanumeric(last) {
            return word
        }
        return word.trimmingCharacters(in: .punctuationCharacters)
    }

    @inline(__always)
    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57)
    }

    /// Whether `lowercased` contains any of `needles`, as ``contains(lowercased:_:)``.
    static func containsAny(lowercased text: String, _ needles: [String]) -> Bool {
        needles.contains { contains(lowercased: text, $0) }
    }
}
