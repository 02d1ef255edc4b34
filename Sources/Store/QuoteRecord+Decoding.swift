import Model

extension QuoteRecord {
    /// Reads a record as ``jsonLine()`` writes it. Fields added to the contract
    /// later are optional, so older lines still read: `rule` and `confidence`
    /// as `nil`, `version` as 0.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(Int64.self, forKey: .id), text: try c.decode(String.self, forKey: .text),
            kind: try c.decode(QuoteKind.self, forKey: .kind),
            speaker: try c.decodeIfPresent(String.self, forKey: .speaker),
            speakerRole: try c.decodeIfPresent(String.self, forKey: .speakerRole),
            speakerID: try c.decodeIfPresent(Int64.self, forKey: .speakerID),
            cue: try c.decodeIfPresent(String.self, forKey: .cue),
            rule: try c.decodeIfPresent(String.self, forKey: .rule),
            confidence: try c.decodeIfPresent(Double.self, forKey: .confidence),
            saidOn: try c.decodeIfPresent(String.self, forKey: .saidOn),
            saidOnBasis: try c.decode(DateBasis.self, forKey: .saidOnBasis),
            sourceID: try c.decode(Int64.self, forKey: .sourceID),
            sourceURL: try c.decodeIfPresent(String.self, forKey: .sourceURL),
            sourceFile: try c.decodeIfPresent(String.self, forKey: .sourceFile),
            sourceTitle: try c.decodeIfPresent(String.self, forKey: .sourceTitle),
            sourceSite: try c.decodeIfPresent(String.self, forKey: .sourceSite),
            publishedAt: try c.decodeIfPresent(String.self, forKey: .publishedAt),
            paragraph: try c.decodeIfPresent(Int.self, forKey: .paragraph),
            start: try c.decodeIfPresent(Int.self, forKey: .start),
            end: try c.decodeIfPresent(Int.self, forKey: .end),
            context: try c.decodeIfPresent(String.self, forKey: .context),
            status: try c.decode(Status.self, forKey: .status),
            rating: try c.decodeIfPresent(Rating.self, forKey: .rating),
            note: try c.decodeIfPresent(String.self, forKey: .note),
            evidence: try c.decode([String].self, forKey: .evidence),
            reviewedBy: try c.decodeIfPresent(String.self, forKey: .reviewedBy),
            reviewedAt: try c.decodeIfPresent(String.self, forKey: .reviewedAt),
            appearances: try c.decode(Int.self, forKey: .appearances),
            version: try c.decodeIfPresent(Int64.self, forKey: .version) ?? 0)
    }
}
