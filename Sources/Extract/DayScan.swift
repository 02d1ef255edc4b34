/// The two day patterns of ``DateText/Pattern`` — a month and a day ("nov. 24,
/// 2025", `monthDay`) and a day and a month ("24th november", `dayMonth`) —
/// found by a scan of the bytes of lower-cased text instead of a regular
/// expression's search, which costs far more than the scan.
///
/// The scan decides only where the text around what it reads is ASCII: a
/// non-ASCII byte (a letter with an accent, a Unicode space or digit, a
/// combining mark) anywhere the pattern or its word boundaries would look
/// makes it answer ``Outcome/unsure``, and the caller runs the regular
/// expression itself. Word boundaries are those of Unicode text segmentation
/// on ASCII: a period, an apostrophe or a colon between two letters, and a
/// period, an apostrophe, a comma or a semicolon between two digits, join
/// them. `DayScanTests` holds the scan to the regular expressions.
enum DayScan {
    /// Which pattern to scan for.
    enum Form {
        /// ``DateText/Pattern/monthDay``: month, a period perhaps, white space, a day, a year perhaps.
        case monthDay
        /// ``DateText/Pattern/dayMonth``: a day, white space, a month, a year perhaps.
        case dayMonth
    }

    /// What the pattern's groups capture, and where its match ends (a byte offset).
    struct Match: Equatable {
        /// The month's name or abbreviation, as the pattern's alternation finds it first.
        var month: String
        /// The day, one or two digits.
        var day: String
        /// The year of four digits, if one follows.
        var year: String?
        /// The byte offset just past the match.
        var end: Int
    }

    /// The answer of a scan.
    enum Outcome: Equatable {
        /// The first match, as the regular expression finds it.
        case found(Match)
        /// No match at all.
        case none
        /// Non-ASCII text where the answer depends on it: run the regular expression.
        case unsure
    }

