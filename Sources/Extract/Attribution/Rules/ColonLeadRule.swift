/// `Reyes, who phoned in from the set, had a similar experience: “…”`: a
/// sentence with no cue that leads into the quote with a colon, whose subject
/// is a named person or organisation.
///
/// The strict form runs before the cue rules and wants no cue word in the
/// sentence; the loose form runs after them, when a cue word there found no
/// speaker (it was a noun or took another object: "the fish counter", "has
/// found one drawback:").
struct ColonLeadRule: PhraseRule {
    let id = RuleID.colonLead
    /// Whether cue words in the sentence stop the rule.
    var strict = true

    func propose(_ site: PhraseSite, in a: Attributor) -> Proposal? {
        let tokens = site.tokens
        guard tokens.last?.text == ":", !strict || !tokens.indices.contains(where: { Attributor.isCue(tokens[$0]) && !Attributor.isNounUse(tokens, $0) }),
              let first = tokens.first(where: \.isWord), first.isCapitalized, !SpeakerWords.notNames.contains(first.lower),
              let subject = a.sentenceSubject(tokens), subject.allSatisfy(\.isCapitalized),
              let speaker = a.resolve(subject, p: site.paragraph, offset: site.offset), speaker.type == .person || speaker.type == .organisation,
              // A lone capitalised word ("New signs appeared …:") is a person only if the article named one so.
              speaker.type == .organisation || speaker.name.utf8.contains(UInt8(ascii: " ")) || a.names.fullName(for: speaker.name) != nil else { return nil }
        return Proposal(speaker: speaker, cue: ":", rule: id)
    }
}
