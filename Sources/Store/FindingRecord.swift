import Foundation
import GRDB

/// A stored corroboration finding: one reported quote compared with one
/// passage of a primary record (see ``ClaimsStore/findings(ofQuote:)``).
public struct FindingRecord: Sendable, Equatable {
    /// What a finding says; the vocabulary of `quotecheck corroborate`.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// The words are in the record, in order, said by the quoted speaker.
        case verbatim
        /// A close match by the quoted speaker with words changed, added or dropped.
        case misquoted
        /// The words are in the record, but an adjoining negation or qualifying clause is cut.
        case truncated
        /// The quote joins pieces of the record that are apart.
        case spliced
        /// The words are in the record, said by someone else.
        case misattributed

        /// The status a reviewer sets by accepting the finding: `verbatim` →
        /// verified, `misquoted` and `spliced` → misquoted (the speaker did not
        /// say those words together), `truncated` → out-of-context (accurate
        /// words, meaning changed by the cut), `misattributed` → misattributed.
        public var suggestedStatus: Status {
            switch self {
            case .verbatim: .verified
            case .misquoted, .spliced: .misquoted
            case .truncated: .outOfContext
            case .misattributed: .misattributed
            }
        }
    }

    /// The finding's id.
    public var id: Int64
    /// The reported quote's id.
    public var quoteID: Int64
    /// What was found.
    public var kind: Kind
    /// How closely the quote's words match the passage, 0…1.
    public var score: Double
    /// The primary source of the passage.
    public var primarySourceID: Int64
    /// That source's SHA-256 (read from the source).
    public var primarySHA256: String
    /// That source's URL, fetched or canonical, if any (read from the source).
    public var primarySourceURL: String?
    /// The statement (a quote of the primary source) the passage is in.
    public var primaryQuoteID: Int64?
    /// Who said the passage, as the record gives it.
    public var primarySpeaker: String?
    /// The passage.
    public var primaryText: String
    /// Offset (Unicode scalars) of the passage in the statement's text.
    public var primaryStart: Int
    /// Offset just past the passage.
    public var primaryEnd: Int
    /// The word diff from the record to the quote (`[-record only-] {+quote only+}`); empty when the same.
    public var diff: String
    /// When the finding was stored (ISO 8601, UTC).
    public var createdAt: String

    /// The evidence a reviewer adds by accepting the finding: the source's URL
    /// (else `urn:sha256:…`) with a text fragment naming the passage
    /// (`#:~:text=…`, the start and end words of a long passage).
    public var evidenceURL: String {
        let base = primarySourceURL.map { $0.split(separator: "#", maxSplits: 1).first.map(String.init) ?? $0 }
            ?? "urn:sha256:\(primarySHA256)"
        let words = primaryText.split(whereSeparator: \.isWhitespace).map(String.init)
        guard !words.isEmpty else { return base }
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "&,-=#")
        func encoded(_ text: [String]) -> String {
            text.joined(separator: " ").addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
        }
        let fragment = words.count <= 12 ? encoded(words)
            : encoded(Array(words.prefix(5))) + "," + encoded(Array(words.suffix(5)))
        return base + "#:~:text=" + fragment
    }

    /// Reads a finding from a row of ``ClaimsStore`` finding queries.
    init(row: Row) throws {
        id = row["id"]
        quoteID = row["quote_id"]
        let kindText: String = row["finding"]
        guard let kind = Kind(rawValue: kindText) else { throw StoreError.corruptValue(column: "finding", value: kindText) }
        self.kind = kind
        score = row["score"]
        primarySourceID = row["primary_source_id"]
        primarySHA256 = row["sha256"]
        primarySourceURL = row["source_url"]
        primaryQuoteID = row["primary_quote_id"]
        primarySpeaker = row["primary_speaker"]
        primaryText = row["primary_text"]
        primaryStart = row["primary_start"]
        primaryEnd = row["primary_end"]
        diff = row["diff"]
        createdAt = row["created_at"]
    }
}

/// A finding about to be stored by ``ClaimsStore/replaceFindings(_:againstSources:at:)``.
public struct NewFinding: Sendable, Equatable {
    /// The reported quote's id.
    public var quoteID: Int64
    /// What was found.
    public var kind: FindingRecord.Kind
    /// How closely the words match, 0…1.
    public var score: Double
    /// The primary source of the passage.
    public var primarySourceID: Int64
    /// The statement the passage is in.
    public var primaryQuoteID: Int64?
    /// Who said the passage.
    public var primarySpeaker: String?
    /// The passage.
    public var primaryText: String
    /// Offset of the passage in the statement's text.
    public var primaryStart: Int
    /// Offset just past the passage.
    public var primaryEnd: Int
    /// The word diff, record to quote.
    public var diff: String

    /// Creates a finding to store.
    public init(quoteID: Int64, kind: FindingRecord.Kind, score: Double, primarySourceID: Int64,
                primaryQuoteID: Int64?, primarySpeaker: String?, primaryText: String, primaryStart: Int,
                primaryEnd: Int, diff: String) {
        self.quoteID = quoteID
        self.kind = kind
        self.score = score
        self.primarySourceID = primarySourceID
        self.primaryQuoteID = primaryQuoteID
        self.primarySpeaker = primarySpeaker
        self.primaryText = primaryText
        self.primaryStart = primaryStart
        self.primaryEnd = primaryEnd
        self.diff = diff
    }
}