    /// The month names in the order of the patterns' alternation (the first
    /// that lets the rest match is the one captured).
    static let months: [[UInt8]] = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec",
    ].map { Array($0.utf8) }

    /// The first match of `form` in `text` at or after byte `start`.
    static func first(_ form: Form, in text: String, from start: Int = 0) -> Outcome {
        var text = text
        return text.withUTF8 { Scanner(bytes: $0).first(form, from: start) }
    }

    /// Every match of `form` in `text`, left to right, each search going on
    /// where the match before ended (as `matches(of:)` does); nil when unsure.
    static func all(_ form: Form, in text: String) -> [Match]? {
        var text = text
        return text.withUTF8 { bytes in
            let scanner = Scanner(bytes: bytes)
            var found: [Match] = []
            var at = 0
            while true {
                switch scanner.first(form, from: at) {
                case .found(let match):
                    found.append(match)
                    at = match.end
                case .none:
                    return found
                case .unsure:
                    return nil
                }
            }
        }
    }

    /// A step of the scan that may fail, succeed or not know.
    fileprivate enum Step<Value> {
        case yes(Value)
        case no
        case unsure
    }

    /// The scan over one text's bytes.
    fileprivate struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>

        /// The byte at `i`, 0 past the end (0 stands for the end: the text never holds it where it matters).
        @inline(__always)
        func at(_ i: Int) -> UInt8 { i < bytes.count ? bytes[i] : 0 }

        @inline(__always)
        static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
        @inline(__always)
        static func isLetter(_ b: UInt8) -> Bool { (b >= 97 && b <= 122) || (b >= 65 && b <= 90) }
        @inline(__always)
        static func isWord(_ b: UInt8) -> Bool { isDigit(b) || isLetter(b) || b == 95 }
        /// ASCII white space (tab, line feed, vertical tab, form feed, carriage return, space).
        @inline(__always)
        static func isSpace(_ b: UInt8) -> Bool { b == 32 || (b >= 9 && b <= 13) }
        /// A byte the scan does not judge: not ASCII, or a control character that is not white space.
        @inline(__always)
        static func isStrange(_ b: UInt8) -> Bool { b >= 0x7F || (b < 32 && !isSpace(b) && b != 0) }

        /// Whether a word boundary falls at `i`, between a word character before it and what follows.
        func boundaryAfterWord(_ i: Int) -> Step<Void> {
            guard i < bytes.count else { return .yes(()) }
            let c = bytes[i]
            if Self.isStrange(c) { return .unsure }
            if Self.isWord(c) { return .no }
            let previous = bytes[i - 1]
            let joins: Bool
            if Self.isDigit(previous) {
                joins = c == 46 || c == 39 || c == 44 || c == 59  // . ' , ;
            } else {
                joins = c == 46 || c == 39 || c == 58  // . ' :
            }
            guard joins else { return .yes(()) }
            let next = at(i + 1)
            if Self.isStrange(next) { return .unsure }
            let joined = Self.isDigit(previous) ? Self.isDigit(next) : (Self.isLetter(next) && !Self.isDigit(next))
            return joined ? .no : .yes(())
        }

        /// Whether a word boundary falls at `i`, before the word character there.
        func boundaryBeforeWord(_ i: Int) -> Step<Void> {
            guard i > 0 else { return .yes(()) }
            let c = bytes[i - 1]
            if Self.isStrange(c) { return .unsure }
            if Self.isWord(c) { return .no }
            let isDigit = Self.isDigit(bytes[i])
            let joins = isDigit ? (c == 46 || c == 39 || c == 44 || c == 59) : (c == 46 || c == 39 || c == 58)
            guard joins else { return .yes(()) }
            guard i >= 2 else { return .yes(()) }
            let before = bytes[i - 2]
            if Self.isStrange(before) { return .unsure }
            let joined = isDigit ? Self.isDigit(before) : Self.isLetter(before)
            return joined ? .no : .yes(())
        }

        /// The end of a run of white space at `i` (at least one), no if there is none.
        func spaces(_ i: Int) -> Step<Int> {
            var j = i
            while j < bytes.count, Self.isSpace(bytes[j]) { j += 1 }
            if Self.isStrange(at(j)) { return .unsure }
            return j > i ? .yes(j) : .no
        }

        /// Whether `name` is spelt at `i`.
        func spells(_ name: [UInt8], _ i: Int) -> Bool {
            guard i + name.count <= bytes.count else { return false }
            for k in name.indices where bytes[i + k] != name[k] { return false }
            return true
        }

        /// `(?:\s+((?:19|20)\d\d))?` at `i`: the year and the end, or no year (the group left out).
        func year(_ i: Int) -> Step<(String, Int)?> {
            switch spaces(i) {
            case .unsure: return .unsure
            case .no: return .yes(nil)
            case .yes(let k):
                let (a, b, c, d) = (at(k), at(k + 1), at(k + 2), at(k + 3))
                for byte in [a, b, c, d] where Self.isStrange(byte) { return .unsure }
                guard (a == 49 && b == 57) || (a == 50 && b == 48), Self.isDigit(c), Self.isDigit(d) else { return .yes(nil) }
                // A combining mark after the last digit would make another character of it.
                if Self.isStrange(at(k + 4)) { return .unsure }
                return .yes((String(decoding: UnsafeBufferPointer(rebasing: bytes[k..<(k + 4)]), as: UTF8.self), k + 4))
            }
        }

        /// Whether the scalar that starts at byte `p` has a numeric value (a digit of any script, or any number).
        func isDigit(scalarAt p: Int) -> Bool {
            var iterator = UnsafeBufferPointer(rebasing: bytes[p...]).makeIterator()
            var decoder = Unicode.UTF8()
            guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return true }
            return scalar.properties.numericType != nil
        }

        /// The text of bytes `i..<j`.
        func text(_ i: Int, _ j: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<j]), as: UTF8.self)
        }

        /// The lengths a day's digits at `i` may take, longest first (`\d{1,2}`), and
        /// for each the ends with and without an ordinal suffix, in the pattern's order.
        func dayEnds(_ i: Int) -> [(digits: Int, end: Int)] {
            var ends: [(Int, Int)] = []
            let lengths = Self.isDigit(at(i + 1)) ? [2, 1] : [1]
            for length in lengths {
                let j = i + length
                let (s, t) = (at(j), at(j + 1))
                if (s == 115 && t == 116) || (s == 110 && t == 100) || (s == 114 && t == 100) || (s == 116 && t == 104) {
                    ends.append((j, j + 2))  // st, nd, rd, th
                }
                ends.append((j, j))
            }
            return ends
        }

        /// The first match at or after `start`.
        func first(_ form: Form, from start: Int) -> Outcome {
            var p = start
            while p < bytes.count {
                let b = bytes[p]
                // Inside a word no boundary falls: the patterns open only where a word does.
                if p > 0, Self.isWord(bytes[p - 1]) { p += 1; continue }
                let step: Step<Match>
                switch form {
                case .monthDay:
                    guard Self.isLetter(b) else { p += 1; continue }
                    step = monthDay(at: p)
                case .dayMonth:
                    // A digit of another script may open the pattern too (`\d` takes it): the scan leaves it to the regex.
                    if b >= 0xC0, isDigit(scalarAt: p) { return .unsure }
                    guard Self.isDigit(b) else { p += 1; continue }
                    step = dayMonth(at: p)
                }
                switch step {
                case .yes(let match): return .found(match)
                case .unsure: return .unsure
                case .no: p += 1
                }
            }
            return .none
        }

        /// `monthDay` matched at `p` (the boundary before it included).
        func monthDay(at p: Int) -> Step<Match> {
            for name in months where spells(name, p) {
                var i = p + name.count
                if Self.isStrange(at(i)) { return .unsure }
                if at(i) == 46 { i += 1 }  // \.?
                let digits: Int
                switch spaces(i) {
                case .unsure: return .unsure
                case .no: continue
                case .yes(let k): digits = k
                }
                guard Self.isDigit(at(digits)) else { continue }
                for (end, matchEnd) in dayEnds(digits) {
                    switch boundaryAfterWord(matchEnd) {
                    case .unsure: return .unsure
                    case .no: continue
                    case .yes: break
                    }
                    // The pattern matches here if the boundary before it holds.
                    switch boundaryBeforeWord(p) {
                    case .unsure: return .unsure
                    case .no: return .no
                    case .yes: break
                    }
                    var k = matchEnd
                    if at(k) == 44 { k += 1 }  // ,?
                    switch year(k) {
                    case .unsure: return .unsure
                    case .no: return .no
                    case .yes(let found):
                        return .yes(Match(month: text(p, p + name.count), day: text(digits, end), year: found?.0,
                                          end: found?.1 ?? matchEnd))
                    }
                }
            }
            return .no
        }

        /// `dayMonth` matched at `p` (the boundary before it included).
        func dayMonth(at p: Int) -> Step<Match> {
            for (end, suffixEnd) in dayEnds(p) {
                if Self.isStrange(at(suffixEnd)) { return .unsure }
                let monthStart: Int
                switch spaces(suffixEnd) {
                case .unsure: return .unsure
                case .no: continue
                case .yes(let k): monthStart = k
                }
                for name in months where spells(name, monthStart) {
                    let monthEnd = monthStart + name.count
                    switch boundaryAfterWord(monthEnd) {
                    case .unsure: return .unsure
                    case .no: continue
                    case .yes: break
                    }
                    switch boundaryBeforeWord(p) {
                    case .unsure: return .unsure
                    case .no: return .no
                    case .yes: break
                    }
                    var k = monthEnd
                    if at(k) == 46 { k += 1 }  // \.?
                    if Self.isStrange(at(k)) { return .unsure }
                    if at(k) == 44 { k += 1 }  // ,?
                    switch year(k) {
                    case .unsure: return .unsure
                    case .no: return .no
                    case .yes(let found):
                        return .yes(Match(month: text(monthStart, monthEnd), day: text(p, end), year: found?.0,
                                          end: found?.1 ?? k))
                    }
                }
            }
            return .no
        }
    }
}

