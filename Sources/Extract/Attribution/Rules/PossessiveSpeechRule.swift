/// `Despite Mr. Reyes’s Oct. 11 announcement that the two had reached a
/// “historic” agreement`: the person whose words a speech noun names, when a
/// "that" clause carries them to the quote and no cue stands before it.
struct PossessiveSpeechRule: PhraseRule {
    let id = RuleID.possessiveSpeech

    func propose(_ site: PhraseSite, in a: Attributor) -> Proposal? {
        let tokens = site.tokens
        guard !tokens.indices.contains(where: { Attributor.isCue(tokens[$0]) && !Attributor.isNounUse(tokens, $0) }),
              let n = tokens.lastIndex(where: { $0.isWord && Lexicon.speechNouns.contains($0.lower) }),
              tokens[safe: n + 1]?.lower == "that", !tokens[(n + 1)...].contains(where: Attributor.isCue),
              let owner = tokens[max(0, n - 4)..<n].last(where: { $0.isPossessive && $0.isCapitalized }) else { return nil }
        var name = [owner]
        var k = tokens.firstIndex(where: { $0.start == owner.start }) ?? 0
        while k > 0, tokens[k - 1].isWord, tokens[k - 1].isCapitalized, name.count < 4 { name.insert(tokens[k - 1], at: 0); k -= 1 }
        guard let speaker = a.resolve(name, p: site.paragraph, offset: site.offset),
              speaker.type == .person || speaker.type == .organisation else { return nil }
        return Proposal(speaker: speaker, cue: tokens[n].lower, rule: id)
    }
}
