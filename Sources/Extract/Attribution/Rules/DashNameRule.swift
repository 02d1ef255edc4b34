/// `“…” — Dana Reyes, county attorney`: a dash and a name after the quote,
/// with no cue in the clause.
struct DashNameRule: PhraseRule {
    let id = RuleID.dashName

    func propose(_ site: PhraseSite, in a: Attributor) -> Proposal? {
        let tokens = site.tokens
        guard let i = Attributor.firstWordAfterQuote(tokens), i > 0, Attributor.cueAfterQuote(tokens, from: i) == nil,
              tokens[..<i].contains(where: { Lexicon.dashes.contains($0.text) }) else { return nil }
        let np = Array(tokens[i...].prefix { $0.isWord }.prefix(AttributionLimits.dashNameWords))
        guard np.contains(where: { $0.isCapitalized }), let speaker = a.resolve(np, p: site.paragraph, offset: site.offset) else { return nil }
        return Proposal(speaker: a.withRole(speaker, from: Array(tokens[(i + np.count)...])), cue: "—", rule: id)
    }
}
