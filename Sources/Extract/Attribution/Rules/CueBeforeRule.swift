/// `Dana Reyes said “…”` / `described the draft as “just a concept”` /
/// `said Reyes: “…”`: a cue before the quote in its sentence, and its subject.
///
/// The cues are tried from the nearest back; a cue in an earlier clause
/// ("…, but the “reform” passed") does not frame the quote. For each cue the
/// subject is looked for in these patterns, each with its own id: the words
/// right before the cue (``RuleID/cueBefore``), the phrase a "who" stands for
/// (``RuleID/whoClause``), a name before "to" (``RuleID/toInfinitive``), a
/// name among comma-set phrases (``RuleID/namedApposition``), the sentence's
/// subject before an apposition (``RuleID/subjectApposition``), the name after
/// a cue that opens the sentence (``RuleID/invertedBefore``) and the subject
/// a cue after "and"/"but" shares (``RuleID/sharedSubject``).
struct CueBeforeRule: PhraseRule {
    let id = RuleID.cueBefore

    func propose(_ site: PhraseSite, in a: Attributor) -> Proposal? {
        let tokens = site.tokens, p = site.paragraph, offset = site.offset
        let cueIndices = tokens.indices.filter {
            tokens[$0].isWord && !tokens[$0].isCapitalized && !Attributor.isNounUse(tokens, $0)
                && (Lexicon.cueVerbs.contains(tokens[$0].lower) || Attributor.isPhrasalCue(tokens, $0))
        }
        // "Replied Dana Reyes: “…”": a capitalised cue that opens the sentence, then its subject.
        if let first = tokens.first, first.isWord, first.isCapitalized, Lexicon.invertibleCues.contains(first.lower) {
            let forward = Array(tokens.dropFirst().prefix { $0.isWord }.prefix(AttributionLimits.dashNameWords))
            if !forward.isEmpty, forward.allSatisfy(\.isCapitalized), tokens.count > forward.count + 1,
               [",", ":", "—", "–"].contains(tokens[forward.count + 1].text), let speaker = a.resolve(forward, p: p, offset: offset) {
                return Proposal(speaker: speaker, cue: first.lower, rule: .invertedBefore)
            }
        }
        guard let nearest = cueIndices.last else { return nil }
        if !Attributor.clauseBreak(in: tokens[(nearest + 1)...]),
           let proposal = reporter(tokens, inner: nearest, cues: cueIndices, p: p, offset: offset, in: a) {
            return proposal
        }
        func found(_ speaker: ResolvedSpeaker?, _ c: Int, _ rule: RuleID) -> Proposal? {
            speaker.map { Proposal(speaker: $0, cue: tokens[c].lower, rule: rule, nested: cueIndices.count > 1) }
        }
        for c in cueIndices.reversed() {
            if Attributor.clauseBreak(in: tokens[(c + 1)...]) { break }
            var np: [Token] = []
            var j = c - 1
            while j >= 0, tokens[j].isWord, Attributor.isSkippable(tokens[j]) && np.isEmpty { j -= 1 }
            // "A party official in the state of New Mexico said …", "An aide to Gov. Dana Reyes
            // said …": an unnamed source that opens its clause is described whole, as after a quote.
            if j > 0, let speaker = Attributor.unnamedDescription(tokens, from: Attributor.clauseStart(tokens, endingAt: j), through: j),
               let proposal = found(speaker, c, id) {
                return proposal
            }
            while j >= 0, tokens[j].isWord, np.count < AttributionLimits.speakerPhraseWords {
                let w = tokens[j]
                if Lexicon.cueVerbs.contains(w.lower) { break }
                if Attributor.isStopWord(tokens, j) && !(w.lower == "and" && a.isGroupConjunction(tokens, j)) && !Lexicon.pronouns.contains(w.lower) { break }
                np.insert(w, at: 0)
                if Lexicon.pronouns.contains(w.lower) { break }
                j -= 1
            }
            // "I heard my father say", "we saw the guard wave": a pronoun and its verb frame the
            // cue's subject, which is the noun phrase after them, from its determiner or capital.
            if np.count > 2, Lexicon.pronouns.contains(np[0].lower), !np[1].isCapitalized,
               !Lexicon.nounDeterminers.contains(np[1].lower),
               let k = np.indices.dropFirst(2).first(where: { Lexicon.nounDeterminers.contains(np[$0].lower) || np[$0].isCapitalized }) {
                np = Array(np[k...])
            }
            if np.isEmpty, let proposal = passiveAgent(tokens, cue: c, p: p, offset: offset, in: a) { return proposal }
            if np.isEmpty {
                if let proposal = subjectElsewhere(tokens, cue: c, first: c == cueIndices.first, p: p, offset: offset, in: a) { return proposal }
            }
            if let proposal = found(a.resolve(np, p: p, offset: offset), nearest, id) { return proposal }
        }
        return nil
    }

