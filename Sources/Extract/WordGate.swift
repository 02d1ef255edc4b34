/// A set of words with a test before the lookup: a word whose first two bytes
/// begin no entry, or whose length in bytes no entry has, is not in the set,
/// and is turned away without hashing it (the day rules ask about every word
/// of an article, and few are words of time).
///
/// The entries must compare as their bytes do: lower-case, with no character
/// that Unicode decomposes and no combining mark (ASCII words, and words with
/// `’`, are), so that no other spelling of an entry can be equal to it.
struct WordGate: Sendable {
    /// The words themselves.
    let words: Set<String>
    /// One bit for each pair of first bytes (a one-byte word pairs its byte with 0).
    private let pairs: [UInt64]
    /// The shortest and the longest entry, in UTF-8 bytes.
    private let shortest: Int
    private let longest: Int

    /// A gate for `words`.
    init(_ words: Set<String>) {
        self.words = words
        var pairs = [UInt64](repeating: 0, count: 1024)
        var shortest = Int.max, longest = 0
        for word in words {
            let key = Self.key(word)
            pairs[key >> 6] |= 1 << UInt64(key & 63)
            shortest = min(shortest, word.utf8.count)
            longest = max(longest, word.utf8.count)
        }
        self.pairs = pairs
        self.shortest = shortest
        self.longest = longest
    }

    /// The index of a word's first two bytes.
    @inline(__always)
    private static func key(_ word: String) -> Int {
        var bytes = word.utf8.makeIterator()
        let first = Int(bytes.next() ?? 0), second = Int(bytes.next() ?? 0)
        return first << 8 | second
    }

    /// Whether `word` may be in the set (false: it is not; true: look it up).
    @inline(__always)
    func admits(_ word: String) -> Bool {
        let count = word.utf8.count
        guard count >= shortest, count <= longest else { return false }
        let key = Self.key(word)
        return pairs[key >> 6] & (1 << UInt64(key & 63)) != 0
    }

    /// Whether `word` is in the set.
    @inline(__always)
    func contains(_ word: String) -> Bool {
        admits(word) && words.contains(word)
    }
}
