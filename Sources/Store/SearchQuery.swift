/// A user's search words made into an FTS5 query.
///
/// The words keep FTS5's own syntax where the user wrote it: `"a phrase"` in
/// double quotes, a prefix such as `ceasefir*`, `AND`, `OR`, `NOT` and
/// parentheses. Curly marks count as straight ones (’‘ as ', “” as "), as in
/// the index. A bare word FTS5 would refuse for its punctuation (`don't`,
/// `peace-plan`, `U.S.`) is searched as a phrase of its words.
public struct SearchQuery: Sendable, Equatable {
    /// The words as the user wrote them (for messages).
    public let words: String
    /// The FTS5 expression matched against the index.
    public let expression: String

    /// Reads `words`; throws ``SearchQueryError`` for a phrase whose double quote is never closed.
    public init(_ words: String) throws {
        self.words = words
        let text = SearchSQL.normalise(words)
        var parts: [String] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character.isWhitespace {
                index = text.index(after: index)
            } else if character == "(" || character == ")" {
                parts.append(String(character))
                index = text.index(after: index)
            } else if character == "\"" {
                // A phrase runs to the next lone double quote ("" inside is a literal one).
                var end = text.index(after: index)
                var closed = false
                while end < text.endIndex {
                    if text[end] == "\"" {
                        let next = text.index(after: end)
                        if next < text.endIndex, text[next] == "\"" {
                            end = text.index(after: next)
                            continue
                        }
                        closed = true
                        end = next
                        break
                    }
                    end = text.index(after: end)
                }
                guard closed else { throw SearchQueryError(words: words, reason: .unbalancedQuote) }
                var phrase = String(text[index..<end])
                if end < text.endIndex, text[end] == "*" {
                    phrase += "*"
                    end = text.index(after: end)
                }
                parts.append(phrase)
                index = end
            } else {
                var end = index
                while end < text.endIndex, !text[end].isWhitespace, !"\"()".contains(text[end]) {
                    end = text.index(after: end)
                }
                parts.append(Self.bareword(String(text[index..<end])))
                index = end
            }
        }
        expression = parts.joined(separator: " ")
    }

    /// A bare word as FTS5 reads it: an operator or a plain word (with its
    /// prefix star) as is, any other word as a quoted phrase.
    static func bareword(_ word: String) -> String {
        if ["AND", "OR", "NOT"].contains(word) { return word }
        let isPrefix = word.hasSuffix("*") && word.count > 1
        let stem = isPrefix ? String(word.dropLast()) : word
        let plain = stem.unicodeScalars.allSatisfy { scalar in
            scalar.value >= 0x80 || scalar == "_" || ("a"..."z").contains(scalar)
                || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
        }
        if plain { return word }
        return "\"" + stem.replacingOccurrences(of: "\"", with: "\"\"") + "\"" + (isPrefix ? "*" : "")
    }
}

/// A search the index cannot read (an unclosed phrase, an operator without words, …).
public struct SearchQueryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Why the words are not a search.
    public enum Reason: Equatable, Sendable {
        /// A double quote opens a phrase that is never closed.
        case unbalancedQuote
        /// FTS5 refused the query's syntax (its message).
        case syntax(String)
    }

    /// The words as the user wrote them.
    public let words: String
    /// Why they are not a search.
    public let reason: Reason

    /// The message: names the words, says what to write instead.
    public var description: String {
        let why = switch reason {
        case .unbalancedQuote: "a phrase's double quote is not closed"
        case .syntax: "AND, OR and NOT need words on both sides, and parentheses must pair"
        }
        return "cannot search for '\(words)': \(why); write words, \"a phrase\" in double quotes, or a prefix such as ceasefir*"
    }
}
