/// `“…,” said Dana Reyes` / `“…,” said the company's spokesman` / `“…,” said
/// one official on Tuesday`: a cue right after the quote, then its subject.
///
/// An unnamed source keeps its whole description ("said someone in the public
/// who called into the meeting"), less the time and manner words at its end;
/// an apposition naming a person wins over the description ("said another
/// witness, former adviser Fiona Hill"); an apposition after a name is its
/// role ("said Smith, a lawyer for the family").
struct InvertedAfterRule: PhraseRule {
    let id = RuleID.invertedAfter

    func propose(_ site: PhraseSite, in a: Attributor) -> Proposal? {
        let tokens = site.tokens, p = site.paragraph, offset = site.offset
        guard let i = Attributor.firstWordAfterQuote(tokens), Lexicon.cueVerbs.contains(tokens[i].lower), !tokens[i].isCapitalized else {
            return nil
        }
        let cue = tokens[i].lower
        var np: [Token] = []
        var j = i + 1
        while j < tokens.count, tokens[j].isWord, np.count < AttributionLimits.speakerPhraseWords,
              !Attributor.isStopWord(tokens, j) || np.isEmpty && Lexicon.articles.contains(tokens[j].lower) {
            np.append(tokens[j]); j += 1
        }
        if let head = np.first(where: { Lexicon.anonymousHeads.contains($0.lower) }), !np.contains(where: \.isCapitalized) || np.first?.lower == head.lower,
           !np.contains(where: { $0.text.contains(where: \.isNumber) }) {
            var phrase: [Token] = []
            var k = i + 1
            while k < tokens.count, tokens[k].isWord, phrase.count < AttributionLimits.unnamedDescriptionWords { phrase.append(tokens[k]); k += 1 }
            // "said one official on Tuesday": the time and manner words are not the description.
            while phrase.count > 1, let tail = phrase.last, Attributor.skippable.contains(tail.lower) || Lexicon.trailingPrepositions.contains(tail.lower) {
                phrase.removeLast()
            }
            // "reads one, against a background of carrots": a bare "one" is a thing, not a source.
            if phrase.count == 1, Lexicon.indefiniteCounters.contains(phrase[0].lower) { return nil }
            // "said another witness in the probe, former adviser Fiona Hill": the name the apposition gives.
            if tokens[safe: k]?.text == ",", let named = a.appositiveName(in: tokens, from: k + 1, p: p, offset: offset) {
                return Proposal(speaker: named, cue: cue, rule: id)
            }
            // Capitalised words may qualify the description ("one GOP operative in the state",
            // "one user on the Silk Road 2.0 forum"); a phrase that ends on a name is not unnamed.
            if !(phrase.last.map { $0.isCapitalized && !SpeakerWords.notNames.contains($0.lower) } ?? false)
                || phrase.contains(where: { Lexicon.qualifierPrepositions.contains($0.lower) }) {
                let speaker = ResolvedSpeaker(name: phrase.map(\.text).joined(separator: " "), role: nil, type: .anonymous, via: .description)
                return Proposal(speaker: speaker, cue: cue, rule: id)
            }
        }
        // "said a report from Kotak Equities": a document from a named source is that source's.
        if np.count == 2, Lexicon.articles.contains(np[0].lower), Lexicon.documentHeads.contains(np[1].lower),
           tokens[safe: j]?.lower == "from" {
            var k = j + 1
            if tokens[safe: k]?.lower == "the" { k += 1 }
            let run = Array(tokens[min(k, tokens.count)...].prefix { $0.isWord && ($0.isCapitalized || Lexicon.nameJoiners.contains($0.lower)) })
            if run.first?.isCapitalized == true, run.last?.isCapitalized == true,
               let source = a.resolve(run, p: p, offset: offset), source.type == .organisation || source.type == .person {
                return Proposal(speaker: source, cue: cue, rule: id)
            }
        }
        guard let speaker = a.resolve(np, p: p, offset: offset) else { return nil }
        // "said Smith, a lawyer for the family": the apposition is the role.
        return Proposal(speaker: a.withRole(speaker, from: Array(tokens[(i + 1 + np.count)...])), cue: cue, rule: id)
    }
}