/// A few fixed phrases of ``DateText``'s period patterns ("last week", "in
/// March", "in 2019", "March 2019", "this week", "in recent months"), each a
/// run of slots parted by one space, with a word boundary at either end,
/// found by a scan of the bytes as ``DayScan`` finds the days (and, like it,
/// unsure where the text around is not ASCII). `DayScanTests` holds each to
/// the regular expression it stands for.
struct PhraseScan: Sendable {
    /// What one slot of a phrase takes.
    enum Slot: Sendable {
        /// One of these words (lower case ASCII; a word may hold a space).
        case words([String])
        /// A year: 19 or 20 and two digits.
        case year
    }

    /// The phrases (one slot after another, parted by a single space).
    let phrases: [[Slot]]
    /// The slots' words as bytes.
    private let bytePhrases: [[[[UInt8]]?]]

    /// A scan for `phrases`.
    init(_ phrases: [[Slot]]) {
        self.phrases = phrases
        bytePhrases = phrases.map { slots in
            slots.map { slot in
                if case .words(let words) = slot { return words.map { Array($0.utf8) } }
                return nil
            }
        }
    }

    /// The first match in `text`: where the first slot's word starts and ends (byte offsets); nil for none; unsure as ``DayScan/Outcome``.
    fileprivate func first(in text: String) -> DayScan.Step<Range<Int>?> {
        var text = text
        return text.withUTF8 { bytes in
            let scanner = DayScan.Scanner(bytes: bytes)
            var p = 0
            while p < bytes.count {
                let b = bytes[p]
                if !DayScan.Scanner.isLetter(b) || (p > 0 && DayScan.Scanner.isWord(bytes[p - 1])) { p += 1; continue }
                var unsure = false
                for phrase in bytePhrases {
                    switch match(phrase, 0, at: p, scanner) {
                    case .yes(let firstEnd):
                        switch scanner.boundaryBeforeWord(p) {
                        case .yes: return .yes(p ..< firstEnd)
                        case .no: break
                        case .unsure: unsure = true
                        }
                    case .no: break
                    case .unsure: unsure = true
                    }
                }
                if unsure { return .unsure }
                p += 1
            }
            return .yes(nil)
        }
    }

