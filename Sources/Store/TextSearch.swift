import Foundation

/// SQLite's full-text search as the SQLite store's indexes use it (FTS5,
/// `unicode61 remove_diacritics 2`, bm25 ranking, `highlight()`), in Swift,
/// for a backend without FTS5: the same tokens, the same query syntax, the
/// same matches, the same ranks and the same highlighted stretches.
///
/// A ``Corpus`` holds the index's statistics (rows, tokens, the rows each
/// phrase matches); ``Query`` is a ``SearchQuery``'s expression parsed.
package enum TextSearch {
    /// One token of a text: its folded form and where it is (Unicode scalar offsets).
    package struct Token: Equatable {
        /// Lowercased, diacritics removed.
        package let text: String
        /// The offset of its first scalar.
        package let start: Int
        /// The offset after its last scalar.
        package let end: Int
    }

    /// The tokens of `text` as `unicode61 remove_diacritics 2` makes them:
    /// runs of letters, numbers, private-use characters and non-spacing marks,
    /// each lowercased with its diacritics removed (marks dropped).
    package static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var current = String.UnicodeScalarView()
        var start = -1
        var offset = 0
        for scalar in text.unicodeScalars {
            if isTokenCharacter(scalar) {
                if start < 0 { start = offset }
                current.append(contentsOf: fold(scalar))
            } else if start >= 0 {
                tokens.append(Token(text: String(current), start: start, end: offset))
                current = String.UnicodeScalarView()
                start = -1
            }
            offset += 1
        }
        if start >= 0 { tokens.append(Token(text: String(current), start: start, end: offset)) }
        return tokens
    }

    /// Whether `scalar` belongs to a token (categories L*, N*, Co and Mn).
    static func isTokenCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .privateUse, .nonspacingMark:
            return true
        default:
            return false
        }
    }

    /// `scalar` lowercased (one for one) with its diacritics removed; nothing for a mark.
    static func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        if scalar.properties.generalCategory == .nonspacingMark { return [] }
        var result = scalar
        let lower = Array(scalar.properties.lowercaseMapping.unicodeScalars)
        if lower.count == 1 { result = lower[0] }
        if result.value >= 0x80 {
            let parts = Array(String(result).decomposedStringWithCanonicalMapping.unicodeScalars)
            if parts.count > 1, parts.dropFirst().allSatisfy({ $0.properties.generalCategory == .nonspacingMark }) {
                result = parts[0]
            }
        }
        return [result]
    }

    /// A phrase of a query: tokens that must follow one another, the last one a prefix if starred.
    package struct Phrase: Equatable {
        /// The folded tokens.
        package var tokens: [String]
        /// Whether the last token matches any token it begins.
        package var isPrefix: Bool
    }

    /// A parsed query.
    package indirect enum Query: Equatable {
        /// The phrase with this index in ``ParsedQuery/phrases``.
        case phrase(Int)
        /// Rows matching both.
        case and(Query, Query)
        /// Rows matching either.
        case or(Query, Query)
        /// Rows matching the first and not the second.
        case not(Query, Query)
    }

    /// A query refused: the words are not FTS5's syntax.
    package struct SyntaxError: Error, Equatable {
        /// Where and why, in FTS5's words.
        package let message: String
    }

    /// `query`'s expression parsed; a refusal is ``SearchQueryError`` naming the words, as on SQLite.
    package static func parse(_ query: SearchQuery) throws -> ParsedQuery {
        do {
            return try parse(query.expression)
        } catch let error as SyntaxError {
            throw SearchQueryError(words: query.words, reason: .syntax(error.message))
        }
    }

    /// A ``SearchQuery/expression`` parsed: its phrases, in order, and the tree over them.
    package struct ParsedQuery: Equatable {
        /// Every phrase, in the order the query names them (bm25 sums in this order).
        package var phrases: [Phrase]
        /// The tree.
        package var query: Query
    }

    /// Parses an FTS5 expression as ``SearchQuery`` writes it: barewords,
    /// `"phrases"` (with `""` for a quote), a trailing `*` for a prefix,
    /// `AND`, `OR`, `NOT` and parentheses, with FTS5's grammar: phrases side
    /// by side are an implicit AND that binds tightest (and only phrases may
    /// stand side by side: `a (b OR c)` is refused), then NOT, AND, OR.
    package static func parse(_ expression: String) throws -> ParsedQuery {
        var parser = Parser(lexemes: try lex(expression))
        let query = try parser.orExpression()
        if parser.position < parser.lexemes.count {
            throw SyntaxError(message: "fts5: syntax error near \"\(parser.lexemes[parser.position].text)\"")
        }
        return ParsedQuery(phrases: parser.phrases, query: query)
    }

    /// A piece of an expression.
    struct Lexeme {
        /// What a piece is.
        enum Kind { case phrase, and, or, not, open, close }
        /// What it is.
        let kind: Kind
        /// Its text (a phrase's words, without quotes).
        let text: String
        /// Whether a `*` followed it.
        var isPrefix = false
    }

    /// The pieces of an expression.
    static func lex(_ expression: String) throws -> [Lexeme] {
        var lexemes: [Lexeme] = []
        let scalars = Array(expression.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace {
                index += 1
            } else if scalar == "(" {
                lexemes.append(Lexeme(kind: .open, text: "("))
                index += 1
            } else if scalar == ")" {
                lexemes.append(Lexeme(kind: .close, text: ")"))
                index += 1
            } else if scalar == "\"" {
                var text = String.UnicodeScalarView()
                index += 1
                var closed = false
                while index < scalars.count {
                    if scalars[index] == "\"" {
                        if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                            text.append("\"")
                            index += 2
                            continue
                        }
                        index += 1
                        closed = true
                        break
                    }
                    text.append(scalars[index])
                    index += 1
                }
                guard closed else { throw SyntaxError(message: "fts5: syntax error near \"\"") }
                var lexeme = Lexeme(kind: .phrase, text: String(text))
                if index < scalars.count, scalars[index] == "*" {
                    lexeme.isPrefix = true
                    index += 1
                }
                lexemes.append(lexeme)
            } else if scalar == "*" {
                throw SyntaxError(message: "fts5: syntax error near \"*\"")
            } else {
                var text = String.UnicodeScalarView()
                while index < scalars.count, !scalars[index].properties.isWhitespace,
                      !"\"()*".unicodeScalars.contains(scalars[index]) {
                    text.append(scalars[index])
                    index += 1
                }
                let word = String(text)
                switch word {
                case "AND": lexemes.append(Lexeme(kind: .and, text: word))
                case "OR": lexemes.append(Lexeme(kind: .or, text: word))
                case "NOT": lexemes.append(Lexeme(kind: .not, text: word))
                default:
                    var lexeme = Lexeme(kind: .phrase, text: word)
                    if index < scalars.count, scalars[index] == "*" {
                        lexeme.isPrefix = true
                        index += 1
                    }
                    lexemes.append(lexeme)
                }
            }
        }
        return lexemes
    }

    /// A recursive-descent parser over lexemes.
    struct Parser {
        /// The expression's pieces.
        let lexemes: [Lexeme]
        /// The next piece to read.
        var position = 0
        /// The phrases read so far, in order.
        var phrases: [Phrase] = []

        /// A parser at the first piece.
        init(lexemes: [Lexeme]) { self.lexemes = lexemes }

        /// The next piece, `nil` at the end.
        var next: Lexeme? { position < lexemes.count ? lexemes[position] : nil }

        /// FTS5's refusal, naming the piece at fault.
        func error() -> SyntaxError {
            SyntaxError(message: "fts5: syntax error near \"\(next?.text ?? "")\"")
        }

        /// `and (OR and)*`.
        mutating func orExpression() throws -> Query {
            var query = try andExpression()
            while next?.kind == .or {
                position += 1
                query = .or(query, try andExpression())
            }
            return query
        }

        /// `not (AND not)*`.
        mutating func andExpression() throws -> Query {
            var query = try notExpression()
            while next?.kind == .and {
                position += 1
                query = .and(query, try notExpression())
            }
            return query
        }

        /// `primary (NOT primary)*`.
        mutating func notExpression() throws -> Query {
            var query = try primary()
            while next?.kind == .not {
                position += 1
                query = .not(query, try primary())
            }
            return query
        }

        /// A parenthesised expression, or phrases side by side (an implicit AND, binding tightest).
        mutating func primary() throws -> Query {
            guard let lexeme = next else { throw error() }
            switch lexeme.kind {
            case .phrase:
                var query = phrase()
                while next?.kind == .phrase { query = .and(query, phrase()) }
                return query
            case .open:
                position += 1
                let query = try orExpression()
                guard next?.kind == .close else { throw error() }
                position += 1
                return query
            default:
                throw error()
            }
        }

        /// The phrase at the current lexeme.
        mutating func phrase() -> Query {
            let lexeme = lexemes[position]
            position += 1
            phrases.append(Phrase(tokens: TextSearch.tokens(lexeme.text).map(\.text), isPrefix: lexeme.isPrefix))
            return .phrase(phrases.count - 1)
        }
    }

    /// Where each phrase occurs in one row: for each phrase, its instances' (column, first token, last token).
    package typealias Instances = [[(column: Int, first: Int, last: Int)]]

    /// The instances of every phrase of `parsed` in a row of `columns` (their tokens).
    package static func instances(of parsed: ParsedQuery, in columns: [[Token]]) -> Instances {
        parsed.phrases.map { phrase in
            var found: [(column: Int, first: Int, last: Int)] = []
            guard !phrase.tokens.isEmpty else { return found }
            for (column, tokens) in columns.enumerated() where tokens.count >= phrase.tokens.count {
                for start in 0...(tokens.count - phrase.tokens.count) {
                    var matches = true
                    for (index, wanted) in phrase.tokens.enumerated() {
                        let token = tokens[start + index].text
                        let last = index == phrase.tokens.count - 1
                        if !(token == wanted || (last && phrase.isPrefix && token.hasPrefix(wanted))) {
                            matches = false
                            break
                        }
                    }
                    if matches { found.append((column, start, start + phrase.tokens.count - 1)) }
                }
            }
            return found
        }
    }

    /// Whether a row whose phrases occur as `instances` matches `query`.
    package static func matches(_ query: Query, _ instances: Instances) -> Bool {
        switch query {
        case .phrase(let index): !instances[index].isEmpty
        case .and(let left, let right): matches(left, instances) && matches(right, instances)
        case .or(let left, let right): matches(left, instances) || matches(right, instances)
        case .not(let left, let right): matches(left, instances) && !matches(right, instances)
        }
    }

    /// `instances` as FTS5 reports them for a row that matches `query`: only the
    /// phrases of the parts of the query that match the row (the other side of
    /// an OR that does not, the right side of a NOT) count, for ranks and highlights.
    package static func counted(_ query: Query, _ instances: Instances) -> Instances {
        var kept = Array(repeating: false, count: instances.count)
        func keep(_ node: Query) {
            switch node {
            case .phrase(let index): kept[index] = true
            case .and(let left, let right):
                keep(left)
                keep(right)
            case .or(let left, let right):
                if matches(left, instances) { keep(left) }
                if matches(right, instances) { keep(right) }
            case .not(let left, _): keep(left)
            }
        }
        keep(query)
        return instances.enumerated().map { kept[$0.offset] ? $0.element : [] }
    }

    /// The statistics of an index that bm25 needs.
    package struct Corpus {
        /// The number of rows.
        package var rows: Int64 = 0
        /// The number of tokens in every column of every row.
        package var tokens: Int64 = 0
        /// For each phrase of the query, the number of rows where it occurs.
        package var rowsWithPhrase: [Int64]

        /// Empty statistics for a query of `phrases` phrases.
        package init(phrases: Int) {
            rowsWithPhrase = Array(repeating: 0, count: phrases)
        }

        /// Counts one row of the index.
        package mutating func add(tokens count: Int, instances: Instances) {
            rows += 1
            tokens += Int64(count)
            for (index, found) in instances.enumerated() where !found.isEmpty { rowsWithPhrase[index] += 1 }
        }

        /// The rank FTS5's `bm25()` gives a row of `length` tokens whose phrases
        /// occur as `instances` (lower is better: the score negated), computed as
        /// FTS5 computes it (k1 = 1.2, b = 0.75, every column weighing 1).
        package func rank(length: Int, instances: Instances) -> Double {
            let k1 = 1.2, b = 0.75
            let averageLength = Double(tokens) / Double(rows)
            let length = Double(length)
            var score = 0.0
            for (index, found) in instances.enumerated() {
                let hits = rowsWithPhrase[index]
                var idf = log((Double(rows - hits) + 0.5) / (Double(hits) + 0.5))
                if idf <= 0.0 { idf = 1e-6 }
                let frequency = Double(found.count)
                score += idf * ((frequency * (k1 + 1.0)) / (frequency + k1 * (1 - b + b * length / averageLength)))
            }
            return -1.0 * score
        }
    }

    /// The stretches of a column's text that `highlight()` marks: each phrase
    /// instance's tokens, instances that overlap merged (as Unicode scalar offsets).
    package static func highlights(column: Int, tokens: [Token], instances: Instances) -> [Range<Int>] {
        let spans = instances.joined().filter { $0.column == column }.map { ($0.first, $0.last) }
            .sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        var merged: [(Int, Int)] = []
        for span in spans {
            if let last = merged.last, span.0 <= last.1 {
                merged[merged.count - 1].1 = max(last.1, span.1)
            } else {
                merged.append(span)
            }
        }
        return merged.map { tokens[$0.0].start..<tokens[$0.1].end }
    }

    /// `ranges` of scalar offsets as ranges of `text`.
    package static func ranges(_ ranges: [Range<Int>], in text: String) -> [Range<String.Index>] {
        let scalars = text.unicodeScalars
        return ranges.compactMap { range in
            guard range.upperBound <= scalars.count else { return nil }
            let start = scalars.index(scalars.startIndex, offsetBy: range.lowerBound)
            let end = scalars.index(start, offsetBy: range.count)
            return start..<end
        }
    }
}
