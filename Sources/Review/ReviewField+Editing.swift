import Foundation
import Store

extension ReviewField {
    /// The field's value on `quote`, as its editor opens with it: the rating's
    /// word, the note, the evidence URLs separated by spaces, the day, the
    /// words, the speaker's name (empty when there is none).
    public func value(of quote: QuoteRecord) -> String {
        switch self {
        case .rating: quote.rating?.rawValue ?? ""
        case .note: quote.note ?? ""
        case .evidence: quote.evidence.joined(separator: " ")
        case .saidOn: quote.saidOn ?? ""
        case .text: quote.text
        case .speaker: quote.speaker ?? ""
        }
    }

    /// The field's name in messages ("note kept").
    public var label: String {
        switch self {
        case .saidOn: "date"
        default: rawValue
        }
    }

    /// The line-mode argument that clears the field (`r -`, `n -`, `d -`).
    public static let clearToken = "-"

    /// Whether the field can be left empty (the rating, the note and the date
    /// can; a quote always has words and a speaker).
    public var canBeCleared: Bool { self == .rating || self == .note || self == .saidOn }
}

extension ReviewCommand {
    /// The commands an editor's answer stands for, given the value it opened with.
    ///
    /// Enter on the text as it was shown changes nothing (`[]`). An empty
    /// answer, which the reviewer can only reach by erasing the value, clears
    /// the rating, the note or the date; the other fields cannot be empty. For the evidence
    /// (the URLs separated by spaces) each URL added is one ``evidence(_:)``
    /// command; taking one out is not offered here and is refused, with nothing changed.
    public static func commands(editing field: ReviewField, from original: String, to edited: String) -> [ReviewCommand] {
        let before = original.trimmingCharacters(in: .whitespacesAndNewlines)
        let after = edited.trimmingCharacters(in: .whitespacesAndNewlines)
        guard after != before else { return [] }
        switch field {
        case .evidence:
            let old = before.split(whereSeparator: \.isWhitespace).map(String.init)
            let new = after.split(whereSeparator: \.isWhitespace).map(String.init)
            if old.contains(where: { !new.contains($0) }) {
                return [.unknown("evidence cannot be taken out in the review (quotecheck mark ID --remove-evidence URL does); nothing changed")]
            }
            var added: [String] = []
            for url in new where !old.contains(url) && !added.contains(url) { added.append(url) }
            return added.map { parse(answer: $0, for: .evidence) }
        default:
            return [parse(answer: after, for: field)]
        }
    }
}
