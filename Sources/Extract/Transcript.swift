import Foundation
import Markup

/// A speaker-tagged transcript: each speech is a primary-source statement.
///
/// Two shapes are read: Akoma Ntoso debate records (`<speech by="#id"><from>
/// Name</from><p>…</p></speech>`, the name in the `showAs` of the matching
/// `TLCPerson`, the sitting's date in `docDate`) and ParlParse/TheyWorkForYou
/// (`<speech speakername="…">`, the date in the speech ids or a `date`
/// attribute).
public struct Transcript: Sendable, Equatable {
    /// A day inside a speech id ("uk.org.publicwhip/debate/2019-11-19a.1.0"), compiled once. Only ever read.
    nonisolated(unsafe) static let dayInID = /((?:19|20)\d\d-\d\d-\d\d)/

    /// One speech.
    public struct Speech: Sendable, Equatable {
        /// The speaker's name as the record gives it.
        public var speaker: String
        /// The speech's paragraphs, white space folded.
        public var paragraphs: [String]
        /// The paragraphs joined with a single space.
        public var text: String { paragraphs.joined(separator: " ") }
    }

    /// The debate's title or heading, if any.
    public var title: String?
    /// The sitting's date, `YYYY-MM-DD`.
    public var date: String?
    /// The speeches in order.
    public var speeches: [Speech]

    /// Reads a transcript from a parsed XML document; nil when it holds no
    /// `<speech>` elements of either shape.
    public init?(root: Element) {
        let speechElements = root.descendants { Feed.localName($0.name) == "speech" }
        guard !speechElements.isEmpty else { return nil }
        // Akoma Ntoso: TLCPerson eId/id → showAs.
        var people: [String: String] = [:]
        for person in root.descendants(where: { Feed.localName($0.name) == "TLCPerson" }) {
            guard let name = person[attribute: "showAs"] else { continue }
            for key in ["eId", "id", "href"] {
                if let id = person[attribute: key] { people[id.trimmingCharacters(in: CharacterSet(charactersIn: "#/"))] = name }
            }
        }
        var date = root.firstDescendant { Feed.localName($0.name) == "docDate" }?[attribute: "date"]
        if date == nil {
            date = root[attribute: "date"] ?? speechElements.lazy.compactMap { speech in
                speech[attribute: "id"].flatMap { id in id.firstMatch(of: Self.dayInID).map { String($0.1) } }
            }.first
        }
        self.date = date.flatMap { DateText.normaliseTimestamp($0) }.map { String($0.prefix(10)) }
        title = root.firstDescendant { ["docTitle", "heading", "major-heading", "minor-heading"].contains(Feed.localName($0.name)) }
            .map { TextFolding.fold($0.textContent) }.flatMap { $0.isEmpty ? nil : $0 }
            ?? root.firstDescendant { Feed.localName($0.name) == "debate" }?[attribute: "name"]
        speeches = speechElements.compactMap { speech in
            let by = speech[attribute: "by"].map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "#")) }
            let from = speech.elementChildren.first { Feed.localName($0.name) == "from" }.map { TextFolding.fold($0.textContent) }
            guard let name = speech[attribute: "speakername"] ?? by.flatMap({ people[$0] }) ?? from, !name.isEmpty else { return nil }
            var paragraphs = speech.descendants { Feed.localName($0.name) == "p" }.map { TextFolding.fold($0.textContent) }
            if paragraphs.isEmpty {
                paragraphs = [TextFolding.fold(speech.elementChildren.filter { Feed.localName($0.name) != "from" }.map(\.textContent).joined(separator: " "))]
            }
            paragraphs = paragraphs.filter { !$0.isEmpty }
            return paragraphs.isEmpty ? nil : Speech(speaker: TextFolding.fold(name), paragraphs: paragraphs)
        }
        if speeches.isEmpty { return nil }
    }

    /// The article and statements an import stores: one paragraph and one
    /// `transcript` quote per speech, dated to the sitting (basis `explicit`).
    public func statements() -> (Article, [Quote]) {
        let texts = speeches.map(\.text)
        let article = Article(title: title, paragraphs: texts).withPublication(date)
        let quotes = speeches.enumerated().map { index, speech in
            Quote(text: speech.text, kind: .transcript, speaker: speech.speaker, speakerType: .person, cue: nil,
                  saidOn: date, saidOnBasis: date == nil ? .unknown : .explicit, paragraph: index,
                  start: 0, end: speech.text.unicodeScalars.count, context: speech.text)
        }
        return (article, quotes)
    }
}

extension Article {
    /// The article with its publication date set.
    func withPublication(_ date: String?) -> Article {
        var copy = self
        copy.publishedAt = date
        return copy
    }
}
