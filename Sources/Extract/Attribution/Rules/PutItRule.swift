/// `As Reyes put it, “…”` before the quote, or `“…,” as Reyes put it` after it.
struct PutItRule: PhraseRule {
    let id = RuleID.putIt
    /// Whether the rule reads the words before the quote (else after it).
    var before: Bool

    func propose(_ site: PhraseSite, in a: Attributor) -> Proposal? {
        let tokens = site.tokens
        if before {
            guard let put = tokens.indices.first(where: { tokens[$0].lower == "put" && tokens[safe: $0 + 1]?.lower == "it" }),
                  let at = tokens[..<put].lastIndex(where: { $0.lower == "as" }), (2...4).contains(put - at),
                  tokens[(at + 1)..<put].allSatisfy({ $0.isWord && $0.isCapitalized }),
                  let speaker = a.resolve(Array(tokens[(at + 1)..<put]), p: site.paragraph, offset: site.offset) else { return nil }
            return Proposal(speaker: speaker, cue: "put it", rule: id)
        }
        guard let i = Attributor.firstWordAfterQuote(tokens), tokens[i].lower == "as", let name = tokens[safe: i + 1], name.isWord,
              tokens[safe: i + 2]?.lower == "put", tokens[safe: i + 3]?.lower == "it",
              let speaker = a.resolve([name], p: site.paragraph, offset: site.offset) else { return nil }
        return Proposal(speaker: speaker, cue: "put it", rule: id)
    }
}