    /// `Kilpatrick tweeted that Ortiz spoke “…”` / `Warren accused Reyes of arguing “…”`: the
    /// nearer cue stands in the report an earlier cue makes (its "that" clause, or "accused X of
    /// …ing"), so the quoted words are the earlier speaker's account, and the quote is theirs.
    private func reporter(_ tokens: [Token], inner c: Int, cues: [Int], p: Int, offset: Int, in a: Attributor) -> Proposal? {
        guard let outer = cues.last(where: { $0 < c }), outer + 1 < c else { return nil }
        let between = tokens[(outer + 1)..<c]
        // One clause: no punctuation between the two cues but a name's hyphen.
        guard between.allSatisfy({ $0.isWord || $0.text == "-" }) else { return nil }
        let reports = between.first?.lower == "that" || (tokens[c].lower.hasSuffix("ing") && tokens[c - 1].lower == "of")
        guard reports else { return nil }
        var subject: [Token] = []
        var j = outer - 1
        while j >= 0, tokens[j].isWord, Attributor.isSkippable(tokens[j]) && subject.isEmpty { j -= 1 }
        while j >= 0, tokens[j].isWord, subject.count < AttributionLimits.speakerPhraseWords,
              !Attributor.isStopWord(tokens, j), !Lexicon.cueVerbs.contains(tokens[j].lower) {
            subject.insert(tokens[j], at: 0)
            j -= 1
        }
        // "a lawyer for the town, Kim Park, tweeted that …": the name among the comma-set phrases.
        let named = outer > 0 && tokens[outer - 1].text == "," ? a.namedChunk(before: outer, in: tokens) : nil
        let speaker = subject.first.map { _ in a.resolve(subject, p: p, offset: offset) } ?? nil
            ?? named.flatMap { a.resolve($0, p: p, offset: offset) }
            ?? a.sentenceSubject(Array(tokens[..<outer])).flatMap { a.resolve($0, p: p, offset: offset) }
        guard let speaker, speaker.via == .name || speaker.via == .shortForm || speaker.via == .singleName else { return nil }
        return Proposal(speaker: speaker, cue: tokens[outer].lower, rule: .reportedReport)
    }

    /// `has been described as “reckless” by the conservation department`: cue `c` is a passive
    /// participle (a form of "be" right before it), and the "by" phrase right after the quote's
    /// closing mark, up to the clause's end, names who said it.
    private func passiveAgent(_ tokens: [Token], cue c: Int, p: Int, offset: Int, in a: Attributor) -> Proposal? {
        guard c > 0, Lexicon.passiveAuxiliaries.contains(tokens[c - 1].lower) else { return nil }
        let para = a.paragraphs[p]
        guard let span = para.spans.first(where: { $0.open == offset }), !span.isOpenEnded else { return nil }
        let after = para.tokens.filter { $0.start > span.close && !$0.quoted }
        guard after.first?.lower == "by" else { return nil }
        // Up to the clause's end; "of" and "the" only inside a name ("the Department of Rivers").
        var agent: [Token] = []
        for (k, w) in after.enumerated().dropFirst() {
            guard w.isWord, agent.count < AttributionLimits.speakerPhraseWords else { break }
            let inName = ["of", "the"].contains(w.lower) && after[safe: k + 1].map { $0.isCapitalized || $0.lower == "the" } == true
            if Lexicon.stopWords.contains(w.lower) && !inName && !(w.lower == "the" && agent.isEmpty) { break }
            agent.append(w)
        }
        // An organisation the article names, word for word ("the Department of Rivers").
        let spelled = agent.drop { $0.lower == "the" }.map(\.bare).joined(separator: " ")
        if a.names.organisations.contains(spelled) {
            return Proposal(speaker: ResolvedSpeaker(name: spelled, role: nil, type: .organisation, via: .name), cue: tokens[c].lower, rule: .passiveAgent)
        }
        guard !agent.isEmpty, let speaker = a.resolve(agent, p: p, offset: offset),
              speaker.type == .organisation || speaker.via == .name || speaker.via == .shortForm else { return nil }
        return Proposal(speaker: speaker, cue: tokens[c].lower, rule: .passiveAgent)
    }

