import Foundation
import Model

/// The rows an import sends to the server as one JSON array per statement
/// (read there by `jsonb_to_recordset`): a document's speakers, claims and
/// appearances go in three or four statements instead of one round trip per
/// quote. Short keys, as the statements name them; a `nil` is left out and
/// read as NULL.
enum PostgresJSON {
    /// `rows` as JSON text.
    static func text<Rows: Encodable>(_ rows: Rows) throws -> String {
        String(decoding: try JSONEncoder().encode(rows), as: UTF8.self)
    }
}

/// A claim's identity: its words' key and its speaker's id (0 for none).
struct ClaimRef: Hashable, Encodable {
    /// ``Store/ClaimKey/make(_:)`` of the words.
    let key: String
    /// The speaker's id, or 0.
    let speakerKey: Int64

    enum CodingKeys: String, CodingKey {
        case key = "k", speakerKey = "s"
    }
}

/// A speaker named in the document: its order of first appearance, name and type.
struct SpeakerRow: Encodable {
    /// The order in which the document first names it.
    let n: Int
    /// The exact name.
    let name: String
    /// Person, group, … (``Model/SpeakerType``), if known.
    let type: String?
}

/// Another name a speaker goes by in the document.
struct AliasRow: Hashable, Encodable {
    /// The speaker's exact name.
    let name: String
    /// The other name.
    let alias: String
}

/// A claim the document brings first: the quote at its first appearance.
struct NewClaimRow: Encodable {
    let n: Int, k: String, sid: Int64?, s: Int64, text: String, kind: String
    let role: String?, cue: String?, rule: String?, confidence: Double?, said_on: String?, basis: String

    /// The row of `quote`, standing at `position` in the document.
    init(_ quote: Quote, ref: ClaimRef, speakerID: Int64?, position: Int) {
        n = position
        k = ref.key
        sid = speakerID
        s = ref.speakerKey
        text = quote.text
        kind = quote.kind.rawValue
        role = quote.speakerRole
        cue = quote.cue
        rule = quote.rule
        confidence = quote.confidence
        said_on = quote.saidOn
        basis = quote.saidOnBasis.rawValue
    }
}

/// One appearance of a claim in the document.
struct AppearanceRow: Encodable {
    let n: Int, q: Int64, p: Int, a: Int, b: Int, c: String

    /// The appearance of `quote`, at `position`, of claim `quoteID`.
    init(_ quote: Quote, quoteID: Int64, position: Int) {
        n = position
        q = quoteID
        p = quote.paragraph
        a = quote.start
        b = quote.end
        c = quote.context
    }
}