    /// The first slot's word of the first match (`.some(nil)`: no match; nil: unsure).
    func firstWord(in text: String) -> String?? {
        switch first(in: text) {
        case .yes(let range):
            guard let range else { return .some(nil) }
            return .some(String(decoding: Array(text.utf8)[range], as: UTF8.self))
        case .no: return .some(nil)
        case .unsure: return nil
        }
    }

    /// Whether `text` holds a phrase (nil: unsure).
    func contains(in text: String) -> Bool? {
        switch first(in: text) {
        case .yes(let range): return range != nil
        case .no: return false
        case .unsure: return nil
        }
    }

    /// Whether the slots from `slot` on match at `i` and end at a word boundary; the end of slot 0's word when they do.
    private func match(_ phrase: [[[UInt8]]?], _ slot: Int, at i: Int, _ scanner: DayScan.Scanner) -> DayScan.Step<Int> {
        var unsure = false
        func rest(_ end: Int) -> DayScan.Step<Int> {
            if slot + 1 == phrase.count {
                switch scanner.boundaryAfterWord(end) {
                case .yes: return .yes(end)
                case .no: return .no
                case .unsure: return .unsure
                }
            }
            guard scanner.at(end) == 32 else { return .no }
            switch match(phrase, slot + 1, at: end + 1, scanner) {
            case .yes: return .yes(end)
            case .no: return .no
            case .unsure: return .unsure
            }
        }
        if let words = phrase[slot] {
            for word in words where scanner.spells(word, i) {
                switch rest(i + word.count) {
                case .yes(let end): return .yes(end)
                case .no: continue
                case .unsure: unsure = true
                }
            }
        } else {
            let (a, b, c, d) = (scanner.at(i), scanner.at(i + 1), scanner.at(i + 2), scanner.at(i + 3))
            if (a == 49 && b == 57) || (a == 50 && b == 48) {
                // `\d` takes the digits of other scripts too: a byte that is not ASCII there is for the regex to judge.
                if DayScan.Scanner.isStrange(c) || DayScan.Scanner.isStrange(d) { return .unsure }
                if DayScan.Scanner.isDigit(c), DayScan.Scanner.isDigit(d) { return rest(i + 4) }
            }
            return .no
        }
        return unsure ? .unsure : .no
    }
}
