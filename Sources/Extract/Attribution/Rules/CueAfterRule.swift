/// `“…,” Dana Reyes said` / `“…,” she told reporters` / `“…,” Reyes, the
/// county's attorney, said`: the first cue of the clause after the quote
/// ("she went on" counts) and the subject before it.
///
/// A cue after a comma further in opens an inverted attribution of the whole
/// sentence ("…” despite being the envoy in Brussels, said another witness"),
/// which ``InvertedAfterRule`` reads.
struct CueAfterRule: PhraseRule {
    let id = RuleID.cueAfter

    func propose(_ site: PhraseSite, in a: Attributor) -> Proposal? {
        let tokens = site.tokens, p = site.paragraph, offset = site.offset
        guard let i = Attributor.firstWordAfterQuote(tokens), let c = Attributor.cueAfterQuote(tokens, from: i) else { return nil }
        if c > i, tokens[c - 1].text == ",", Attributor.invertibleCues.contains(tokens[c].lower),
           let next = tokens[safe: c + 1], next.isWord, !Lexicon.pronouns.contains(next.lower),
           let inverted = InvertedAfterRule().propose(PhraseSite(tokens: Array(tokens[c...]), paragraph: p, offset: offset), in: a) {
            return inverted
        }
        var j = c - 1
        // "in a statement" is skipped; "the statement read" is the speaker.
        while j >= i, tokens[j].isWord, Attributor.isSkippable(tokens[j]),
              !(tokens[j].lower == "statement" && ["the", "its"].contains(tokens[safe: j - 1]?.lower ?? "")) { j -= 1 }
        // "…,” a party official in the state of New Mexico said": an unnamed source, described whole.
        if let speaker = Attributor.unnamedDescription(tokens, from: i, through: j) {
            return Proposal(speaker: speaker, cue: tokens[c].lower, rule: id)
        }
        var np: [Token] = []
        if j >= i, tokens[j].text == "," {
            // "…,” Geoffrey Berman, the U.S. attorney for …, said": the phrase before the apposition.
            var k = i
            while k < j, tokens[k].isWord { np.append(tokens[k]); k += 1 }
            // "…,” her mother, Fiona Parry, said": the name the apposition gives.
            if let named = a.apposedName(np, in: Array(tokens[..<c]), comma: k, p: p, offset: offset) {
                return Proposal(speaker: named, cue: tokens[c].lower, rule: id)
            }
            if let speaker = a.resolve(np, p: p, offset: offset) {
                return Proposal(speaker: a.withRole(speaker, from: Array(tokens[k..<c])), cue: tokens[c].lower, rule: id)
            }
        } else {
            while j >= i, tokens[j].isWord, np.count < AttributionLimits.speakerPhraseWords {
                let w = tokens[j]
                if Attributor.isStopWord(tokens, j) && !Lexicon.pronouns.contains(w.lower) && !(w.lower == "and" && a.isGroupConjunction(tokens, j)) { break }
                np.insert(w, at: 0)
                if Lexicon.pronouns.contains(w.lower) { break }
                j -= 1
            }
        }
        guard let speaker = a.resolve(np, p: p, offset: offset) else { return nil }
        return Proposal(speaker: speaker, cue: tokens[c].lower, rule: id)
    }
}
