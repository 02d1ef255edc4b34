/// The words of every primary statement, interned, with an inverted index of
/// their word 3-grams (shingles): sorted keys and the word position each
/// shingle starts at.
struct ShingleIndex: Sendable {
    /// Words per shingle.
    static let shingleLength = 3

    /// Interned forms: form → id.
    private(set) var vocabulary: [String: Int32] = [:]
    /// Id → form.
    private(set) var forms: [String] = []
    /// Id → weight in alignments (content words 1, function words less).
    private(set) var weights: [Float] = []
    /// Every statement's words, one after the other (ids).
    private(set) var words: [Int32] = []
    /// Word position → its statement's index.
    private(set) var statementOf: [Int32] = []
    /// Word position → offsets in its statement's text and the break after it.
    private(set) var starts: [Int32] = []
    private(set) var ends: [Int32] = []
    private(set) var breaks: [WordBreak] = []
    /// Statement index → its first word position; one more entry at the end.
    private(set) var statementStart: [Int] = [0]
    /// Sorted shingle keys and, at the same index, the position where each starts.
    private var keys: [UInt64] = []
    private var positions: [Int32] = []

    /// Indexes the texts, in order.
    init(texts: [String]) {
        for (index, text) in texts.enumerated() {
            for word in WordNormaliser.words(in: text) {
                words.append(intern(word.form))
                statementOf.append(Int32(index))
                starts.append(Int32(clamping: word.start))
                ends.append(Int32(clamping: word.end))
                breaks.append(word.breakAfter)
            }
            statementStart.append(words.count)
        }
        var pairs: [(key: UInt64, position: Int32)] = []
        pairs.reserveCapacity(words.count)
        for statement in 0..<texts.count {
            let (lower, upper) = (statementStart[statement], statementStart[statement + 1])
            guard upper - lower >= Self.shingleLength else { continue }
            for position in lower...(upper - Self.shingleLength) {
                pairs.append((Self.key(words[position], words[position + 1], words[position + 2]), Int32(position)))
            }
        }
        pairs.sort { $0.key < $1.key || ($0.key == $1.key && $0.position < $1.position) }
        keys = pairs.map(\.key)
        positions = pairs.map(\.position)
    }

    /// The key of a shingle (exact while the vocabulary has under 2²¹ words;
    /// a rare collision beyond that only adds a candidate that alignment rejects).
    static func key(_ a: Int32, _ b: Int32, _ c: Int32) -> UInt64 {
        let mask: UInt64 = 0x1F_FFFF
        return (UInt64(UInt32(bitPattern: a)) & mask) << 42 | (UInt64(UInt32(bitPattern: b)) & mask) << 21
            | (UInt64(UInt32(bitPattern: c)) & mask)
    }

    /// The id of a form, or `nil` when no statement has it.
    func id(of form: String) -> Int32? { vocabulary[form] }

    /// The weight of a form in alignments: 1 for content words and negations, 0.4 for function words.
    static func weight(of form: String) -> Float {
        WordLexicon.functionWords.contains(form) ? 0.4 : 1
    }

    /// Whether the form is a content word (negations included).
    static func isContent(_ form: String) -> Bool { !WordLexicon.functionWords.contains(form) }

    /// The positions where the shingle starts, when it occurs at most `limit` times.
    func positions(ofShingle key: UInt64, limit: Int) -> ArraySlice<Int32>? {
        var low = 0, high = keys.count
        while low < high {
            let mid = (low + high) / 2
            if keys[mid] < key { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < keys.count, keys[end] == key {
            end += 1
            if end - low > limit { return nil }
        }
        return positions[low..<end]
    }

    /// The id of `form`, adding it when new.
    private mutating func intern(_ form: String) -> Int32 {
        if let id = vocabulary[form] { return id }
        let id = Int32(forms.count)
        vocabulary[form] = id
        forms.append(form)
        weights.append(Self.weight(of: form))
        return id
    }
}