    /// When no subject stands right before cue `c`: the patterns that find it elsewhere in the sentence.
    private func subjectElsewhere(_ tokens: [Token], cue c: Int, first: Bool, p: Int, offset: Int, in a: Attributor) -> Proposal? {
        func found(_ speaker: ResolvedSpeaker?, _ rule: RuleID) -> Proposal? {
            speaker.map { Proposal(speaker: $0, cue: tokens[c].lower, rule: rule, nested: !first) }
        }
        // "a career Army officer who described …": the phrase the relative pronoun stands for.
        if c > 1, tokens[c - 1].lower == "who" {
            var phrase: [Token] = []
            var k = c - 2
            while k >= 0, tokens[k].isWord, phrase.count < AttributionLimits.whoAntecedentWords, !Lexicon.stopWords.contains(tokens[k].lower) {
                phrase.insert(tokens[k], at: 0)
                if Lexicon.descriptionOpeners.contains(tokens[k].lower) { break }
                k -= 1
            }
            if let proposal = found(a.resolve(phrase, p: p, offset: offset), .whoClause) { return proposal }
        }
        // "allowed Mosseri to claim …": the name before "to".
        if c > 1, tokens[c - 1].lower == "to", tokens[c - 2].isWord, tokens[c - 2].isCapitalized,
           let proposal = found(a.resolve([tokens[c - 2]], p: p, offset: offset), .toInfinitive) {
            return proposal
        }
        // "The coroner, Sherrif Payne, who deemed …, told …": the name among the comma-set phrases.
        if c > 0, tokens[c - 1].text == ",", let named = a.namedChunk(before: c, in: tokens),
           let proposal = found(a.resolve(named, p: p, offset: offset), .namedApposition) {
            return proposal
        }
        // "Smith, a spokesperson for X, told …": the subject before the apposition.
        // "Reyes came under fire after saying “…”": a cue in -ing after a preposition has the subject too.
        if c > 0, tokens[c - 1].text == "," || tokens[c - 1].lower == "to"
            || tokens[c].lower.hasSuffix("ing") && Lexicon.gerundPrepositions.contains(tokens[c - 1].lower)
                && !tokens[..<c].contains(where: { Lexicon.relativePronouns.contains($0.lower) }),
           var subject = a.sentenceSubject(Array(tokens[..<c])),
           let proposal = found({
               // "One, a retired teacher, said …": a bare "one" stands for the description the apposition gives.
               if subject.count == 1, Lexicon.indefiniteCounters.contains(subject[0].lower),
                  let comma = tokens.firstIndex(where: { $0.start > subject[0].start && $0.text == "," }) {
                   let apposition = tokens[(comma + 1)...].prefix { $0.isWord }
                   if Lexicon.indefiniteOpeners.contains(apposition.first?.lower ?? "") { subject = Array(apposition) }
               }
               return a.resolve(subject, p: p, offset: offset).map { a.withRelativeClause($0, after: subject, in: tokens) }
           }(), .subjectApposition) {
            return proposal
        }
        // Inverted before the quote: "said Smith: “…”" (not "said SpaceX would fly Starship “…”":
        // the words after the cue must end at a comma, colon or dash).
        if c + 1 < tokens.count, tokens[c + 1].isWord, tokens[c + 1].isCapitalized, first, Attributor.invertibleCues.contains(tokens[c].lower) {
            var forward: [Token] = []
            var k = c + 1
            while k < tokens.count, tokens[k].isWord, forward.count < AttributionLimits.dashNameWords { forward.append(tokens[k]); k += 1 }
            if k < tokens.count, [",", ":", "—", "–"].contains(tokens[k].text),
               let proposal = found(a.resolve(forward, p: p, offset: offset), .invertedBefore) {
                return proposal
            }
        }
        // "She didn’t give a date, but said SpaceX would fly it “a lot”": the subject the cue shares.
        if c > 0, ["and", "but"].contains(tokens[c - 1].lower), let subject = a.sentenceSubject(Array(tokens[..<(c - 1)])),
           let proposal = found(a.resolve(subject, p: p, offset: offset), .sharedSubject) {
            return proposal
        }
        return nil
    }
}
